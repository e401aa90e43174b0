package org.apertura.identity;

import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apertura.platform.Hashing;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Secret keys for signing what the server hands out and must recognise later (such as the form tokens of
 * visitors without a session). Each key is made once, at random, and kept in the database, so every node
 * and every restart signs and verifies with the same key; the key never leaves the server.
 */
@Component
class SigningKeys {

    private final JdbcTemplate jdbc;
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    SigningKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The key for a purpose, created on first use; two nodes creating it at once end with the same one. */
    byte[] key(String purpose) {
        return cache.computeIfAbsent(purpose, this::loadOrCreate);
    }

    private byte[] loadOrCreate(String purpose) {
        String stored = read(purpose);
        if (stored == null) {
            try {
                jdbc.update("INSERT INTO signing_key (purpose, secret) VALUES (?, ?)", purpose, Hashing.randomToken(32));
            } catch (DuplicateKeyException another) {
                // another node made it first: use theirs
            }
            stored = read(purpose);
        }
        return Base64.getUrlDecoder().decode(stored);
    }

    private String read(String purpose) {
        return jdbc.query("SELECT secret FROM signing_key WHERE purpose = ?",
                rs -> rs.next() ? rs.getString(1) : null, purpose);
    }
}
