package org.apertura.platform.comments;

/**
 * Posting and flagging on the comment engine as the person signed in, for a module that seeds its demo's
 * conversations (ADR 0067, "Done"); implemented by the comments module with all its rules.
 */
public interface CommentPosts {

    /** Comments on the subject, or replies to one of its comments; returns the comment's number. */
    long post(String kind, String id, Long replyTo, String body);

    /** As {@link #post(String, String, Long, String)}, an argument taking a side ({@code FOR}, {@code AGAINST}). */
    long post(String kind, String id, Long replyTo, String stance, String body);

    /** Votes someone else's comment up ({@code 1}) or down ({@code -1}). */
    void vote(long comment, int vote);

    /** Hides a comment with a public reason, as one of its subject's moderators. */
    void hide(long comment, String reason);

    /** Flags someone else's comment for the subject's moderators, saying why if {@code reason} is not null. */
    void flag(long comment, String reason);
}
