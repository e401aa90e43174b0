package org.apertura.actionplan;

/** What can be done with an exercise, its action plans, their commitments, milestones and evidence. */
public enum PlanAction {
    /** Start an exercise for a secretariat. */
    CREATE_EXERCISE,
    CREATE_PLAN,
    /** See what the plan's managers see (the verifiability check's warnings). */
    MANAGE,
    ADD_COMMITMENT,
    ADD_MILESTONE,
    /** Import another instance's commitment kit as a draft commitment of a draft plan (issue 18). */
    IMPORT_KIT,
    REVISE_COMMITMENT,
    APPROVE,
    PUBLISH,
    /** Report progress with evidence (a liaison of the commitment's lead institution). */
    SUBMIT_EVIDENCE,
    /** Accept or reject evidence (a secretariat member of civil society or of the guarantor). */
    REVIEW_EVIDENCE,
    /** Assess a commitment in the institution's own voice (its lead institution's liaison). */
    ASSESS_SELF,
    /** Assess a commitment in the independent voice (a reviewing sector's secretariat member). */
    ASSESS_INDEPENDENT,
    /** Answer the public's feedback on the exercise's items (those who run it, or the item's liaison). */
    ANSWER_FEEDBACK
}
