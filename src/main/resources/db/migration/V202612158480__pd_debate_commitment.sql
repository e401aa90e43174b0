-- Issue 21: a closed debate can turn into a draft commitment of an action plan being drafted (ADR 0081). Those who
-- run the exercise draft it once from the debate's page; the debate keeps the commitment it gave rise to, so both
-- public pages link to each other.
ALTER TABLE pd_debate ADD COLUMN commitment_id BIGINT REFERENCES commitment (id);
ALTER TABLE pd_debate ADD COLUMN commitment_drafted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE pd_debate ADD CONSTRAINT pd_debate_commitment_uk UNIQUE (commitment_id);
ALTER TABLE pd_debate ADD CONSTRAINT pd_debate_commitment_ck
    CHECK ((commitment_id IS NULL) = (commitment_drafted_at IS NULL));
