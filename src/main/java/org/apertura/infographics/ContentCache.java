package org.apertura.infographics;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Generated files by the hash of what they are drawn from: the same content is drawn once, a changed figure gives a
 * new hash and a new file. Least recently used entries leave first.
 */
final class ContentCache {

    private final Map<String, byte[]> entries;
    private long drawn;

    ContentCache(int capacity) {
        this.entries = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
                return size() > capacity;
            }
        };
    }

    byte[] get(String hash, Supplier<byte[]> draw) {
        synchronized (entries) {
            byte[] cached = entries.get(hash);
            if (cached != null) {
                return cached;
            }
        }
        byte[] fresh = draw.get();
        synchronized (entries) {
            drawn++;
            entries.put(hash, fresh);
        }
        return fresh;
    }

    /** How many files were drawn rather than found (tests: a second request draws nothing). */
    long drawn() {
        synchronized (entries) {
            return drawn;
        }
    }
}
