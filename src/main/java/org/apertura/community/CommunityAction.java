package org.apertura.community;

/** What a person may do in the community module. */
public enum CommunityAction {
    /** Choose their own notice settings, nickname and newsletter subscription (anyone signed in). */
    MANAGE_OWN,
    /** Follow a person or an item (anyone signed in, never themselves). */
    FOLLOW,
    /** Ask once for a review of their own hidden content. */
    APPEAL,
    /** Confirm or undo a hiding that was appealed (a moderator of the content, not the one who hid it). */
    DECIDE_APPEAL,
    /** Write, preview and send the newsletter (administrators and coordinators of a secretariat). */
    WRITE_NEWSLETTER
}
