package org.apertura.ledger;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The single row naming the newest entry; appends lock it so the chain never forks. */
@Entity
@Table(name = "ledger_head")
class LedgerHead {

    @Id
    private int id;
    private long lastSeq;
    private String lastHash;

    protected LedgerHead() {
    }

    long getLastSeq() {
        return lastSeq;
    }

    String getLastHash() {
        return lastHash;
    }

    void advance(LedgerEntry entry) {
        this.lastSeq = entry.getSeq();
        this.lastHash = entry.getHash();
    }
}
