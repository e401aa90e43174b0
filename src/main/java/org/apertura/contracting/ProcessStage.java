package org.apertura.contracting;

/** The stages of a contracting process, in order; the code is the OCDS word (also the stem of its release tags). */
public enum ProcessStage {
    PLANNING("planning"), TENDER("tender"), AWARD("award"), CONTRACT("contract"), IMPLEMENTATION("implementation");

    private final String code;

    ProcessStage(String code) {
        this.code = code;
    }

    /** The OCDS word, as stored and as filters and the API take it. */
    public String code() {
        return code;
    }

    /** The stage of an OCDS word, or null. */
    public static ProcessStage ofCode(String code) {
        for (ProcessStage stage : values()) {
            if (stage.code.equals(code)) {
                return stage;
            }
        }
        return null;
    }
}
