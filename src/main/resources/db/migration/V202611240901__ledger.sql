-- The public history ledger: an append-only hash chain. Each entry's hash covers its sequence, time,
-- module, type, subject, canonical payload and the previous entry's hash.
CREATE TABLE ledger_entry (
    seq           BIGINT       NOT NULL PRIMARY KEY,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    module        VARCHAR(40)  NOT NULL,
    type          VARCHAR(80)  NOT NULL,
    subject_kind  VARCHAR(60)  NOT NULL,
    subject_id    VARCHAR(100) NOT NULL,
    payload       TEXT         NOT NULL,
    prev_hash     VARCHAR(64)  NOT NULL,
    hash          VARCHAR(64)  NOT NULL,
    CONSTRAINT ledger_entry_seq_ck CHECK (seq > 0),
    CONSTRAINT ledger_entry_hash_uk UNIQUE (hash)
);
CREATE INDEX ledger_entry_subject_ix ON ledger_entry (subject_kind, subject_id, seq);

-- One row: the head of the chain. Appends lock it, so concurrent writers cannot fork the chain, and
-- deleting the newest entries is detected because the head no longer matches.
CREATE TABLE ledger_head (
    id        INTEGER  NOT NULL PRIMARY KEY,
    last_seq  BIGINT   NOT NULL,
    last_hash VARCHAR(64) NOT NULL,
    CONSTRAINT ledger_head_single_ck CHECK (id = 1)
);
INSERT INTO ledger_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
