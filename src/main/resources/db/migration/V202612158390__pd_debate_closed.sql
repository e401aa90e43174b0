-- A debate's close is an event (issue 21): the day after its last day a daily job marks it closed, once, writes it
-- to the ledger and tells its followers. The column is set only by that claim (UPDATE ... WHERE closed_at IS NULL),
-- so two runs or two nodes never close it twice.
ALTER TABLE pd_debate ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE;
