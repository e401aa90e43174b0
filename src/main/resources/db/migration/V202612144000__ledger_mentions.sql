-- Subjects a ledger entry is also about, besides its own subject: e.g. a batch of OCDS releases is one entry of
-- its buyer institution and names each contracting process it touched, so the history of one process
-- (/historial?tipo=ocds-process&id=...) finds it. An index of what the payload already says; no hash covers it.
CREATE TABLE ledger_mention (
    subject_kind VARCHAR(60)  NOT NULL,
    subject_id   VARCHAR(100) NOT NULL,
    seq          BIGINT       NOT NULL REFERENCES ledger_entry (seq),
    CONSTRAINT ledger_mention_pk PRIMARY KEY (subject_kind, subject_id, seq)
);
CREATE INDEX ledger_mention_seq_ix ON ledger_mention (seq);
