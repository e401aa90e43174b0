package org.apertura.feedback;

/** What can be done with the public's feedback on an item. */
public enum FeedbackAction {
    /** Answer a comment in public, once (whoever answers for the item, as its module says). */
    REPLY,
    /** Register feedback received in person or remotely (the secretariat's people, or who answers for the item). */
    REGISTER,
    /** See the private contacts given with feedback (those who reply or register). */
    SEE_CONTACTS
}
