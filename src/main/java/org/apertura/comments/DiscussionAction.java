package org.apertura.comments;

/** What a person may do with a subject's comments. */
public enum DiscussionAction {
    /** Comment or reply (anyone signed in, while the subject takes comments). */
    COMMENT,
    /** Vote a comment up or down (anyone signed in but its author, while the subject takes comments). */
    VOTE,
    /** Flag a comment for the moderators (anyone signed in but its author). */
    FLAG,
    /** Hide a comment with a public reason (a moderator of the subject). */
    HIDE,
    /** Show a hidden comment again (a moderator of the subject). */
    RESTORE
}
