package org.apertura.appeal;

import org.apertura.deadlines.StepType;
import org.apertura.deadlines.StepTypeConverter;

/**
 * The steps of a recurso de inconformidad ({@link InconformityStep}); each key is stored, written to the ledger
 * as {@code inconformity.<key>} and worded under {@code inconformity.step.<key>}.
 */
public enum InconformityStepType implements StepType {
    FILED("filed"),
    FILED_LATE("filed.late"),
    PREVENTED("prevented"),
    PREVENTION_REPLIED("prevention.replied"),
    ADMITTED("admitted"),
    DISMISSED("dismissed"),
    EXTENDED("extended"),
    DISCONTINUED("discontinued"),
    RESOLVED("resolved"),
    REPORTED("reported"),
    ALLEGATION("allegation"),
    WITHDRAWN("withdrawn"),
    NEW_RULING("new-ruling"),
    COMPLIANCE_REPORTED("compliance.reported"),
    NOTICE_RECORDED("notice.recorded"),
    ALLEGATIONS_EXTENDED("allegations.extended"),
    INSTRUCTION_CLOSED("instruction.closed"),
    THIRD_PARTY_NOTIFIED("third-party.notified"),
    THIRD_PARTY_ALLEGED("third-party.alleged"),
    NEW_RULING_EXTENSION_ASKED("new-ruling.extension.asked"),
    NEW_RULING_EXTENSION_GRANTED("new-ruling.extension.granted"),
    NEW_RULING_EXTENSION_REFUSED("new-ruling.extension.refused"),
    FORWARDED("forwarded"),
    FORWARDED_LATE("forwarded.late");

    private final String key;

    InconformityStepType(String key) {
        this.key = key;
    }

    @Override
    public String getKey() {
        return key;
    }

    /** Stores the type as its key (the column's strings are unchanged). */
    @jakarta.persistence.Converter
    public static class Column extends StepTypeConverter<InconformityStepType> {
        public Column() {
            super(InconformityStepType.class);
        }
    }
}
