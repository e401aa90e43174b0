-- Debates opened by people (issue 21): a verified voter of the process may open one. Who opened it is kept only to
-- tell them it is theirs; it is never published. The secretariat's people hide a debate with a public reason (then
-- only the reason is shown) or restore it, as they do with comments.
ALTER TABLE pd_debate ADD COLUMN author_account_id BIGINT REFERENCES account (id);
ALTER TABLE pd_debate ADD COLUMN hidden_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE pd_debate ADD COLUMN hidden_reason VARCHAR(500);
