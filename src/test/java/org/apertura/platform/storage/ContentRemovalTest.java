package org.apertura.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apertura.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stored content can be deleted for good, and a module deleting its content keeps the bytes that any other record
 * still names (Storage keeps equal bytes once for everyone).
 */
@IntegrationTest
class ContentRemovalTest {

    @Autowired
    Storage storage;
    @Autowired
    ContentRemoval removal;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JdbcClient jdbcClient;
    @Autowired
    List<StoredContentOwner> owners;

    /**
     * Every column of the schema that records a stored content's hash ({@code sha256} or {@code *_sha256}) is declared
     * by the module that owns it, and every declared column exists: a module that adds one and forgets to declare it
     * would see its content deleted under it.
     */
    @Test
    void theModulesDeclareEveryHashColumnOfTheSchema() {
        Set<StoredContentOwner.ContentColumn> schema = new java.util.HashSet<>(jdbc.query("""
                SELECT table_name, column_name FROM information_schema.columns
                 WHERE LOWER(table_schema) NOT IN ('information_schema', 'pg_catalog')
                   AND (LOWER(column_name) = 'sha256' OR LOWER(column_name) LIKE '%\\_sha256' ESCAPE '\\')""",
                (rs, n) -> new StoredContentOwner.ContentColumn(rs.getString(1).toLowerCase(Locale.ROOT),
                        rs.getString(2).toLowerCase(Locale.ROOT))));
        schema.removeIf(c -> c.table().equals("content_removal_probe"));
        assertThat(removal.contentColumns()).containsExactlyInAnyOrderElementsOf(schema);
    }

    @Test
    void theFileSystemStoreDeletesContentForGood(@TempDir Path root) throws Exception {
        FileSystemStorage store = new FileSystemStorage(root.toString());
        String sha = store.store("acta de baja".getBytes(StandardCharsets.UTF_8));
        assertThat(store.read(sha)).isPresent();
        assertThat(store.delete(sha)).isTrue();
        assertThat(store.read(sha)).isEmpty();
        assertThat(store.open(sha)).isEmpty();
        assertThat(store.delete(sha)).as("nothing left to delete").isFalse();
        assertThat(store.delete("../../etc/passwd")).isFalse();
        try (var files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void contentAnotherRecordStillNamesIsKept() {
        String gone = storage.store(("expediente destruido " + System.nanoTime()).getBytes(StandardCharsets.UTF_8));
        String shared = storage.store(("versión pública " + System.nanoTime()).getBytes(StandardCharsets.UTF_8));
        jdbc.execute("CREATE TABLE content_removal_probe (id INTEGER, public_sha256 VARCHAR(64))");
        try {
            jdbc.update("INSERT INTO content_removal_probe VALUES (1, ?)", shared);
            // a column nobody declared keeps nothing: the registry, not the column's name, decides
            String undeclared = storage.store(("sin registrar " + System.nanoTime()).getBytes(StandardCharsets.UTF_8));
            jdbc.update("INSERT INTO content_removal_probe VALUES (2, ?)", undeclared);
            assertThat(removal.removeUnreferenced(List.of(undeclared))).isEqualTo(new ContentRemoval.Removed(1, 0));
            assertThat(storage.read(undeclared)).isEmpty();

            List<StoredContentOwner> declared = new java.util.ArrayList<>(owners);
            declared.add(() -> List.of(new StoredContentOwner.ContentColumn("content_removal_probe", "public_sha256")));
            ContentRemoval.Removed removed = new ContentRemoval(storage, jdbcClient, declared)
                    .removeUnreferenced(List.of(gone, shared));
            assertThat(removed).isEqualTo(new ContentRemoval.Removed(1, 1));
            assertThat(storage.read(gone)).isEmpty();
            assertThat(storage.read(shared)).isPresent();
        } finally {
            jdbc.execute("DROP TABLE content_removal_probe");
        }
    }
}
