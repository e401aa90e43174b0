package org.apertura.platform.comments;

/**
 * Posting and flagging on the comment engine as the person signed in, for a module that seeds its demo's
 * conversations (ADR 0067, "Done"); implemented by the comments module with all its rules.
 */
public interface CommentPosts {

    /** Comments on the subject, or replies to one of its comments; returns the comment's number. */
    long post(String kind, String id, Long replyTo, String body);

    /** Flags someone else's comment for the subject's moderators, saying why if {@code reason} is not null. */
    void flag(long comment, String reason);
}
