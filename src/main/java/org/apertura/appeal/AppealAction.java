package org.apertura.appeal;

/** What can be done on an appeal, each by one party (LGTAIP 2025 arts. 147–159, 191–193). */
public enum AppealAction {
    ASK_CLARIFICATION(AppealCapacity.GUARANTOR),
    ADMIT(AppealCapacity.GUARANTOR),
    DISMISS(AppealCapacity.GUARANTOR),
    EXTEND(AppealCapacity.GUARANTOR),
    RESOLVE(AppealCapacity.GUARANTOR),
    VERIFY(AppealCapacity.GUARANTOR),
    /** Sobreseimiento on a ground of art. 159. */
    DISCONTINUE(AppealCapacity.GUARANTOR),
    /** Cierre de instrucción (art. 153 fr. VI, VIII). */
    CLOSE_INSTRUCTION(AppealCapacity.GUARANTOR),
    /** Records the day the resolution was notified (art. 156 ¶1). */
    NOTIFY_RESOLUTION(AppealCapacity.GUARANTOR),
    /** Grants or denies a requested compliance extension (art. 191 ¶3). */
    DECIDE_COMPLIANCE_EXTENSION(AppealCapacity.GUARANTOR),
    /** Imposes a medida de apremio after finding non-compliance (arts. 193 fr. III, 196–199). */
    IMPOSE_MEASURE(AppealCapacity.GUARANTOR),
    /** Records a measure's notice to the offender and its execution (arts. 201–202). */
    RECORD_MEASURE(AppealCapacity.GUARANTOR),
    /** Requires the superior to instruct compliance within five days, the measures having failed (art. 199 ¶1). */
    REQUIRE_SUPERIOR(AppealCapacity.GUARANTOR),
    UNIT_ALLEGATION(AppealCapacity.TRANSPARENCY_UNIT),
    REPORT_COMPLIANCE(AppealCapacity.TRANSPARENCY_UNIT),
    /** Asks to extend the compliance term (art. 191 ¶2). */
    ASK_COMPLIANCE_EXTENSION(AppealCapacity.TRANSPARENCY_UNIT),
    /** Forwards an appeal filed before the unit to the guarantor authority (art. 144 ¶2); an act before the appeal. */
    FORWARD_WRITTEN(AppealCapacity.TRANSPARENCY_UNIT),
    REPLY_CLARIFICATION(AppealCapacity.APPELLANT),
    APPELLANT_ALLEGATION(AppealCapacity.APPELLANT),
    OBJECT(AppealCapacity.APPELLANT),
    /** Desistimiento (art. 159 fr. I). */
    WITHDRAW(AppealCapacity.APPELLANT);

    private final AppealCapacity party;

    AppealAction(AppealCapacity party) {
        this.party = party;
    }

    /** The party who does it. */
    public AppealCapacity party() {
        return party;
    }
}
