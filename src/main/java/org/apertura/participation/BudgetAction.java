package org.apertura.participation;

/** What can be done with a participatory budget: by those who run it, by officials at the tables, and by people. */
public enum BudgetAction {
    /** Open a process in an exercise (those who run the exercise). */
    CONFIGURE,
    /** Review a project: feasible with a public cost, or unfeasible with the reason. */
    REVIEW,
    /** Publish the count once the vote has closed. */
    PUBLISH_RESULTS,
    /**
     * Name the action plan's commitment whose milestones execute the funded projects, once (those who run the
     * exercise).
     */
    FOLLOW_EXECUTION,
    /** Propose a project (anyone with an account, while proposals are open). */
    PROPOSE,
    /** Support a project of one's district (a verified voter, during the support phase). */
    SUPPORT,
    /** Fill or change one's ballot (a verified voter, while the vote is open). */
    VOTE,
    /** Register a ballot cast in person at a polling table, checking the voter's CURP (the secretariat's people). */
    REGISTER_BALLOT,
    /** Enter or correct a polling table's paper count from its act (the secretariat's people). */
    ENTER_TALLY,
    /** Comment on a project or reply to a comment (anyone with an account, from proposals until execution begins). */
    COMMENT,
    /** Flag someone else's comment for the moderators (anyone with an account, at any time). */
    FLAG,
    /** Answer a consultation, or change one's answer (a verified voter of its population, while it is open). */
    ANSWER,
    /** Vote a comment up or down (anyone with an account, while comments on its project or debate are open). */
    RATE_COMMENT,
    /** Hide a comment or a debate with a public reason, or restore it (the secretariat's people: the process's scope). */
    MODERATE,
    /**
     * Open a debate (those who run the exercise at any time; a verified voter of the process while it takes comments,
     * as the service checks).
     */
    OPEN_DEBATE,
    /**
     * Turn a debate whose last day has passed into a draft commitment of one of the exercise's plans being drafted,
     * once (those who may add commitments to the exercise's plans: PlanPolicy's own rule, ADR 0081).
     */
    DRAFT_COMMITMENT,
    /**
     * Add a picture or a PDF document to one's own project, or remove one, while proposals are open and before the
     * review (its author: ParticipationPolicy.onProject; ADR 0088).
     */
    ATTACH_MEDIA,
    /** Remove any picture or document of a project, as moderation (those who run the exercise). */
    REMOVE_MEDIA
}
