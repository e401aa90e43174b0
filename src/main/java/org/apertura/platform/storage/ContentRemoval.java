package org.apertura.platform.storage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Deletes stored content that no record names any more. Storage keeps one copy of equal bytes for every module that
 * stored them (an archive's upload and an access request's public version may be the same PDF), so the module that
 * destroys a record cannot know alone whether the bytes are still someone else's: before deleting, this looks for the
 * SHA-256 in every column the modules declare as their record of what they stored ({@link StoredContentOwner}, one
 * registry, each module its own entries), and keeps content any of them still names. A module calls it after the
 * transaction that removed its own references has committed. Works on H2 and PostgreSQL.
 */
@Component
public class ContentRemoval {

    /** Hashes per query, under every database's limit on bound parameters. */
    private static final int BATCH = 500;

    private final Storage storage;
    private final JdbcClient jdbc;
    private final List<StoredContentOwner> owners;

    ContentRemoval(Storage storage, JdbcClient jdbc, List<StoredContentOwner> owners) {
        this.storage = storage;
        this.jdbc = jdbc;
        this.owners = List.copyOf(owners);
    }

    /** What a removal did: the contents deleted and those kept because a record still names them. */
    public record Removed(int deleted, int kept) {
    }

    /** Deletes each content no record names; keeps the others. */
    public Removed removeUnreferenced(Collection<String> sha256s) {
        Set<String> candidates = new LinkedHashSet<>();
        for (String sha : sha256s) {
            if (sha != null && sha.matches("[0-9a-f]{64}")) {
                candidates.add(sha);
            }
        }
        if (candidates.isEmpty()) {
            return new Removed(0, 0);
        }
        Set<String> referenced = new LinkedHashSet<>();
        for (StoredContentOwner.ContentColumn column : contentColumns()) {
            List<String> list = new ArrayList<>(candidates);
            for (int from = 0; from < list.size(); from += BATCH) {
                referenced.addAll(jdbc.sql("SELECT DISTINCT " + column.column() + " FROM " + column.table()
                        + " WHERE " + column.column() + " IN (:hashes)")
                        .param("hashes", list.subList(from, Math.min(list.size(), from + BATCH)))
                        .query(String.class).list());
            }
        }
        int deleted = 0;
        for (String sha : candidates) {
            if (!referenced.contains(sha) && storage.delete(sha)) {
                deleted++;
            }
        }
        return new Removed(deleted, (int) candidates.stream().filter(referenced::contains).count());
    }

    /**
     * Deletes each content no record names once the current transaction has committed (the record that named it is
     * gone for good then), or now when there is no transaction.
     */
    public void removeAfterCommit(Collection<String> sha256s) {
        List<String> hashes = List.copyOf(sha256s);
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCommit() {
                            removeUnreferenced(hashes);
                        }
                    });
        } else {
            removeUnreferenced(hashes);
        }
    }

    /** Every table and column that records a stored content's SHA-256, as the modules declare them. */
    public Set<StoredContentOwner.ContentColumn> contentColumns() {
        Set<StoredContentOwner.ContentColumn> columns = new LinkedHashSet<>();
        owners.forEach(owner -> columns.addAll(owner.contentColumns()));
        return columns;
    }
}
