package org.apertura.challenge;

/** What can be done with a challenge (reto): running it, and scoring its submissions. */
public enum ChallengeAction {
    /** Create a challenge for a commitment of the exercise. */
    CREATE,
    /** Open the challenge's management page. */
    MANAGE,
    EDIT,
    EDIT_RUBRIC,
    NAME_JURY,
    PUBLISH_RESULTS,
    LINK_FOLLOW_UP,
    /** Score the submissions (the challenge's jury). */
    SCORE
}
