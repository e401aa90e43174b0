-- Any number of nodes on one database (docs/adr/0013-stateless-nodes.md).

-- Sessions, as Spring Session JDBC keeps them (its schema-postgresql.sql; H2 reads BYTEA as binary).
CREATE TABLE spring_session (
    primary_id CHAR(36) NOT NULL,
    session_id CHAR(36) NOT NULL,
    creation_time BIGINT NOT NULL,
    last_access_time BIGINT NOT NULL,
    max_inactive_interval INT NOT NULL,
    expiry_time BIGINT NOT NULL,
    principal_name VARCHAR(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);
CREATE TABLE spring_session_attributes (
    session_primary_id CHAR(36) NOT NULL,
    attribute_name VARCHAR(200) NOT NULL,
    attribute_bytes BYTEA NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id) REFERENCES spring_session (primary_id)
        ON DELETE CASCADE
);

-- Scheduled jobs: one node at a time holds a job's lock (ShedLock's table, platform.ClusterLocks).
CREATE TABLE shedlock (
    name VARCHAR(64) NOT NULL,
    lock_until TIMESTAMP NOT NULL,
    locked_at TIMESTAMP NOT NULL,
    locked_by VARCHAR(255) NOT NULL,
    CONSTRAINT shedlock_pk PRIMARY KEY (name)
);

-- The outbox: a node claims a mail before sending it; a failure waits longer before each new attempt.
ALTER TABLE mail_outbox ADD COLUMN next_attempt_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE mail_outbox ADD COLUMN claimed_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE mail_outbox ADD COLUMN claimed_by VARCHAR(80);
CREATE INDEX mail_outbox_due_ix ON mail_outbox (sent_at, next_attempt_at, id);

-- Rate limits shared by every node: hits per key and minute, forgotten when the minute has passed.
CREATE TABLE rate_limit_hit (
    bucket VARCHAR(200) NOT NULL,
    window_start BIGINT NOT NULL,
    hits INT NOT NULL,
    CONSTRAINT rate_limit_hit_pk PRIMARY KEY (bucket, window_start)
);
CREATE INDEX rate_limit_hit_window_ix ON rate_limit_hit (window_start);

-- How far the chain was last verified, so a view checks only what came after (ledger.LedgerService#verify).
CREATE TABLE ledger_checkpoint (
    id INT NOT NULL,
    verified_seq BIGINT NOT NULL,
    verified_hash CHAR(64) NOT NULL,
    broken_seq BIGINT,
    checked_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT ledger_checkpoint_pk PRIMARY KEY (id),
    CONSTRAINT ledger_checkpoint_single_ck CHECK (id = 1)
);
INSERT INTO ledger_checkpoint (id, verified_seq, verified_hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
