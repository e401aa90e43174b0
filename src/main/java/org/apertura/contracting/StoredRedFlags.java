package org.apertura.contracting;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * The Cardinal red flags over every stored process: {@link RedFlags} (the same indicator classes the fixtures
 * test) run over the compiled releases, read a batch at a time, and the flags kept in {@code ocds_flag} with each
 * subject named as the pages name it: a process by its ocid, a buyer by its institution's slug, a supplier by its
 * key. Indicators compare a process with all the others (quartiles), so a run covers everything; it runs when
 * records changed since the last one (checked every minute, {@code apertura.ocds.red-flags-check}) and whenever
 * asked.
 */
@Service
public class StoredRedFlags {

    private static final int BATCH = 200;

    /** When the flags were last computed, over how many processes. */
    public record Run(Instant computedAt, int processes) {
    }

    private final ProcessRecordRepository records;
    private final StoredFlagRepository flags;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final RedFlags redFlags = new RedFlags(RedFlagSettings.defaults(EnumSet.allOf(Indicator.class)));

    StoredRedFlags(ProcessRecordRepository records, StoredFlagRepository flags, JdbcTemplate jdbc, Clock clock) {
        this.records = records;
        this.flags = flags;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Computes the flags again if a record changed since the last run. */
    @Scheduled(initialDelayString = "${apertura.ocds.red-flags-check:PT1M}",
            fixedDelayString = "${apertura.ocds.red-flags-check:PT1M}")
    @Transactional
    public void refreshIfStale() {
        Instant last = records.lastUpdate();
        List<Instant> asOf = jdbc.queryForList("SELECT records_as_of FROM ocds_flag_run WHERE id = 1", Instant.class);
        if (last != null && (asOf.isEmpty() || asOf.get(0) == null || last.isAfter(asOf.get(0)))) {
            refresh();
        }
    }

    /** Computes every flag over the stored records and replaces the previous run's. */
    @Transactional
    public Run refresh() {
        // one run at a time, on every node: the run's row stays locked until this transaction ends
        jdbc.queryForList("SELECT id FROM ocds_flag_run WHERE id = 1 FOR UPDATE", Integer.class);
        Instant asOf = records.lastUpdate();
        Names names = new Names();
        int[] seen = {0};
        Stream<JsonNode> compiled = StreamSupport.stream(Spliterators.spliteratorUnknownSize(
                new Batches(names, seen), Spliterator.ORDERED | Spliterator.NONNULL), false);
        RedFlagReport report = redFlags.compute(compiled);
        flags.deleteEverything();
        records.clearFlagCounts();
        List<StoredFlag> rows = new ArrayList<>();
        Map<String, Integer> perProcess = new HashMap<>();
        report.results().forEach((group, subjects) -> subjects.forEach((id, values) -> values.forEach(
                (indicator, value) -> {
                    StoredFlag row = switch (group) {
                        case OCID -> new StoredFlag(StoredFlag.PROCESS, id, indicator, value, names.buyerOfProcess.get(id));
                        case BUYER -> new StoredFlag(StoredFlag.BUYER, names.buyers.getOrDefault(id, id), indicator,
                                value, names.buyers.get(id));
                        case PROCURING_ENTITY -> new StoredFlag(StoredFlag.PROCURING_ENTITY, id, indicator, value,
                                names.procuringEntities.get(id));
                        case TENDERER -> new StoredFlag(StoredFlag.SUPPLIER, names.suppliers.getOrDefault(id, id),
                                indicator, value, null);
                    };
                    if (group == FlagGroup.OCID) {
                        perProcess.merge(id, 1, Integer::sum);
                    }
                    rows.add(row);
                })));
        // Two party ids of one supplier (one key) may both be flagged: one row per subject and indicator.
        Map<String, StoredFlag> unique = new java.util.LinkedHashMap<>();
        rows.forEach(r -> unique.putIfAbsent(r.getSubjectKind() + "\u0000" + r.getSubjectId() + "\u0000"
                + r.getIndicator(), r));
        flags.saveAll(unique.values());
        jdbc.batchUpdate("UPDATE ocds_record SET flag_count = ? WHERE ocid = ?", perProcess.entrySet().stream()
                .map(e -> new Object[] {e.getValue(), e.getKey()}).toList());
        Instant now = Instant.now(clock);
        jdbc.update("UPDATE ocds_flag_run SET computed_at = ?, records_as_of = ?, records_seen = ? WHERE id = 1",
                ts(now), ts(asOf), seen[0]);
        return new Run(now, seen[0]);
    }

    private static java.sql.Timestamp ts(Instant instant) {
        return instant == null ? null : java.sql.Timestamp.from(instant);
    }

    /** The last run, if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<Run> lastRun() {
        return jdbc.query("SELECT computed_at, records_seen FROM ocds_flag_run WHERE id = 1 AND computed_at IS NOT NULL",
                (rs, i) -> new Run(rs.getTimestamp(1).toInstant(), rs.getInt(2))).stream().findFirst();
    }

    /** How the flags' subjects are named in the releases, and how the pages name them. */
    private static final class Names {
        final Map<String, String> buyerOfProcess = new HashMap<>();
        final Map<String, String> buyers = new HashMap<>();
        final Map<String, String> procuringEntities = new HashMap<>();
        final Map<String, String> suppliers = new HashMap<>();

        void learn(ProcessRecord record, JsonNode compiled) {
            String slug = record.getBuyerSlug();
            buyerOfProcess.put(record.getOcid(), slug);
            String buyerId = compiled.path("buyer").path("id").asString(null);
            if (buyerId != null) {
                buyers.putIfAbsent(buyerId, slug);
            }
            String entity = compiled.path("tender").path("procuringEntity").path("id").asString(null);
            if (entity != null) {
                procuringEntities.putIfAbsent(entity, slug);
            }
            SupplierKeys keys = new SupplierKeys(compiled);
            for (JsonNode award : compiled.path("awards")) {
                award.path("suppliers").forEach(s -> remember(keys, s));
            }
            for (JsonNode bid : compiled.path("bids").path("details")) {
                bid.path("tenderers").forEach(t -> remember(keys, t));
            }
        }

        private void remember(SupplierKeys keys, JsonNode organisation) {
            String id = organisation.path("id").asString(null);
            String key = keys.keyOf(organisation);
            if (id != null && key != null) {
                suppliers.putIfAbsent(id, key);
            }
        }
    }

    /** Every compiled release, a batch of records at a time, in ocid order. */
    private final class Batches implements Iterator<JsonNode> {
        private final Names names;
        private final int[] seen;
        private final List<JsonNode> batch = new ArrayList<>();
        private String after = "";
        private boolean done;

        Batches(Names names, int[] seen) {
            this.names = names;
            this.seen = seen;
        }

        @Override
        public boolean hasNext() {
            if (batch.isEmpty() && !done) {
                List<ProcessRecord> page = records.findByOcidGreaterThanOrderByOcidAsc(after, Limit.of(BATCH));
                done = page.size() < BATCH;
                for (ProcessRecord record : page) {
                    JsonNode compiled = OcdsJson.MAPPER.readTree(record.getCompiledJson());
                    names.learn(record, compiled);
                    batch.add(compiled);
                    after = record.getOcid();
                    seen[0]++;
                }
            }
            return !batch.isEmpty();
        }

        @Override
        public JsonNode next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return batch.remove(0);
        }
    }
}
