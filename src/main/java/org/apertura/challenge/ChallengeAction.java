package org.apertura.challenge;

/** What can be done with a challenge (reto): running it, and scoring its submissions. */
public enum ChallengeAction {
    /** Create a challenge for a commitment of the exercise. */
    CREATE,
    /** Open the challenge's management page. */
    MANAGE,
    /** Edit the challenge; also see it while it is a draft (ADR 0061). */
    EDIT,
    /** Publish a draft challenge: it becomes public and goes to the ledger (ADR 0061). */
    PUBLISH,
    EDIT_RUBRIC,
    NAME_JURY,
    PUBLISH_RESULTS,
    LINK_FOLLOW_UP,
    /** Score the submissions (the challenge's jury). */
    SCORE
}
