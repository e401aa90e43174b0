package org.apertura.participation;

import java.util.Optional;
import org.apertura.platform.storage.Storage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * At start-up, completes migration V202612158610: the single picture each budget project held became a file whose
 * size SQL could not read, recorded as 1 byte (no real picture is that small); each gets the size of its bytes in
 * storage. Once done nothing is 1 byte, so later starts, and databases created after the migration, do nothing; a
 * picture missing from storage keeps its mark and is tried again at the next start.
 */
@Component
class MigratedPictureSizes implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MigratedPictureSizes.class);

    private final JdbcClient jdbc;
    private final Storage storage;

    MigratedPictureSizes(JdbcClient jdbc, Storage storage) {
        this.jdbc = jdbc;
        this.storage = storage;
    }

    @Override
    public void run(ApplicationArguments args) {
        repair();
    }

    /** Gives each picture recorded as 1 byte its stored size; returns how many were repaired. */
    int repair() {
        int repaired = 0;
        for (Marked file : jdbc.sql("SELECT id, sha256 FROM pb_project_file WHERE size_bytes = 1 ORDER BY id")
                .query(Marked.class).list()) {
            Optional<byte[]> bytes;
            try {
                bytes = storage.read(file.sha256());
            } catch (RuntimeException e) { // storage unreachable or the bytes no longer match: tried again next start
                log.warn("Budget project file {}: its picture could not be read from storage ({})", file.id(),
                        e.toString());
                continue;
            }
            if (bytes.isEmpty()) {
                log.warn("Budget project file {}: its picture {} is not in storage; its size stays unknown", file.id(),
                        file.sha256());
                continue;
            }
            repaired += jdbc.sql("UPDATE pb_project_file SET size_bytes = ? WHERE id = ? AND size_bytes = 1")
                    .params(bytes.get().length, file.id()).update();
        }
        if (repaired > 0) {
            log.info("Budget project pictures moved by migration V202612158610: {} given their stored size", repaired);
        }
        return repaired;
    }

    private record Marked(long id, String sha256) {
    }
}
