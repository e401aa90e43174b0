package org.apertura.ledger;

/**
 * The result of re-checking the whole chain: valid or not, how many entries, the newest hash, and the
 * first sequence number where the chain is broken (edited, deleted or out of order), if any.
 */
public record LedgerVerification(boolean valid, long entries, String head, Long firstBrokenSeq) {
}
