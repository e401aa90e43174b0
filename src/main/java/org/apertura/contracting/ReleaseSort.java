package org.apertura.contracting;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * Releases grouped by ocid in constant memory: an external sort. Releases are kept serialized up to a memory
 * budget, then sorted by ocid and spilled to a temporary run file; the runs are merged, one ocid at a time. Memory
 * stays at the budget plus one process's releases, however large the input; disk use is about the uncompressed
 * input. Ties keep the order they were added in (runs are in that order), so a group lists its releases in input
 * order. Used by the stateless compile ({@link RecordPackageCompiler}) and by the import ({@link OcdsPublication}),
 * which merges each process it touched once.
 */
final class ReleaseSort implements AutoCloseable {

    /** A serialized release, its ocid, its date and where it was in the input (for problems; may be empty). */
    record Entry(String ocid, byte[] json, String date, String place) {
    }

    /** A release waiting in memory for its run: its bytes are in {@link #chunks}. */
    private record Held(String ocid, int chunk, int offset, int length, String date, String place) {
    }

    private static final Comparator<Held> BY_OCID = Comparator.comparing(Held::ocid);
    private static final long ENTRY_OVERHEAD = 96;
    /** The first chunk's size; each next one doubles, up to {@link #MAX_CHUNK}. */
    private static final int MIN_CHUNK = 64 << 10;
    /**
     * The largest chunk: a large array, which G1 allocates outside the young generation and frees at the first
     * collection after it is dropped, without copying it (its "humongous" objects, half a region and more).
     */
    static final int MAX_CHUNK = 4 << 20;

    private final long memoryBudgetBytes;
    private final Path tempDir;
    private final List<Path> runs = new ArrayList<>();
    private List<Held> batch = new ArrayList<>();
    /**
     * The bytes of the releases waiting in memory, copied one after the other into a few large arrays: kept as the
     * reader's arrays, they lived until the next spill (tens of MB), so each young collection copied them again and
     * they filled the old generation with arrays dead soon after (docs/adr/0086).
     */
    private final List<byte[]> chunks = new ArrayList<>();
    private int chunkUsed;
    private long batchBytes;

    ReleaseSort(long memoryBudgetBytes, Path tempDir) {
        this.memoryBudgetBytes = memoryBudgetBytes;
        this.tempDir = tempDir;
    }

    void add(String ocid, byte[] json, String date, String place) {
        String at = place == null ? "" : place;
        String when = date == null ? "" : date;
        byte[] chunk = chunks.isEmpty() ? null : chunks.get(chunks.size() - 1);
        if (chunk == null || chunk.length - chunkUsed < json.length) {
            int size = chunk == null ? MIN_CHUNK : Math.min(MAX_CHUNK, chunk.length * 2);
            chunk = new byte[Math.max(size, json.length)];
            chunks.add(chunk);
            chunkUsed = 0;
        }
        System.arraycopy(json, 0, chunk, chunkUsed, json.length);
        batch.add(new Held(ocid, chunks.size() - 1, chunkUsed, json.length, when, at));
        chunkUsed += json.length;
        batchBytes += json.length + ENTRY_OVERHEAD + 2L * (ocid.length() + when.length() + at.length());
        if (batchBytes >= memoryBudgetBytes) {
            spill();
        }
    }

    /** How many run files were spilled so far. */
    int spilledRuns() {
        return runs.size();
    }

    /** Gives each ocid's releases (input order), ocids in order; once. */
    void forEachGroup(Consumer<List<Entry>> group) {
        try (Sorted sorted = sorted()) {
            List<Entry> current = new ArrayList<>();
            for (Entry entry = sorted.next(); entry != null || !current.isEmpty(); entry = sorted.next()) {
                if (!current.isEmpty() && (entry == null || !entry.ocid().equals(current.get(0).ocid()))) {
                    group.accept(current);
                    current = new ArrayList<>();
                }
                if (entry != null) {
                    current.add(entry);
                }
            }
        }
    }

    @Override
    public void close() {
        for (Path run : runs) {
            try {
                Files.deleteIfExists(run);
            } catch (IOException e) {
                run.toFile().deleteOnExit();
            }
        }
        runs.clear();
        batch = new ArrayList<>();
        chunks.clear();
    }

    private void spill() {
        batch.sort(BY_OCID);
        try {
            Path run = Files.createTempFile(tempDir, "ocds-run-", ".bin");
            runs.add(run);
            try (DataOutputStream out = new DataOutputStream(
                    new BufferedOutputStream(Files.newOutputStream(run), 1 << 16))) {
                for (Held held : batch) {
                    writeBytes(out, held.ocid().getBytes(StandardCharsets.UTF_8));
                    out.writeInt(held.length());
                    out.write(chunks.get(held.chunk()), held.offset(), held.length());
                    writeBytes(out, held.date().getBytes(StandardCharsets.UTF_8));
                    writeBytes(out, held.place().getBytes(StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        batch = new ArrayList<>();
        chunks.clear();
        batchBytes = 0;
    }

    private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** The releases in ocid order (input order within an ocid): the last batch in memory, merged with the runs. */
    private interface Sorted extends AutoCloseable {
        Entry next();

        @Override
        void close();
    }

    private Sorted sorted() {
        if (runs.isEmpty()) {
            batch.sort(BY_OCID);
            var iterator = batch.iterator();
            return new Sorted() {
                public Entry next() {
                    if (!iterator.hasNext()) {
                        return null;
                    }
                    Held held = iterator.next();
                    return new Entry(held.ocid(), Arrays.copyOfRange(chunks.get(held.chunk()), held.offset(),
                            held.offset() + held.length()), held.date(), held.place());
                }

                public void close() {
                }
            };
        }
        if (!batch.isEmpty()) {
            spill();
        }
        return new RunMerge(runs);
    }

    /** A k-way merge of the sorted runs; on equal ocids the earlier run (earlier input) comes first. */
    private static final class RunMerge implements Sorted {
        private final List<RunReader> readers = new ArrayList<>();
        private final PriorityQueue<RunReader> queue = new PriorityQueue<>(
                Comparator.comparing((RunReader r) -> r.current.ocid()).thenComparingInt(r -> r.index));

        RunMerge(List<Path> runs) {
            for (int i = 0; i < runs.size(); i++) {
                RunReader reader = new RunReader(runs.get(i), i);
                readers.add(reader);
                if (reader.advance()) {
                    queue.add(reader);
                }
            }
        }

        @Override
        public Entry next() {
            RunReader reader = queue.poll();
            if (reader == null) {
                return null;
            }
            Entry entry = reader.current;
            if (reader.advance()) {
                queue.add(reader);
            }
            return entry;
        }

        @Override
        public void close() {
            readers.forEach(RunReader::close);
        }
    }

    private static final class RunReader {
        private final DataInputStream in;
        private final int index;
        private Entry current;

        RunReader(Path run, int index) {
            try {
                this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(run), 1 << 16));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            this.index = index;
        }

        boolean advance() {
            try {
                byte[] ocid = readBytes();
                byte[] json = readBytes();
                byte[] date = readBytes();
                byte[] place = readBytes();
                current = new Entry(new String(ocid, StandardCharsets.UTF_8), json,
                        new String(date, StandardCharsets.UTF_8), new String(place, StandardCharsets.UTF_8));
                return true;
            } catch (EOFException end) {
                return false;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private byte[] readBytes() throws IOException {
            byte[] bytes = new byte[in.readInt()];
            in.readFully(bytes);
            return bytes;
        }

        void close() {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
