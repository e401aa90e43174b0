package org.apertura.contracting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apertura.platform.security.SystemActor;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
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

    ProcessIndex(SupplierAwardRepository awards, ProcessRecordRepository records, TransactionTemplate transactions) {
        this.awards = awards;
        this.records = records;
        this.transactions = transactions;
    }

    /** Replaces the process's supplier rows with those its compiled release shows now. */
    void index(ProcessRecord record, JsonNode compiled) {
        awards.deleteByOcid(record.getOcid());
        awards.saveAll(supplierAwards(record, compiled));
    }

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
