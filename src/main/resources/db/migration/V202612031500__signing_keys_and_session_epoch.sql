-- Server secrets for signing what visitors carry back (form tokens of visitors without a session), made
-- once at random and shared by every node; and the account's session epoch, raised to end every open
-- session (a new password, a disabled account).
CREATE TABLE signing_key (
    purpose  VARCHAR(40)  PRIMARY KEY,
    secret   VARCHAR(100) NOT NULL
);

ALTER TABLE account ADD COLUMN session_epoch INTEGER NOT NULL DEFAULT 0;
