package org.apertura.accessinfo;

import org.apertura.platform.web.Labels;

/** What the answer gave. */
@Labels("accessinfo.outcome")
public enum Outcome {
    DELIVERED,
    /** Delivered as a public version, with classified parts redacted (arts. 120–122). */
    PARTIALLY_DELIVERED,
    /** Classified as reserved (art. 112), confirmed by the committee with the harm test. */
    RESERVED,
    /** Confidential (art. 115), confirmed by the committee. */
    CONFIDENTIAL,
    /** Declared inexistent by the committee after an exhaustive search (arts. 140–141). */
    INEXISTENT,
    /** The institution is not competent; the answer names the competent body (art. 138). */
    NOT_COMPETENT,
    /** Already public: the answer says where (art. 132). */
    ALREADY_PUBLIC,
    /** Put at the requester's disposal for direct consultation (art. 129). */
    DIRECT_CONSULTATION;

    /** The committee resolution this outcome needs before the answer (art. 40 fr. II, arts. 139–141). */
    public ResolutionKind requiredResolution() {
        return switch (this) {
            case RESERVED -> ResolutionKind.RESERVED;
            case CONFIDENTIAL, PARTIALLY_DELIVERED -> ResolutionKind.CONFIDENTIAL_OR_RESERVED;
            case INEXISTENT -> ResolutionKind.INEXISTENCE;
            default -> null;
        };
    }
}
