package org.apertura.appeal;

/** What can be done on an appeal, each by one party (LGTAIP 2025 arts. 147–158, 191–193). */
public enum AppealAction {
    ASK_CLARIFICATION(AppealCapacity.GUARANTOR),
    ADMIT(AppealCapacity.GUARANTOR),
    DISMISS(AppealCapacity.GUARANTOR),
    EXTEND(AppealCapacity.GUARANTOR),
    RESOLVE(AppealCapacity.GUARANTOR),
    VERIFY(AppealCapacity.GUARANTOR),
    UNIT_ALLEGATION(AppealCapacity.TRANSPARENCY_UNIT),
    REPORT_COMPLIANCE(AppealCapacity.TRANSPARENCY_UNIT),
    REPLY_CLARIFICATION(AppealCapacity.APPELLANT),
    APPELLANT_ALLEGATION(AppealCapacity.APPELLANT),
    OBJECT(AppealCapacity.APPELLANT);

    private final AppealCapacity party;

    AppealAction(AppealCapacity party) {
        this.party = party;
    }

    /** The party who does it. */
    public AppealCapacity party() {
        return party;
    }
}
