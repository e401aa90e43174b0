package org.apertura.platform.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Issue 19, fault 5, for the tests: runs some work while the filesystem store cannot write, its directory moved
 * aside and a plain file put in its place (a read-only directory would not stop the tests' root user), then puts the
 * directory back whatever the work did.
 */
public final class UnwritableStore {

    private UnwritableStore() {
    }

    public static void during(String filesDir, Work work) throws Exception {
        Path files = Path.of(filesDir);
        Path away = files.resolveSibling(files.getFileName() + "-away-" + UUID.randomUUID());
        Files.createDirectories(files);
        Files.move(files, away);
        Files.writeString(files, "not a directory: the store cannot write under it");
        try {
            work.run();
        } finally {
            try {
                Files.delete(files);
                Files.move(away, files);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Work that may throw, as MockMvc and Playwright steps do. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }
}
