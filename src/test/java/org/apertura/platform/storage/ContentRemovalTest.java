package org.apertura.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apertura.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

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
            ContentRemoval.Removed removed = removal.removeUnreferenced(List.of(gone, shared));
            assertThat(removed).isEqualTo(new ContentRemoval.Removed(1, 1));
            assertThat(storage.read(gone)).isEmpty();
            assertThat(storage.read(shared)).isPresent();
        } finally {
            jdbc.execute("DROP TABLE content_removal_probe");
        }
    }
}
