-- The appeal's missing acts (legal review 2026-12 §1.3, §3; issue 20): a filing after the term is kept for the
-- guarantor to dismiss (art. 158 fr. I), a state law's own causes (Durango's fr. XIV), the sobreseimiento grounds
-- (art. 159 fr. I–IV) and the appellant's withdrawal, the close of instruction and its 20 days (art. 153 fr.
-- VIII), the notification of the resolution (art. 156 ¶1) from which compliance runs (art. 128), the exceptional
-- compliance term (art. 154 ¶2) and its requested extension (art. 191 ¶2–3), and the superior's term after a
-- finding of non-compliance (art. 193 fr. II). Every column is new and empty for existing appeals: no past step
-- changes meaning.
ALTER TABLE appeal ADD COLUMN filed_late BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE appeal ADD COLUMN extra_causes VARCHAR(200);
ALTER TABLE appeal ADD COLUMN discontinuance_ground VARCHAR(40);
ALTER TABLE appeal ADD COLUMN instruction_closed_on DATE;
ALTER TABLE appeal ADD COLUMN closed_resolution_due DATE;
ALTER TABLE appeal ADD COLUMN notified_on DATE;
ALTER TABLE appeal ADD COLUMN notified_on_time BOOLEAN;
ALTER TABLE appeal ADD COLUMN compliance_reason VARCHAR(8000);
ALTER TABLE appeal ADD COLUMN extension_ask_due DATE;
ALTER TABLE appeal ADD COLUMN extension_asked_on DATE;
ALTER TABLE appeal ADD COLUMN extension_asked_days INTEGER;
ALTER TABLE appeal ADD COLUMN extension_request VARCHAR(8000);
ALTER TABLE appeal ADD COLUMN extension_decision_due DATE;
ALTER TABLE appeal ADD COLUMN extension_granted BOOLEAN;
ALTER TABLE appeal ADD COLUMN extension_granted_days INTEGER;
ALTER TABLE appeal ADD COLUMN extension_decision VARCHAR(8000);
ALTER TABLE appeal ADD COLUMN superior_from DATE;
ALTER TABLE appeal ADD COLUMN superior_due DATE;

-- A new appeal against the answer given in compliance (art. 145 last paragraph).
ALTER TABLE appeal DROP CONSTRAINT appeal_act_ck;
ALTER TABLE appeal ADD CONSTRAINT appeal_act_ck CHECK (act IN ('ANSWER', 'NO_ANSWER', 'COMPLIANCE_ANSWER'));
ALTER TABLE appeal DROP CONSTRAINT appeal_stage_ck;
ALTER TABLE appeal ADD CONSTRAINT appeal_stage_ck CHECK (stage IN ('FILED', 'CLARIFICATION_REQUESTED', 'ADMITTED',
    'DISMISSED', 'RESOLVED', 'WITHDRAWN', 'COMPLIANCE_PENDING', 'COMPLIANCE_REPORTED', 'COMPLIED', 'NOT_COMPLIED'));
-- A withdrawal before admission has no resolution; after it, the appeal is sobreseído (art. 159 fr. I).
ALTER TABLE appeal DROP CONSTRAINT appeal_resolution_ck;
ALTER TABLE appeal ADD CONSTRAINT appeal_resolution_ck CHECK (
    (stage IN ('FILED', 'CLARIFICATION_REQUESTED', 'ADMITTED') AND resolution IS NULL)
    OR stage = 'WITHDRAWN'
    OR (stage NOT IN ('FILED', 'CLARIFICATION_REQUESTED', 'ADMITTED') AND resolution IS NOT NULL));
ALTER TABLE appeal ADD CONSTRAINT appeal_discontinuance_ck CHECK (discontinuance_ground IS NULL
    OR (discontinuance_ground IN ('WITHDRAWN', 'DEATH_OR_DISSOLUTION', 'MOOT', 'SUPERVENING_IMPROCEDENCE')
        AND resolution = 'DISMISSED_MOOT'));
ALTER TABLE appeal ADD CONSTRAINT appeal_not_complied_ck CHECK (stage <> 'NOT_COMPLIED' OR verified_on IS NOT NULL);
ALTER TABLE appeal ADD CONSTRAINT appeal_extension_days_ck CHECK (extension_asked_days IS NULL OR extension_asked_days >= 1);
