package org.apertura.ledger;

/** What can be done with the ledger's signed checkpoints (reading and verifying them is open to everyone). */
public enum LedgerAction {
    /** Sign the ledger's head now, beside the hourly checkpoint (administrators). */
    SIGN_CHECKPOINT
}
