package org.apertura.appeal;

/** What can be done on a recurso de inconformidad, each by one party (LGTAIP 2025 arts. 166–182). */
public enum InconformityAction {
    /** Prevención, once, within five days (art. 167). */
    PREVENT(InconformityCapacity.FEDERAL_AUTHORITY),
    /** Admisión (art. 166, 171 ¶1); against a lack of resolution it is the vista of art. 168 ¶2. */
    ADMIT(InconformityCapacity.FEDERAL_AUTHORITY),
    /** Desechamiento (art. 181; art. 167 ¶1). */
    DISMISS(InconformityCapacity.FEDERAL_AUTHORITY),
    /** Ampliación of the resolution term, once (art. 168 ¶1). */
    EXTEND(InconformityCapacity.FEDERAL_AUTHORITY),
    /** Sobreseimiento (art. 182 fr. II–IV). */
    DISCONTINUE(InconformityCapacity.FEDERAL_AUTHORITY),
    /** Confirm, revoke or modify (art. 173 fr. II–III). */
    RESOLVE(InconformityCapacity.FEDERAL_AUTHORITY),
    /** Records that an act was notified on a later day than its own; its term runs from then (arts. 128, 167, 171, 175). */
    RECORD_NOTICE(InconformityCapacity.FEDERAL_AUTHORITY),
    /** Notifies the admission to a third party with an interest (art. 172 ¶2). */
    NOTIFY_THIRD_PARTY(InconformityCapacity.FEDERAL_AUTHORITY),
    /** Records the third party's filing to prove its standing and allege (art. 172 ¶2). */
    RECORD_THIRD_PARTY(InconformityCapacity.FEDERAL_AUTHORITY),
    /** Cierre de instrucción once the allegations term ended (art. 171 ¶2). */
    CLOSE_INSTRUCTION(InconformityCapacity.FEDERAL_AUTHORITY),
    /** Grants or refuses the local authority more time for its new ruling (art. 175 ¶2). */
    DECIDE_NEW_RULING_EXTENSION(InconformityCapacity.FEDERAL_AUTHORITY),
    /**
     * The local authority forwards a recurso filed before it in writing, the day after receiving it (art. 164 ¶2): done
     * on the appeal it resolved, before the remedy exists; an existing remedy is never forwarded again.
     */
    FORWARD_WRITTEN(InconformityCapacity.LOCAL_AUTHORITY),
    /** The local authority asks for more time for its new ruling (art. 175 ¶2). */
    ASK_NEW_RULING_EXTENSION(InconformityCapacity.LOCAL_AUTHORITY),
    /** The local authority's informe justificado (art. 171 ¶1) or its reply to the vista (art. 168 ¶2). */
    LOCAL_REPORT(InconformityCapacity.LOCAL_AUTHORITY),
    /** The local authority's new ruling following the federal resolution (arts. 175–176). */
    NEW_RULING(InconformityCapacity.LOCAL_AUTHORITY),
    /** The obligated subject reports compliance with the new ruling (arts. 177–178). */
    REPORT_COMPLIANCE(InconformityCapacity.TRANSPARENCY_UNIT),
    /** The appellant answers the prevention (art. 167). */
    REPLY_PREVENTION(InconformityCapacity.APPELLANT),
    /** The appellant's allegations and evidence (art. 171 ¶2). */
    ALLEGE(InconformityCapacity.APPELLANT),
    /** The appellant's extra days to allege, before the close of instruction (art. 171 ¶3). */
    EXTEND_ALLEGATIONS(InconformityCapacity.APPELLANT),
    /** Desistimiento (art. 182 fr. I once admitted). */
    WITHDRAW(InconformityCapacity.APPELLANT);

    private final InconformityCapacity party;

    InconformityAction(InconformityCapacity party) {
        this.party = party;
    }

    public InconformityCapacity party() {
        return party;
    }
}
