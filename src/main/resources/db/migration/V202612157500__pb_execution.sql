-- Issue 21: the funded projects of a participatory budget are executed as milestones of a commitment of the action
-- plan (ADR 0022). A process names the commitment that executes it (once, by those who run the exercise); each funded
-- project then points to its milestone, whose evidence and completion the project page shows.
ALTER TABLE pb_process ADD COLUMN commitment_id BIGINT REFERENCES commitment (id);
ALTER TABLE pb_process ADD COLUMN execution_linked_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE pb_process ADD CONSTRAINT pb_process_execution_ck
    CHECK ((commitment_id IS NULL) = (execution_linked_at IS NULL));

ALTER TABLE pb_project ADD COLUMN milestone_id BIGINT REFERENCES milestone (id);
ALTER TABLE pb_project ADD CONSTRAINT pb_project_milestone_uk UNIQUE (milestone_id);
-- Only a feasible project (one that could be funded) is executed.
ALTER TABLE pb_project ADD CONSTRAINT pb_project_milestone_ck CHECK (milestone_id IS NULL OR status = 'FEASIBLE');
