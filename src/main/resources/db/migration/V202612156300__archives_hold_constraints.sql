-- Archives: the database itself refuses a hold the domain could never place (issue 16). A hold is lifted on or after
-- the day it was placed; one placed by an access request or appeal names it by its source key (request:… or
-- appeal:…) and is not reviewed, one placed by hand (litigation, audit) has no source key and is reviewed a year on;
-- it always gives a reason; and a file carries at most one hold of the same request or appeal at a time (the active
-- source key is the source key while the hold applies and empty once lifted: a unique key both databases enforce,
-- where a partial index would be PostgreSQL's alone). Rows an earlier version could have left are put right first.
UPDATE archives_hold SET review_on = placed_on + INTERVAL '1' YEAR
 WHERE kind IN ('LITIGATION', 'AUDIT') AND review_on IS NULL;
UPDATE archives_hold SET review_on = NULL WHERE kind IN ('ACCESS_REQUEST', 'APPEAL');
UPDATE archives_hold SET lifted_on = placed_on WHERE lifted_on < placed_on;
UPDATE archives_hold h SET lifted_on = placed_on
 WHERE lifted_on IS NULL AND source_key IS NOT NULL
   AND EXISTS (SELECT 1 FROM archives_hold o WHERE o.file_id = h.file_id AND o.source_key = h.source_key
                 AND o.lifted_on IS NULL AND o.id < h.id);

ALTER TABLE archives_hold ADD COLUMN active_source_key VARCHAR(120);
UPDATE archives_hold SET active_source_key = source_key WHERE lifted_on IS NULL;

ALTER TABLE archives_hold ADD CONSTRAINT archives_hold_lifted_ck CHECK (lifted_on IS NULL OR lifted_on >= placed_on);
ALTER TABLE archives_hold ADD CONSTRAINT archives_hold_reason_ck CHECK (LENGTH(TRIM(reason)) > 0);
ALTER TABLE archives_hold ADD CONSTRAINT archives_hold_source_ck CHECK (
       (kind = 'ACCESS_REQUEST' AND source_key IS NOT NULL AND source_key LIKE 'request:_%')
    OR (kind = 'APPEAL' AND source_key IS NOT NULL AND source_key LIKE 'appeal:_%')
    OR (kind IN ('LITIGATION', 'AUDIT') AND source_key IS NULL));
ALTER TABLE archives_hold ADD CONSTRAINT archives_hold_review_ck CHECK (
       (kind IN ('LITIGATION', 'AUDIT') AND review_on IS NOT NULL AND review_on >= placed_on)
    OR (kind IN ('ACCESS_REQUEST', 'APPEAL') AND review_on IS NULL));
ALTER TABLE archives_hold ADD CONSTRAINT archives_hold_active_ck CHECK (
       (lifted_on IS NULL AND active_source_key IS NOT DISTINCT FROM source_key)
    OR (lifted_on IS NOT NULL AND active_source_key IS NULL));
ALTER TABLE archives_hold ADD CONSTRAINT archives_hold_active_uk UNIQUE (file_id, active_source_key);
