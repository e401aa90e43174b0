package org.apertura.secretariat;

/** A member's vote on an agreement. */
public enum VoteChoice {
    FOR,
    AGAINST,
    ABSTAIN
}
