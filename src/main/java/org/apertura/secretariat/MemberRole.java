package org.apertura.secretariat;

import org.apertura.platform.web.Labels;

/** A member's role in a body. Alternates attend and may vote in place of a member, but do not count for quorum. */
@Labels("member.role")
public enum MemberRole {
    COORDINATOR,
    MEMBER,
    ALTERNATE;

    /** Whether members in this role count towards the size of the body and its quorum. */
    public boolean counts() {
        return this != ALTERNATE;
    }
}
