-- The moderation queue: a reported comment the coordinator decided to keep leaves the queue until it is reported again.
-- reports_reviewed is the number of reports it had when last reviewed; it waits for moderation while it has more.
ALTER TABLE proposal_comment ADD COLUMN reports_reviewed INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE proposal_comment ADD COLUMN reviewed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE proposal_comment ADD COLUMN reviewed_by VARCHAR(200);
ALTER TABLE proposal_comment ADD CONSTRAINT proposal_comment_reviewed_ck
    CHECK (reports_reviewed >= 0 AND reports_reviewed <= reports
        AND ((reviewed_at IS NULL AND reviewed_by IS NULL) OR (reviewed_at IS NOT NULL AND reviewed_by IS NOT NULL)));
CREATE INDEX proposal_comment_moderation_ix ON proposal_comment (reports, reports_reviewed);
