-- Issue 21 / 12, ADR 0067 ("Done"): proposals' comments move onto the one comment engine. What the engine did not
-- keep yet: the number a comment had before the move (ledger entries, appeals and old links name it), the
-- institution's name on an official comment, the reason a person gave when flagging, and the moderator's review of
-- the flags ("keep": the comment leaves the queue until flagged again).
ALTER TABLE discussion_comment ADD COLUMN legacy_id BIGINT;
ALTER TABLE discussion_comment ADD COLUMN official_name VARCHAR(200);
ALTER TABLE discussion_comment ADD COLUMN flags_reviewed INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE discussion_comment ADD COLUMN reviewed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE discussion_comment ADD COLUMN reviewed_by VARCHAR(200);
ALTER TABLE discussion_flag ADD COLUMN reason VARCHAR(500);
CREATE INDEX discussion_comment_legacy ON discussion_comment (subject_kind, legacy_id);

-- Proposals' comments get numbers past every engine comment and every old number (so a number before the move,
-- kept in legacy_id, is never the engine number of a proposal's comment); replies keep their thread (one level then: the parent is the
-- thread's first comment). Hiding (who, when, the public reason) and the review of reports come along.
CREATE TABLE discussion_move_shift AS SELECT COALESCE(MAX(id), 0) AS shift FROM (
    SELECT id FROM discussion_comment UNION ALL SELECT id FROM proposal_comment) a;

INSERT INTO discussion_comment (id, subject_kind, subject_id, parent_id, thread_id, author_account_id, official,
        body, posted_at, hidden_at, hidden_by, hidden_reason, legacy_id, flags_reviewed, reviewed_at, reviewed_by)
SELECT c.id + s.shift, 'proposal', CAST(c.proposal_id AS VARCHAR(80)), c.parent_id + s.shift, c.parent_id + s.shift,
       c.author_account_id, FALSE, c.body, c.created_at, c.hidden_at, c.hidden_by, c.hidden_reason, c.id,
       c.reports_reviewed, c.reviewed_at, c.reviewed_by
FROM proposal_comment c CROSS JOIN discussion_move_shift s
ORDER BY c.id;

-- Reports become the engine's flags, with their reasons (who flagged stays private, as before).
INSERT INTO discussion_flag (comment_id, account_id, flagged_at, reason)
SELECT r.comment_id + s.shift, r.account_id, r.created_at, r.reason
FROM comment_report r CROSS JOIN discussion_move_shift s;

-- An appeal of a hidden proposal comment now names the engine's comment.
UPDATE community_appeal SET content_kind = 'discussion-comment',
       content_id = CAST(CAST(content_id AS BIGINT) + (SELECT shift FROM discussion_move_shift) AS VARCHAR(60))
WHERE content_kind = 'proposal-comment';

DROP TABLE discussion_move_shift;
DROP TABLE comment_report;
DROP TABLE proposal_comment;
