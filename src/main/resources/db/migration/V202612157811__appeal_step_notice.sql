-- The day an act the law counts from was notified to the appellant, and how (LGTAIP 2025 art. 128: terms run from
-- the day after the notification; art. 147: the prevention, by the means chosen, else by estrados; art. 153 fr. I-II:
-- admission and dismissal). Earlier steps keep it empty: their notification was never recorded.
ALTER TABLE appeal_step ADD COLUMN notified_on DATE;
ALTER TABLE appeal_step ADD COLUMN notified_by VARCHAR(10);
ALTER TABLE appeal_step ADD CONSTRAINT appeal_step_notice_ck CHECK ((notified_on IS NULL) = (notified_by IS NULL)
    AND (notified_by IS NULL OR notified_by IN ('EMAIL', 'LISTING')));
