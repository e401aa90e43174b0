package org.apertura.ledger;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * A subject a ledger entry is also about besides its own (e.g. each contracting process of a batch of releases):
 * read only, for the history of one subject; written by {@link LedgerService#append} in JDBC batches.
 */
@Entity
@Table(name = "ledger_mention")
@IdClass(LedgerMention.Key.class)
class LedgerMention {

    @Id
    private String subjectKind;
    @Id
    private String subjectId;
    @Id
    private long seq;

    protected LedgerMention() {
    }

    /** The primary key. */
    static class Key implements Serializable {
        private String subjectKind;
        private String subjectId;
        private long seq;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.seq == seq && java.util.Objects.equals(k.subjectKind, subjectKind)
                    && java.util.Objects.equals(k.subjectId, subjectId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(subjectKind, subjectId, seq);
        }
    }
}
