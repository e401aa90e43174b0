package org.apertura.platform.storage;

import java.util.Optional;

/**
 * Where files people upload are kept, addressed by their SHA-256, so a stored file can never change
 * silently. The filesystem by default; an S3-compatible store can implement the same port.
 */
public interface Storage {

    /** Stores the bytes (once per content) and returns their SHA-256, which is also their key. */
    String store(byte[] content);

    /** The bytes stored under a SHA-256, checked against it on the way out. */
    Optional<byte[]> read(String sha256);
}
