package org.apertura.ledger;

/**
 * One public change written to the ledger, as the listeners of {@link LedgerEntriesAppended} receive it: its place in
 * the chain, what and whom it is about, its canonical payload (the public record, as hashed) and the signed-in
 * account that made it, if any ({@code actorAccountId}: read when the entry was appended, never written to the ledger;
 * so that nobody is told of their own change).
 */
public record LedgerEntryAppended(long seq, String module, String type, String subjectKind, String subjectId,
        String payload, Long actorAccountId) {
}
