package org.apertura.accessinfo;

import org.apertura.deadlines.StepType;
import org.apertura.deadlines.StepTypeConverter;

/**
 * The steps of an access request ({@link RequestEvent}); each key is stored, written to the ledger as
 * {@code request.<key>} and worded under {@code accessinfo.step.<key>}.
 */
public enum RequestEventType implements StepType {
    FILED("filed"),
    REGISTERED_LATE("registered-late"),
    TURNED("turned"),
    CLARIFICATION_REQUESTED("clarification.requested"),
    CLARIFICATION_PARTIAL("clarification.partial"),
    CLARIFICATION_REPLIED("clarification.replied"),
    CLARIFICATION_PARTIAL_LAPSED("clarification.partial-lapsed"),
    NOT_FILED("not-filed"),
    EXTENDED("extended"),
    ANSWERED("answered"),
    DELIVERY_FREE("delivery.free"),
    PAID("paid"),
    DEADLINE_RECOMPUTED("deadline.recomputed"),
    COMMITTEE_EXTENSION("committee.extension"),
    COMMITTEE_RESERVED("committee.reserved"),
    COMMITTEE_CONFIDENTIAL("committee.confidential"),
    COMMITTEE_INEXISTENCE("committee.inexistence"),
    COMMITTEE_NOT_COMPETENT("committee.not_competent"),
    RESERVE_EXTENDED("reserve.extended"),
    RESERVE_GUARANTOR_ASKED("reserve.guarantorAsked"),
    RESERVE_GUARANTOR_GRANTED("reserve.guarantorGranted"),
    RESERVE_GUARANTOR_REFUSED("reserve.guarantorRefused");

    private final String key;

    RequestEventType(String key) {
        this.key = key;
    }

    @Override
    public String getKey() {
        return key;
    }

    /** The committee's resolution of a kind (extension, reserve, confidentiality, inexistence, competence). */
    static RequestEventType committee(ResolutionKind kind) {
        return switch (kind) {
            case EXTENSION -> COMMITTEE_EXTENSION;
            case RESERVED -> COMMITTEE_RESERVED;
            case CONFIDENTIAL -> COMMITTEE_CONFIDENTIAL;
            case INEXISTENCE -> COMMITTEE_INEXISTENCE;
            case NOT_COMPETENT -> COMMITTEE_NOT_COMPETENT;
            case CONFIDENTIAL_OR_RESERVED -> throw new IllegalArgumentException("not a committee resolution: " + kind);
        };
    }

    /** Stores the type as its key (the column's strings are unchanged). */
    @jakarta.persistence.Converter
    public static class Column extends StepTypeConverter<RequestEventType> {
        public Column() {
            super(RequestEventType.class);
        }
    }
}
