package org.apertura.secretariat;

/** What can be done with a collegiate body, its sessions, agreements and minutes. */
public enum BodyAction {
    /** Create a body (the platform's administrators). */
    CREATE_BODY,
    /** Open the body's management page. */
    MANAGE,
    ADD_MEMBER,
    CALL_SESSION,
    RECORD_ATTENDANCE,
    PROPOSE_AGREEMENT,
    VOTE,
    APPROVE_MINUTES,
    /** Answer the public's feedback on the body's minutes. */
    ANSWER_FEEDBACK
}
