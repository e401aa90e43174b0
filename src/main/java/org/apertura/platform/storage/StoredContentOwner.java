package org.apertura.platform.storage;

import java.util.List;

/**
 * A module's declaration of where it records the stored content it owns: each table and column that holds the SHA-256
 * of bytes it put in {@link Storage}. Every module that stores content implements it once (a bean), so that
 * {@link ContentRemoval} keeps bytes any module still names before deleting them; nothing is found by guessing from
 * column names. {@code StoredContentOwnersTest} checks that the declarations cover every hash column of the schema.
 */
public interface StoredContentOwner {

    /** The columns, each naming a table and a column of this module's that record a stored content's SHA-256. */
    List<ContentColumn> contentColumns();

    /** A table and one of its columns (plain SQL identifiers, checked here: they are put into queries). */
    record ContentColumn(String table, String column) {

        public ContentColumn {
            if (table == null || !table.matches("[a-z][a-z0-9_]*") || column == null
                    || !column.matches("[a-z][a-z0-9_]*")) {
                throw new IllegalArgumentException("not a plain table and column: " + table + "." + column);
            }
        }
    }
}
