package org.apertura.platform.storage;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An input stream that counts the bytes read through it and fails with {@link OverLimit} as soon as more than its cap
 * have come out, so an upload over a limit is refused while it streams, without reading the rest (the kit import's
 * ZIP, the open-data upload). {@link #count()} is how many were read.
 */
public final class CappedInputStream extends FilterInputStream {

    private final long max;
    private long count;

    public CappedInputStream(InputStream in, long max) {
        super(in);
        this.max = max;
    }

    /** The bytes read (and skipped) so far. */
    public long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            add(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            add(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        add(skipped);
        return skipped;
    }

    private void add(long n) throws OverLimit {
        count += n;
        if (count > max) {
            throw new OverLimit(max);
        }
    }

    /** More than the cap came out of the stream. */
    public static final class OverLimit extends IOException {

        public OverLimit(long max) {
            super("more than " + max + " bytes");
        }
    }
}
