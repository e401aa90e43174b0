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
    /**
     * Notoriously not competent: told within three days of receipt, without the committee, naming the competent body
     * when it can (art. 138).
     */
    NOT_COMPETENT,
    /**
     * Not competent, as the area declared and the committee confirmed (art. 40 fr. II), within the answer term
     * (art. 134); names the competent body.
     */
    NOT_COMPETENT_CONFIRMED,
    /** Already public: the answer says where (art. 132). */
    ALREADY_PUBLIC,
    /** Put at the requester's disposal for direct consultation (art. 129). */
    DIRECT_CONSULTATION;

    /** The committee resolution this outcome needs before the answer (art. 40 fr. II, arts. 139–141). */
    /** Either incompetence: the answer names the competent body. */
    public boolean notCompetent() {
        return this == NOT_COMPETENT || this == NOT_COMPETENT_CONFIRMED;
    }

    public ResolutionKind requiredResolution() {
        return switch (this) {
            case RESERVED -> ResolutionKind.RESERVED;
            case CONFIDENTIAL, PARTIALLY_DELIVERED -> ResolutionKind.CONFIDENTIAL_OR_RESERVED;
            case INEXISTENT -> ResolutionKind.INEXISTENCE;
            case NOT_COMPETENT_CONFIRMED -> ResolutionKind.NOT_COMPETENT;
            default -> null;
        };
    }
}
