package org.apertura.contracting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import org.apertura.platform.PostgresCopy;
import org.apertura.platform.security.SystemActor;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Keeps what the pages read besides the record itself: one row per supplier of each award
 * ({@code ocds_supplier_award}), rebuilt whenever a process's record changes. At start-up it also indexes records
 * stored before these figures existed.
 */
@Component
@Order(5)
class ProcessIndex implements ApplicationRunner {

    private final SupplierAwardRepository awards;
    private final ProcessRecordRepository records;
    private final TransactionTemplate transactions;
    private final NamedParameterJdbcTemplate jdbc;

    /** Most values in one SQL {@code IN} list. */
    static final int IN_LIST = 1000;

    ProcessIndex(SupplierAwardRepository awards, ProcessRecordRepository records, TransactionTemplate transactions,
            NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.awards = awards;
        this.records = records;
        this.transactions = transactions;
    }

    /** Replaces the process's supplier rows with those its compiled release shows now. */
    void index(ProcessRecord record, JsonNode compiled) {
        awards.deleteByOcid(record.getOcid());
        awards.saveAll(supplierAwards(record, compiled));
    }

    /**
     * Replaces the supplier rows of many processes at once (their records are already written): one delete of
     * those of the processes stored before ({@code replaced}; a new process has none) and the new rows
     * ({@link #supplierAwards}, taken by the caller from each compiled release) in one statement: PostgreSQL's
     * COPY in its text format, elsewhere (H2) a JDBC batch. For imports of thousands of releases.
     */
    void indexAll(List<SupplierAward> awards, List<String> replaced) {
        for (int from = 0; from < replaced.size(); from += IN_LIST) {
            jdbc.update("DELETE FROM ocds_supplier_award WHERE ocid IN (:ocids)",
                    Map.of("ocids", replaced.subList(from, Math.min(replaced.size(), from + IN_LIST))));
        }
        List<Object[]> rows = new ArrayList<>(awards.size());
        for (SupplierAward a : awards) {
            rows.add(new Object[] {a.getOcid(), a.getSupplierKey(), a.getSupplierName(), a.getPartyId(),
                a.getAwardId(), a.getAwardStatus(), a.getAmount(), a.getCurrency(), a.getBuyerSlug(),
                a.getAwardYear()});
        }
        if (rows.isEmpty()) {
            return;
        }
        if (copies == null) {
            copies = PostgresCopy.available(jdbc.getJdbcTemplate());
        }
        if (copies) {
            ReleaseRows.copy(jdbc.getJdbcTemplate(), "ocds_supplier_award", SUPPLIER_COLUMNS, rows);
            return;
        }
        jdbc.getJdbcTemplate().batchUpdate("INSERT INTO ocds_supplier_award (" + String.join(", ", SUPPLIER_COLUMNS)
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, new int[] {Types.VARCHAR, Types.VARCHAR,
                    Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.NUMERIC, Types.VARCHAR,
                    Types.VARCHAR, Types.INTEGER});
    }

    private static final List<String> SUPPLIER_COLUMNS = List.of("ocid", "supplier_key", "supplier_name",
            "party_id", "award_id", "award_status", "amount", "currency", "buyer_slug", "award_year");
    /** Whether the database is PostgreSQL (COPY), asked once. */
    private Boolean copies;

    static List<SupplierAward> supplierAwards(ProcessRecord record, JsonNode compiled) {
        SupplierKeys keys = new SupplierKeys(compiled);
        List<SupplierAward> rows = new ArrayList<>();
        for (JsonNode award : compiled.path("awards")) {
            JsonNode suppliers = award.path("suppliers");
            JsonNode value = award.path("value");
            BigDecimal amount = suppliers.size() == 1 && value.path("amount").isNumber()
                    && value.path("amount").decimalValue().signum() >= 0 ? value.path("amount").decimalValue() : null;
            String currency = amount == null ? null : value.path("currency").asString(null);
            Instant date = ProcessFacts.instant(award.path("date").asString(null));
            Integer year = date != null ? Integer.valueOf(date.atZone(ProcessFacts.ZONE).getYear())
                    : record.getProcessYear();
            for (JsonNode supplier : suppliers) {
                String key = keys.keyOf(supplier);
                String name = keys.nameOf(supplier);
                if (key == null) {
                    continue;
                }
                rows.add(new SupplierAward(record.getOcid(), key, cut(name == null ? key : name, 400),
                        cut(supplier.path("id").asString(null), 200), cut(award.path("id").asString(""), 200),
                        cut(award.path("status").asString(null), 40), amount, cut(currency, 3),
                        record.getBuyerSlug(), year));
            }
        }
        return rows;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    /** Records stored before the reading figures existed get them now, a few at a time. */
    @Override
    public void run(ApplicationArguments args) {
        SystemActor.run(() -> {
            List<String> pending;
            do {
                pending = transactions.execute(status -> {
                    List<String> ocids = new ArrayList<>();
                    for (ProcessRecord record : records.findTop200BySearchTextIsNull()) {
                        record.reindex();
                        index(record, OcdsJson.MAPPER.readTree(record.getCompiledJson()));
                        ocids.add(record.getOcid());
                    }
                    return ocids;
                });
            } while (pending != null && !pending.isEmpty());
        });
    }
}
