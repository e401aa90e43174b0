package org.apertura.contracting;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
