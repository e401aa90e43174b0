package org.apertura.appeal;

import org.apertura.deadlines.StepType;
import org.apertura.deadlines.StepTypeConverter;

/**
 * The steps of a recurso de revisión ({@link AppealStep}); each key is stored, written to the ledger as
 * {@code appeal.<key>} and worded under {@code appeal.step.<key>}.
 */
public enum AppealStepType implements StepType {
    /** Filed in time. */
    FILED("filed"),
    /** Filed after the appeal term (art. 153 fr. I, 158 fr. I). */
    FILED_LATE("filed.late"),
    /** Filed with no act to appeal yet (Appeal.Act.NONE): flagged for the guarantor (art. 145, 158 fr. III). */
    FILED_UNUSUAL("filed.unusual"),
    /** Filed before the Transparency Unit, forwarded by it on time (art. 144 ¶2). */
    FORWARDED("forwarded"),
    /** Filed before the Transparency Unit, forwarded after the day after its receipt (art. 144 ¶2). */
    FORWARDED_LATE("forwarded.late"),
    CLARIFICATION_REQUESTED("clarification.requested"),
    CLARIFICATION_REPLIED("clarification.replied"),
    ADMITTED("admitted"),
    ALLEGATIONS_OPENED("allegations.opened"),
    DISMISSED("dismissed"),
    ALLEGATION("allegation"),
    EXTENDED("extended"),
    INSTRUCTION_CLOSED("instruction.closed"),
    DISCONTINUED("discontinued"),
    WITHDRAWN("withdrawn"),
    RESOLUTION_NOTIFIED("resolution.notified"),
    COMPLIANCE_EXTENSION_ASKED("compliance.extension.asked"),
    COMPLIANCE_EXTENSION_GRANTED("compliance.extension.granted"),
    COMPLIANCE_EXTENSION_DENIED("compliance.extension.denied"),
    RESOLVED("resolved"),
    COMPLIANCE_REPORTED("compliance.reported"),
    OBJECTED("objected"),
    VERIFIED_COMPLIED("verified.complied"),
    VERIFIED_NOT_COMPLIED("verified.not-complied"),
    DEADLINE_RECOMPUTED("deadline.recomputed"),
    /** A medida de apremio imposed after non-compliance (arts. 193 fr. III, 196–199). */
    MEASURE_IMPOSED("measure.imposed"),
    /** The measure notified to the offender: fifteen days to apply it (art. 201). */
    MEASURE_NOTIFIED("measure.notified"),
    /** The measure executed (art. 202). */
    MEASURE_EXECUTED("measure.executed"),
    /** The superior required to instruct compliance within five days, the measures having failed (art. 199 ¶1). */
    SUPERIOR_REQUIRED("superior.required"),
    GUARANTOR_SUCCEEDED("guarantor.succeeded");

    private final String key;

    AppealStepType(String key) {
        this.key = key;
    }

    @Override
    public String getKey() {
        return key;
    }

    /** Stores the type as its key (the column's strings are unchanged). */
    @jakarta.persistence.Converter
    public static class Column extends StepTypeConverter<AppealStepType> {
        public Column() {
            super(AppealStepType.class);
        }
    }
}
