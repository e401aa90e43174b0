-- Archives: the área coordinadora is reminded of the programme's dates too: the PADA of the year to publish by the 30th
-- day of January (LGA art. 23) and last year's report by the last day of January (art. 26), per the research notes.
ALTER TABLE archives_reminder DROP CONSTRAINT archives_reminder_kind_ck;
ALTER TABLE archives_reminder ADD CONSTRAINT archives_reminder_kind_ck
    CHECK (kind IN ('TRANSFER_DUE', 'DISPOSAL_DUE', 'HOLD_REVIEW', 'PADA_DUE', 'PADA_REPORT_DUE'));
