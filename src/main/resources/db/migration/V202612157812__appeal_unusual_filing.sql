-- An appeal filed while its request was neither answered nor overdue has no act of art. 145 and no term of art. 144:
-- it is received with act NONE and neither act date nor appeal due, flagged for the guarantor, who will likely dismiss
-- it (LGTAIP 2025 art. 153 fr. I, 158 fr. III; legal review 2026-12 §3). Existing appeals are unchanged.
ALTER TABLE appeal DROP CONSTRAINT appeal_act_ck;
ALTER TABLE appeal ADD CONSTRAINT appeal_act_ck CHECK (act IN ('ANSWER', 'NO_ANSWER', 'COMPLIANCE_ANSWER', 'NONE'));
ALTER TABLE appeal ALTER COLUMN act_date DROP NOT NULL;
ALTER TABLE appeal ALTER COLUMN appeal_due DROP NOT NULL;
ALTER TABLE appeal ADD CONSTRAINT appeal_act_dates_ck CHECK ((act = 'NONE') = (act_date IS NULL)
    AND (act_date IS NULL) = (appeal_due IS NULL));
