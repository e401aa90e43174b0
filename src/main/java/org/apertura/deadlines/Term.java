package org.apertura.deadlines;

/**
 * The terms of an access-to-information law, each in business days. A {@link RuleSet} gives every term its
 * number of days and its article; nothing else in the code holds these numbers.
 */
public enum Term {
    /** Answer to a request (LGTAIP 2025 art. 134 ¶1). */
    ANSWER,
    /** Extension of the answer term by the transparency committee, once (art. 134 ¶2). */
    EXTENSION,
    /** Within this many days of filing the unit may ask for more detail, once (art. 130). */
    CLARIFICATION_REQUEST,
    /** The requester replies to a clarification request within this many days (art. 130). */
    CLARIFICATION_REPLY,
    /** Notice that the institution is not competent (art. 138). */
    NOT_COMPETENT_NOTICE,
    /** Pointing to where the information is already public (art. 132). */
    PUBLIC_SOURCES_NOTICE,
    /** The requester pays the costs of reproduction within this many days (art. 137). */
    PAYMENT,
    /** The information stays available this many days after payment (art. 137). */
    AVAILABILITY,
    /** Filing an appeal (recurso de revisión) after the answer or after the due date passed (art. 144). */
    APPEAL,
    /** The appellant corrects an appeal the guarantor asked to clarify, once (art. 147). */
    APPEAL_CLARIFICATION_REPLY,
    /** The parties' allegations once the appeal is admitted (art. 153 fr. II). */
    APPEAL_ALLEGATIONS,
    /** The guarantor resolves the appeal, counted from admission (art. 148). */
    APPEAL_RESOLUTION,
    /** The one extension of the resolution term (art. 148). */
    APPEAL_RESOLUTION_EXTENSION,
    /** The institution complies with the resolution (art. 154). */
    COMPLIANCE,
    /** The appellant objects to the reported compliance (art. 192). */
    OBJECTION,
    /** The guarantor rules on compliance (art. 193). */
    VERIFICATION,
    /**
     * The guarantor dismisses an admitted appeal it finds improper, counted from the end of the parties' term
     * (art. 153 fr. II).
     */
    APPEAL_LATE_DISMISSAL,
    /** The guarantor resolves once it closed the instruction (art. 153 fr. VIII); may end before art. 148's. */
    APPEAL_CLOSED_RESOLUTION,
    /** The guarantor notifies the parties of its resolution after approving it (art. 156 ¶1). */
    RESOLUTION_NOTICE,
    /** The institution asks to extend the compliance term within the first days of it (art. 191 ¶3). */
    COMPLIANCE_EXTENSION_REQUEST,
    /** The guarantor decides on a requested compliance extension (art. 191 ¶3). */
    COMPLIANCE_EXTENSION_DECISION,
    /** The superior of whoever must comply does so after a finding of non-compliance (art. 193 fr. II). */
    SUPERIOR_COMPLIANCE,
    /**
     * A Transparency Unit that received an appeal (on paper or in person) forwards it to the guarantor authority
     * "a más tardar al día siguiente de haberlo recibido" (art. 144 ¶2).
     */
    APPEAL_FORWARDING,
    /**
     * The obligated subject informs the guarantor authority of its compliance "en un plazo no mayor a tres días"
     * (art. 156 ¶2), counted here from the end of the term to comply (art. 192 ¶1: "Transcurrido el plazo").
     */
    COMPLIANCE_REPORT,
    /**
     * A medida de apremio is applied "en un plazo máximo de quince días, contados a partir de que sea notificada la
     * medida de apremio a la persona infractora" (art. 201).
     */
    MEASURE_EXECUTION,
    /**
     * When the measures executed did not bring compliance, the superior is required "para que en un plazo de cinco
     * días lo instruya a cumplir sin demora" (art. 199 ¶1); then measures fall on the superior.
     */
    SUPERIOR_INSTRUCTION,
    /**
     * A slot for a term to admit (or dismiss, or prevent) an appeal, counted from its filing, where a state law sets one.
     * The LGTAIP sets none (art. 153 fr. I: "Interpuesto el recurso [...] se turnará [...] quien deberá proceder a su
     * análisis para que decrete su admisión o su desechamiento"; legal review 2026-12 §1.3): a rule set may leave it out
     * ({@link RuleSet#OPTIONAL}), and then no clock starts at filing.
     */
    APPEAL_ADMISSION
}
