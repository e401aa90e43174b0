package org.apertura.ledger;

/**
 * Published, inside the appending transaction, whenever a public change is written to the ledger, so other
 * modules can react (notify followers, refresh feeds) without the writer knowing about them.
 */
public record LedgerEntryAppended(long seq, String module, String type, String subjectKind, String subjectId) {
}
