package org.apertura.appeal;

/**
 * The terms of the recurso de inconformidad (LGTAIP 2025 arts. 164–177), in business days, each with its article as
 * read in shared/reference/law/LGTAIP-2025.md. The remedy exists only in the general law, before the federal
 * authority (art. 37 fr. I, 162), so these terms are one table rather than part of a state's rule set. Terms the
 * law gives "hasta" or "no podrá exceder" are maxima ({@link #upTo}).
 */
public enum InconformityTerm {
    /** "dentro de los quince días posteriores a que se tuvo conocimiento de la resolución o que se venza el plazo". */
    FILING(15, "art. 164 ¶1", false),
    /**
     * A written filing before the local authority: "esta deberá hacerlo del conocimiento a la Autoridad garante federal
     * al día siguiente de su recepción", on the local authority's calendar.
     */
    FORWARDING(1, "art. 164 ¶2", false),
    /** The prevention is made "en un plazo que no excederá de cinco días" from receipt. */
    PREVENTION_ISSUE(5, "art. 167 ¶1", true),
    /** The appellant answers it "dentro de un plazo que no podrá exceder de quince días". */
    PREVENTION_REPLY(15, "art. 167 ¶1", true),
    /** "resolverá … en un plazo que no podrá exceder de treinta días". */
    RESOLUTION(30, "art. 168 ¶1", false),
    /** "podrá ampliarse por una sola vez y hasta por un periodo igual". */
    RESOLUTION_EXTENSION(30, "art. 168 ¶1", true),
    /** Against the lack of a resolution: "dará vista, en el término de tres días siguientes" to the local authority. */
    NO_RESOLUTION_NOTICE(3, "art. 168 ¶2", false),
    /** … "para que alegue lo que a su derecho convenga en un plazo de cinco días". */
    NO_RESOLUTION_REPLY(5, "art. 168 ¶2", false),
    /** "Recibida la contestación … debe emitir su resolución en un plazo no mayor a quince días". */
    NO_RESOLUTION_DECISION(15, "art. 168 ¶3", false),
    /** Once admitted, the local authority "en un plazo máximo de diez días rinda su informe justificado". */
    REPORT(10, "art. 171 ¶1", false),
    /** The appellant may allege "dentro de los diez días siguientes a la notificación de la admisión". */
    ALLEGATIONS(10, "art. 171 ¶2", false),
    /** The appellant may ask, before the close of instruction, "hasta por un periodo de diez días adicionales". */
    ALLEGATIONS_EXTENSION(10, "art. 171 ¶3", true),
    /** A third party proves its standing and alleges "en un plazo no mayor a cinco días" from the admission's notice. */
    THIRD_PARTY(5, "art. 172 ¶2", false),
    /**
     * The local authority issues a new ruling "dentro del plazo de quince días, contados a partir del día siguiente al
     * en que se hubiere notificado o se tenga conocimiento de la resolución dictada en la inconformidad".
     */
    NEW_RULING(15, "art. 175 ¶1", false),
    /**
     * It may ask for more time "a más tardar cinco días antes de que venza el plazo" (days counted back from its end).
     * The law sets no length for the extension: the platform takes the fifteen days of ¶1 as its upper bound (ADR 0038).
     */
    NEW_RULING_EXTENSION_ASK(5, "art. 175 ¶2", false),
    /** The federal authority decides on it "dentro de los tres días siguientes de realizada la petición". */
    NEW_RULING_EXTENSION_DECISION(3, "art. 175 ¶2", false),
    /** The obligated subject complies "en un plazo no mayor a diez días" unless the new ruling gives more. */
    COMPLIANCE(10, "art. 177", false);

    /** The law these terms come from, as cited on every step. */
    public static final String LAW = "LGTAIP 2025";

    private final int days;
    private final String article;
    private final boolean upTo;

    InconformityTerm(int days, String article, boolean upTo) {
        this.days = days;
        this.article = article;
        this.upTo = upTo;
    }

    public int days() {
        return days;
    }

    /** The law and article, e.g. "LGTAIP 2025 art. 164 ¶1". */
    public String basis() {
        return LAW + " " + article;
    }

    /** Whether the law gives it as a maximum that one act may set shorter. */
    public boolean upTo() {
        return upTo;
    }
}
