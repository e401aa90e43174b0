-- A snapshot covers the year to the end of a month, reported by month or by quarter (issue 14: "per period, month
-- or quarter"). Existing snapshots and uploads were quarters: their cut-off is the quarter's last month.
ALTER TABLE budget_snapshot ADD COLUMN through_month INTEGER;
UPDATE budget_snapshot SET through_month = quarter * 3;
ALTER TABLE budget_snapshot ALTER COLUMN through_month SET NOT NULL;
ALTER TABLE budget_snapshot ADD COLUMN monthly BOOLEAN DEFAULT FALSE NOT NULL;
-- the month is 1 to 12, a quarter's cut-off is its last month, and quarter always names the quarter it falls in
ALTER TABLE budget_snapshot ADD CONSTRAINT budget_snapshot_period_ck CHECK (through_month BETWEEN 1 AND 12
    AND (monthly OR MOD(through_month, 3) = 0) AND quarter = (through_month + 2) / 3);

ALTER TABLE budget_upload ADD COLUMN through_month INTEGER;
UPDATE budget_upload SET through_month = quarter * 3;
ALTER TABLE budget_upload ALTER COLUMN through_month SET NOT NULL;
ALTER TABLE budget_upload ADD COLUMN monthly BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE budget_upload ADD CONSTRAINT budget_upload_period_ck CHECK (through_month BETWEEN 1 AND 12
    AND (monthly OR MOD(through_month, 3) = 0) AND quarter = (through_month + 2) / 3);
