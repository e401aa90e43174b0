package org.apertura.platform.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Where files people upload are kept, addressed by their SHA-256, so a stored file can never change
 * silently. The filesystem by default; an S3-compatible store can implement the same port.
 */
public interface Storage {

    /** Stores the bytes (once per content) and returns their SHA-256, which is also their key. */
    String store(byte[] content);

    /**
     * Deletes the bytes stored under a SHA-256, for good; true when there were some. Content is kept once for everyone
     * who stored the same bytes, so callers delete through {@link ContentRemoval}, which keeps content any record
     * still names.
     */
    boolean delete(String sha256);

    /** The bytes stored under a SHA-256, checked against it on the way out. */
    Optional<byte[]> read(String sha256);

    /**
     * Stores a stream read to its end, never whole in memory by the filesystem store (for files of hundreds of
     * megabytes), and returns its SHA-256. The caller closes the stream; an exception while reading stores nothing.
     */
    default String store(InputStream content) {
        try {
            return store(content.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The bytes stored under a SHA-256 as a stream, for sending or reading large files without holding them in
     * memory; the stream fails at its end if the bytes no longer match their hash.
     */
    default Optional<InputStream> open(String sha256) {
        return read(sha256).map(ByteArrayInputStream::new);
    }
}
