package org.apertura.contracting;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.Texts;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/**
 * A search of the stored processes: words (all of them, in the title, descriptions, items, buyer or suppliers;
 * accents and case ignored), buyer institution, supplier key, procurement method, tender status, stage, amount
 * range (MXN, the amount a process is counted by), dates (the process's date, inclusive) and "has red flags".
 * Blank filters select everything; newest processes first.
 */
public record ProcessSearch(String text, String buyer, String supplier, String method, String status, String stage,
        BigDecimal minAmount, BigDecimal maxAmount, LocalDate from, LocalDate to, boolean flagged, int page,
        int size) {

    /** The OCDS procurement methods (codelist method.csv). */
    public static final List<String> METHODS = List.of("open", "selective", "limited", "direct");
    /** The OCDS tender statuses (codelist tenderStatus.csv). */
    public static final List<String> STATUSES = List.of("planning", "planned", "active", "cancelled", "unsuccessful",
            "complete", "withdrawn");
    public static final int PAGE_SIZE = 20;
    private static final Set<String> METHOD_SET = Set.copyOf(METHODS);
    private static final Set<String> STATUS_SET = Set.copyOf(STATUSES);

    /** Whether a value is a procurement method the search knows (blank: none asked). */
    public static boolean isMethod(String value) {
        return value == null || value.isBlank() || METHOD_SET.contains(value.strip());
    }

    public static boolean isStatus(String value) {
        return value == null || value.isBlank() || STATUS_SET.contains(value.strip());
    }

    public static boolean isStage(String value) {
        return value == null || value.isBlank() || ProcessStage.ofCode(value.strip()) != null;
    }

    /**
     * The filters as a person typed them or a program sent them, read by one set of rules for the page and the API
     * alike: amounts as Mexico writes them ({@code 1,000,000}, {@code $250,000.50}; {@code 1.234,50} refused, as the
     * publishing forms do, {@link InputFields}), dates as a date field sends them or as Mexico writes them
     * ({@code 2025-03-15}, {@code 15/03/2025}), methods, statuses and stages by their OCDS codes. The names are the
     * API's; the page maps its own to them.
     */
    public record Typed(String q, String buyer, String supplier, String method, String status, String stage,
            String minAmount, String maxAmount, String from, String to, boolean flagged) {

        /**
         * The search asked for. A value that cannot be read is left out of it and added to {@code problems} (field:
         * the API's parameter name), with the words that say why: the API refuses it, the page shows it beside the
         * list it shows without that filter.
         */
        public ProcessSearch search(int page, int size, List<FieldProblem> problems) {
            InputFields fields = new InputFields();
            String knownMethod = code(method, isMethod(method), "method", fields);
            String knownStatus = code(status, isStatus(status), "status", fields);
            String knownStage = code(stage, isStage(stage), "stage", fields);
            BigDecimal min = fields.amount("minAmount", minAmount, false);
            BigDecimal max = fields.amount("maxAmount", maxAmount, false);
            LocalDate start = fields.date("from", from, false);
            LocalDate end = fields.date("to", to, false);
            problems.addAll(fields.problems());
            return new ProcessSearch(q, Texts.blankToNull(buyer), Texts.blankToNull(supplier), knownMethod, knownStatus,
                    knownStage, min, max, start, end, flagged, page, size);
        }

        private static String code(String value, boolean known, String field, InputFields fields) {
            if (!known) {
                fields.problem(field, "contracting.api." + field);
                return null;
            }
            return Texts.blankToNull(value);
        }
    }

    Pageable pageable() {
        return PageRequest.of(page, size, Sort.by(Sort.Order.desc("processDate").nullsLast(), Sort.Order.asc("ocid")));
    }

    Specification<ProcessRecord> specification() {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            for (String word : ProcessFacts.normalise(text).split("[\\s%_\\\\]+")) {
                if (!word.isBlank()) {
                    where.add(cb.like(root.get("searchText"), "%" + word + "%"));
                }
            }
            if (present(buyer)) {
                where.add(cb.equal(root.get("buyerSlug"), buyer.strip()));
            }
            if (present(supplier)) {
                Subquery<String> awarded = query.subquery(String.class);
                var award = awarded.from(SupplierAward.class);
                awarded.select(award.get("ocid")).where(cb.equal(award.get("supplierKey"), supplier.strip()));
                where.add(root.get("ocid").in(awarded));
            }
            if (present(method)) {
                where.add(cb.equal(root.get("procurementMethod"), method.strip()));
            }
            if (present(status)) {
                where.add(cb.equal(root.get("tenderStatus"), status.strip()));
            }
            if (present(stage)) {
                where.add(cb.equal(root.get("stage"), stage.strip()));
            }
            if (minAmount != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("amount"), minAmount));
            }
            if (maxAmount != null) {
                where.add(cb.lessThanOrEqualTo(root.get("amount"), maxAmount));
            }
            if (from != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("processDate"),
                        from.atStartOfDay(ProcessFacts.ZONE).toInstant()));
            }
            if (to != null) {
                where.add(cb.lessThan(root.get("processDate"),
                        to.plusDays(1).atStartOfDay(ProcessFacts.ZONE).toInstant()));
            }
            if (flagged) {
                where.add(cb.greaterThan(root.get("flagCount"), 0));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
