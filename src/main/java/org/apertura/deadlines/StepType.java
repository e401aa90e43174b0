package org.apertura.deadlines;

/**
 * What a procedure's step was: each procedure (request, appeal, inconformidad) names its steps in an enum of its own
 * that implements this. The key ({@code filed.late}, {@code clarification.requested}, …) is what the step table stores,
 * what the ledger's entry type and payload carry and what the step's words are found under, unchanged from when the
 * types were strings (docs/adr/0032).
 */
public interface StepType {

    /** The stored value, the ledger's word and the message-key suffix of this step type. */
    String getKey();

    /** Whether this is the filing itself, in time, late or unusual. */
    default boolean isFiling() {
        return getKey().equals("filed") || getKey().startsWith("filed.");
    }
}
