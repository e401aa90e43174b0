-- A debate's close is an event (issue 21): the day after its last day a daily job marks it closed, once, writes it
-- to the ledger and tells its followers. The column is set only by that claim (UPDATE ... WHERE closed_at IS NULL),
-- so two runs or two nodes never close it twice.
ALTER TABLE pd_debate ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE;
-- Debates whose last day had already passed when this version is installed were closed long ago as far as their
-- readers know: they are marked closed here, without a ledger entry or a late notice to their followers.
UPDATE pd_debate SET closed_at = CURRENT_TIMESTAMP WHERE closes_on < CURRENT_DATE;
