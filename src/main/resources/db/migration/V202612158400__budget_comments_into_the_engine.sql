-- Issue 21 / 12, ADR 0067 ("Done"): budget projects' comments and debates' arguments move onto the one comment engine.
-- What the engine did not keep yet: where an argument stands (for or against; a reply and a comment that takes no side
-- have none).
ALTER TABLE discussion_comment ADD COLUMN stance VARCHAR(10);
ALTER TABLE discussion_comment ADD CONSTRAINT discussion_comment_stance CHECK (stance IS NULL OR stance IN ('FOR', 'AGAINST'));

-- Budget comments get numbers past every engine comment and every old number (so a number before the move, kept in
-- legacy_id, is never the engine number of a project's or debate's comment); replies keep their thread (one level
-- then: the parent is the thread's first comment). A project's comments are the subject 'pb-project', a debate's
-- 'pd-debate', each by its row's id, as the public items name them. Hiding (when, the public reason) comes along;
-- who hid was never kept. Official comments stay official (shown with their author's nickname and the badge).
CREATE TABLE discussion_move_shift AS SELECT COALESCE(MAX(id), 0) AS shift FROM (
    SELECT id FROM discussion_comment UNION ALL SELECT id FROM pb_comment) a;

INSERT INTO discussion_comment (id, subject_kind, subject_id, parent_id, thread_id, author_account_id, official,
        body, posted_at, hidden_at, hidden_reason, legacy_id, stance)
SELECT c.id + s.shift, CASE WHEN c.project_id IS NOT NULL THEN 'pb-project' ELSE 'pd-debate' END,
       CAST(COALESCE(c.project_id, c.debate_id) AS VARCHAR(80)), c.parent_id + s.shift, c.parent_id + s.shift,
       c.author_account_id, c.official, c.body, c.posted_at, c.hidden_at, c.hidden_reason, c.id, c.stance
FROM pb_comment c CROSS JOIN discussion_move_shift s
ORDER BY c.id;

-- Votes, one per person and comment, as they were (private: pages show the sums).
INSERT INTO discussion_vote (comment_id, account_id, vote, voted_at)
SELECT v.comment_id + s.shift, v.account_id, v.vote, v.voted_at
FROM pb_comment_vote v CROSS JOIN discussion_move_shift s;

-- Flags become the engine's flags (they had no reason); who flagged stays private, as before.
INSERT INTO discussion_flag (comment_id, account_id, flagged_at)
SELECT f.comment_id + s.shift, f.account_id, f.flagged_at
FROM pb_comment_flag f CROSS JOIN discussion_move_shift s;

-- A debate comment's pending reports become flags too, with the reason's words and the note, so they wait in the
-- engine's queue (one flag per person and comment: a person who had flagged and reported it keeps one flag).
INSERT INTO discussion_flag (comment_id, account_id, flagged_at, reason)
SELECT r.comment_id + s.shift, r.account_id, r.reported_at,
       SUBSTRING(CASE r.reason WHEN 'SPAM' THEN 'Publicidad o mensajes repetidos'
                 WHEN 'OFFENSIVE' THEN 'Insultos, amenazas o discriminación'
                 WHEN 'PERSONAL_DATA' THEN 'Publica datos personales de alguien'
                 WHEN 'OFF_TOPIC' THEN 'No trata del tema' ELSE 'Otro motivo' END
                 || COALESCE(': ' || r.note, ''), 1, 500)
FROM pd_report r CROSS JOIN discussion_move_shift s
WHERE r.comment_id IS NOT NULL AND r.resolved_at IS NULL AND NOT EXISTS (
    SELECT 1 FROM discussion_flag f WHERE f.comment_id = r.comment_id + s.shift AND f.account_id = r.account_id);

-- A debate comment whose reports a moderator had all resolved was handled: its older flags leave the queue until
-- someone flags it again (as the old queue did), as a moderator's "keep" does on the engine.
UPDATE discussion_comment SET flags_reviewed = (SELECT COUNT(*) FROM discussion_flag f
        WHERE f.comment_id = discussion_comment.id)
WHERE subject_kind = 'pd-debate' AND legacy_id IS NOT NULL
  AND legacy_id IN (SELECT comment_id FROM pd_report WHERE comment_id IS NOT NULL)
  AND legacy_id NOT IN (SELECT comment_id FROM pd_report WHERE comment_id IS NOT NULL AND resolved_at IS NULL);

-- A report of a debate's comment (kept as history; its pending ones are flags now) names the engine's comment.
ALTER TABLE pd_report ADD COLUMN engine_comment_id BIGINT REFERENCES discussion_comment (id);
UPDATE pd_report SET engine_comment_id = comment_id + (SELECT shift FROM discussion_move_shift),
       item_key = 'comment:' || CAST(comment_id + (SELECT shift FROM discussion_move_shift) AS VARCHAR(20))
WHERE comment_id IS NOT NULL;
ALTER TABLE pd_report DROP COLUMN comment_id;
ALTER TABLE pd_report RENAME COLUMN engine_comment_id TO comment_id;

-- An appeal of a hidden budget comment now names the engine's comment.
UPDATE community_appeal SET content_kind = 'discussion-comment',
       content_id = CAST(CAST(content_id AS BIGINT) + (SELECT shift FROM discussion_move_shift) AS VARCHAR(60))
WHERE content_kind = 'pb-comment';

DROP TABLE discussion_move_shift;
DROP TABLE pb_comment_flag;
DROP TABLE pb_comment_vote;
DROP TABLE pb_comment;
