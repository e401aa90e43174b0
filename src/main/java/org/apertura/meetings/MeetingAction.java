package org.apertura.meetings;

/** What someone may do with the meetings of a space. */
public enum MeetingAction {
    /** Create a meeting of the space (its coordinators). */
    CREATE,
    /** Edit a meeting that is not cancelled (its coordinators). */
    EDIT,
    /** Cancel a meeting with a public reason (its coordinators). */
    CANCEL,
    /** Publish the minutes once the meeting has begun (its coordinators). */
    PUBLISH_MINUTES,
    /** Register, or join the waiting list (anyone signed in, while registration is open). */
    REGISTER,
    /** Give up one's own registration before the meeting. */
    CANCEL_REGISTRATION
}
