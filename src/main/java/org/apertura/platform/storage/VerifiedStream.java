package org.apertura.platform.storage;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A stored file's stream that checks its SHA-256 when its end is reached, and fails there if it no longer matches. */
final class VerifiedStream extends DigestInputStream {

    private final String expected;
    private boolean checked;

    VerifiedStream(InputStream in, String expected) {
        super(in, sha256());
        this.expected = expected;
    }

    /** Copies a stream to a file, read once to its end, and returns the SHA-256 (hex) of what was copied. */
    static String copyHashing(InputStream content, java.nio.file.Path file) throws IOException {
        MessageDigest digest = sha256();
        try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = content.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            check();
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n < 0) {
            check();
        }
        return n;
    }

    private void check() throws IOException {
        if (!checked) {
            checked = true;
            if (!HexFormat.of().formatHex(getMessageDigest().digest()).equals(expected)) {
                throw new IOException("Stored file " + expected + " no longer matches its hash");
            }
        }
    }
}
