package org.apertura.platform.people;

/** Why a notice reaches a person; each person chooses, per kind, how it reaches them. */
@org.apertura.platform.web.Labels("community.notice.kind")
public enum NoticeKind {
    /** Something they follow entered a new phase or changed. */
    PHASE,
    /** A reply to their comment, proposal, project or debate. */
    REPLY,
    /** An institution's official answer to what they wrote. */
    OFFICIAL_ANSWER,
    /** A result they follow was published. */
    RESULT,
    /** A moderation decision on their content. */
    MODERATION,
    /** An item they follow changed. */
    FOLLOWED_ITEM,
    /** A person they follow published something. */
    FOLLOWED_PERSON,
    /** An appeal of theirs, or one they decide on, moved. */
    APPEAL
}
