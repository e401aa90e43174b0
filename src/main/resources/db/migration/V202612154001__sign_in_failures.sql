-- Sign-in delays counted in the database, so every node applies the same delay (identity.SignInThrottle).
-- Keys are SHA-256 of the e-mail typed or the network address, never the address itself.
CREATE TABLE sign_in_failure (
    throttle_key VARCHAR(80) NOT NULL,
    failures INT NOT NULL,
    last_failure TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sign_in_failure_pk PRIMARY KEY (throttle_key)
);
CREATE INDEX sign_in_failure_last_ix ON sign_in_failure (last_failure);
