package org.apertura.cocreation;

/** What can be done in co-creation: with a call, its proposals, their comments, and the working tables. */
public enum CallAction {
    /** Open a call in an exercise (those who run the exercise). */
    CREATE_CALL,
    /** Edit a call; also see it while it is a draft (ADR 0061). */
    EDIT_CALL,
    /** Publish a draft call: it becomes public and goes to the ledger (ADR 0061). */
    PUBLISH_CALL,
    RECORD_TABLE,
    EDIT_TABLE,
    /** Answer a proposal with its disposition. */
    DISPOSE,
    HIDE_COMMENT,
    /** See how many times each comment was reported. */
    SEE_REPORTS,
    /** Enter a proposal received in person or remotely (the secretariat's people, as facilitators). */
    ENTER_PROPOSAL,
    /** Download the scan of a paper original (it may hold the author's handwriting and contact). */
    SEE_ORIGINAL,
    /** Edit one's own proposal while the call takes proposals and it has no disposition. */
    EDIT_PROPOSAL,
    /** Add pictures and documents to one's own proposal and place it on the map, while it can be edited (ADR 0080). */
    ATTACH_MEDIA,
    /** Remove any picture or document of a proposal of the exercise, as moderation (ADR 0080). */
    REMOVE_MEDIA,
    /** Propose an amendment to someone else's proposal while the call takes proposals (ADR 0065). */
    PROPOSE_AMENDMENT,
    /** Accept or reject an amendment to one's own proposal while it can still change. */
    DECIDE_AMENDMENT,
    /** Withdraw one's own pending amendment. */
    WITHDRAW_AMENDMENT
}
