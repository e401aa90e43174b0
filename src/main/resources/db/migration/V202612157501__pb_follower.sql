-- Issue 21: people follow a participatory budget and get an e-mail (through the outbox) on its public changes: a
-- project's review, a table's corrected count, the results, the commitment that executes the winners. Who follows is
-- private: never in any page, list or ledger entry.
CREATE TABLE pb_follower (
    process_id  BIGINT NOT NULL REFERENCES pb_process (id),
    account_id  BIGINT NOT NULL REFERENCES account (id),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pb_follower_pk PRIMARY KEY (process_id, account_id)
);
