package org.apertura.contracting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SupplierAwardRepository extends JpaRepository<SupplierAward, Long> {

    @Modifying(flushAutomatically = true)
    @Query("DELETE FROM SupplierAward a WHERE a.ocid = :ocid")
    void deleteByOcid(@Param("ocid") String ocid);

    List<SupplierAward> findByOcidOrderByIdAsc(String ocid);

    List<SupplierAward> findBySupplierKeyOrderByAwardYearDescOcidAsc(String supplierKey);

    /** The name a supplier goes by most recently (any of its rows). */
    List<SupplierAward> findTop1BySupplierKeyOrderByIdDesc(String supplierKey);

    /** Suppliers by the amount awarded to them in MXN (awards not cancelled nor unsuccessful), largest first. */
    @Query("""
            SELECT a.supplierKey, MAX(a.supplierName), COUNT(DISTINCT a.ocid),
                   SUM(CASE WHEN a.currency = 'MXN' THEN a.amount ELSE 0 END)
            FROM SupplierAward a
            WHERE (:buyer IS NULL OR a.buyerSlug = :buyer)
              AND (a.awardStatus IS NULL OR a.awardStatus NOT IN ('cancelled', 'unsuccessful'))
            GROUP BY a.supplierKey
            ORDER BY SUM(CASE WHEN a.currency = 'MXN' THEN a.amount ELSE 0 END) DESC, a.supplierKey""")
    List<Object[]> topSuppliers(@Param("buyer") String buyer, org.springframework.data.domain.Limit limit);

    /** A supplier's awards per buyer and year: processes and amount in MXN. */
    @Query("""
            SELECT a.buyerSlug, a.awardYear, COUNT(DISTINCT a.ocid),
                   SUM(CASE WHEN a.currency = 'MXN' THEN a.amount ELSE 0 END)
            FROM SupplierAward a
            WHERE a.supplierKey = :key
              AND (a.awardStatus IS NULL OR a.awardStatus NOT IN ('cancelled', 'unsuccessful'))
            GROUP BY a.buyerSlug, a.awardYear
            ORDER BY a.awardYear DESC, a.buyerSlug""")
    List<Object[]> supplierTotals(@Param("key") String key);

    /** Every supplier, by name: key, name, processes and amount in MXN. */
    @Query("""
            SELECT a.supplierKey, MAX(a.supplierName), COUNT(DISTINCT a.ocid),
                   SUM(CASE WHEN a.currency = 'MXN' THEN a.amount ELSE 0 END)
            FROM SupplierAward a
            WHERE (a.awardStatus IS NULL OR a.awardStatus NOT IN ('cancelled', 'unsuccessful'))
            GROUP BY a.supplierKey
            ORDER BY MAX(a.supplierName), a.supplierKey""")
    List<Object[]> allSuppliers();

    /** The keys alone of the suppliers the list shows, the latest awarded first (the sitemap). */
    @Query("""
            SELECT a.supplierKey FROM SupplierAward a
            WHERE (a.awardStatus IS NULL OR a.awardStatus NOT IN ('cancelled', 'unsuccessful'))
            GROUP BY a.supplierKey
            ORDER BY MAX(a.id) DESC, a.supplierKey""")
    List<String> supplierKeysLatestFirst(org.springframework.data.domain.Limit limit);
}
