-- Issue 21, ADR 0054: a consultation outside a participatory budget (CONSUL's "votaciones" of an exercise). It has
-- its own address (slug) and the exercise whose secretariat runs it and whose jurisdiction it asks; its districts
-- (its populations) and its roll of verified voters reuse pb_district and pb_voter, held by the consultation instead
-- of a process (exactly one of the two), so pc_ballot, the count, the paper counts per table and the CURP rules are
-- the same. A standalone district has no amount: it splits no money.
ALTER TABLE pc_consultation ALTER COLUMN process_id DROP NOT NULL;
ALTER TABLE pc_consultation ADD COLUMN slug VARCHAR(80);
ALTER TABLE pc_consultation ADD COLUMN exercise_id BIGINT REFERENCES exercise (id);
ALTER TABLE pc_consultation ADD CONSTRAINT pc_consultation_slug_uk UNIQUE (slug);
ALTER TABLE pc_consultation ADD CONSTRAINT pc_consultation_holder_ck CHECK (
    (process_id IS NOT NULL AND slug IS NULL AND exercise_id IS NULL)
    OR (process_id IS NULL AND slug IS NOT NULL AND exercise_id IS NOT NULL));

ALTER TABLE pb_district ALTER COLUMN process_id DROP NOT NULL;
ALTER TABLE pb_district ALTER COLUMN amount DROP NOT NULL;
ALTER TABLE pb_district ADD COLUMN consultation_id BIGINT REFERENCES pc_consultation (id);
ALTER TABLE pb_district ADD CONSTRAINT pb_district_consultation_slug_uk UNIQUE (consultation_id, slug);
ALTER TABLE pb_district ADD CONSTRAINT pb_district_holder_ck CHECK (
    (process_id IS NOT NULL AND consultation_id IS NULL AND amount IS NOT NULL)
    OR (process_id IS NULL AND consultation_id IS NOT NULL AND amount IS NULL));

ALTER TABLE pb_voter ALTER COLUMN process_id DROP NOT NULL;
ALTER TABLE pb_voter ADD COLUMN consultation_id BIGINT REFERENCES pc_consultation (id);
ALTER TABLE pb_voter ADD CONSTRAINT pb_voter_consultation_curp_uk UNIQUE (consultation_id, curp_hash);
ALTER TABLE pb_voter ADD CONSTRAINT pb_voter_consultation_account_uk UNIQUE (consultation_id, account_id);
ALTER TABLE pb_voter ADD CONSTRAINT pb_voter_holder_ck CHECK ((process_id IS NULL) <> (consultation_id IS NULL));
