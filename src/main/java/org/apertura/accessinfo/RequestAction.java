package org.apertura.accessinfo;

import org.apertura.platform.security.Role;

/**
 * What can be done on an access request, each by one party: the institution's transparency unit, its
 * transparency committee, the requester (LGTAIP 2025 arts. 124–137, 40), or the guarantor authority asked to extend a
 * reserve (art. 104 ¶4).
 */
public enum RequestAction {
    /** Register a request received in person, by mail or verbally (arts. 124–125); at an institution. */
    REGISTER(Role.TRANSPARENCY_UNIT),
    /** See the institution's open requests (its work queue); the committee sees it too. */
    SEE_QUEUE(Role.TRANSPARENCY_UNIT),
    TURN(Role.TRANSPARENCY_UNIT),
    ASK_CLARIFICATION(Role.TRANSPARENCY_UNIT),
    ANSWER(Role.TRANSPARENCY_UNIT),
    RECORD_PAYMENT(Role.TRANSPARENCY_UNIT),
    COMMITTEE_RESOLUTION(Role.COMMITTEE),
    /** Extend a reserve in force once, with a new harm test (art. 104 ¶3, art. 40 fr. VII). */
    EXTEND_RESERVE(Role.COMMITTEE),
    /** Ask the guarantor authority to extend a reserve again, three months ahead at least (art. 104 ¶4). */
    ASK_GUARANTOR_RESERVE_EXTENSION(Role.COMMITTEE),
    /** The guarantor authority asked grants or refuses that extension (art. 104 ¶4): its staff, not the institution's. */
    DECIDE_RESERVE_EXTENSION(Role.GUARANTOR),
    /** The requester's (no role: their account or follow-up key). */
    REPLY_CLARIFICATION(null);

    private final Role role;

    RequestAction(Role role) {
        this.role = role;
    }

    /** The role in the request's institution that does it; none for the requester's acts. */
    public Role role() {
        return role;
    }

    /** Whether it is done at an institution rather than on one request. */
    public boolean atInstitution() {
        return this == REGISTER || this == SEE_QUEUE;
    }
}
