-- The support phase of a participatory budget: verified residents support the projects of their district; a
-- project that reaches the process's threshold goes on to the feasibility review (no threshold: every project
-- does, as before). A support is one row keyed by project and voter, so nobody supports twice and the count is
-- COUNT(*), exact under concurrency (ADR 0005's shape). Who supported what is never published: only counts.
ALTER TABLE pb_process ADD COLUMN support_threshold INTEGER;
ALTER TABLE pb_process ADD CONSTRAINT pb_process_threshold_ck
    CHECK (support_threshold IS NULL OR support_threshold BETWEEN 1 AND 1000000);

-- When the project first reached the threshold (it stays selected if supports are later withdrawn).
ALTER TABLE pb_project ADD COLUMN selected_at TIMESTAMP WITH TIME ZONE;

CREATE TABLE pb_support (
    project_id   BIGINT NOT NULL REFERENCES pb_project (id),
    voter_id     BIGINT NOT NULL REFERENCES pb_voter (id),
    supported_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (project_id, voter_id)
);
CREATE INDEX pb_support_voter_ix ON pb_support (voter_id);
