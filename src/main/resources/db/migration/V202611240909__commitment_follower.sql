-- People who follow a commitment and get an e-mail on each public change. Private: never published.
CREATE TABLE commitment_follower (
    commitment_id BIGINT NOT NULL REFERENCES commitment (id),
    account_id    BIGINT NOT NULL REFERENCES account (id),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (commitment_id, account_id)
);
