package org.apertura.contracting;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProcessRecordRepository extends JpaRepository<ProcessRecord, String>,
        JpaSpecificationExecutor<ProcessRecord> {

    List<ProcessRecord> findTop200BySearchTextIsNull();

    /** Records after an ocid, in ocid order: every record, a batch at a time. */
    List<ProcessRecord> findByOcidGreaterThanOrderByOcidAsc(String after, Limit limit);

    @Query("SELECT MAX(r.updatedAt) FROM ProcessRecord r")
    Instant lastUpdate();

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("UPDATE ProcessRecord r SET r.flagCount = 0 WHERE r.flagCount <> 0")
    void clearFlagCounts();

    /** The ocids alone, the newest processes first: the sitemap lists every process without loading one. */
    @Query("SELECT r.ocid FROM ProcessRecord r ORDER BY r.processDate DESC NULLS LAST, r.ocid")
    List<String> ocidsNewestFirst(Limit limit);

    @Query("SELECT DISTINCT r.buyerSlug FROM ProcessRecord r")
    List<String> buyerSlugs();

    /** Per procurement method: processes and the amount they are counted by (MXN). */
    @Query("""
            SELECT r.procurementMethod, COUNT(r), SUM(r.amount) FROM ProcessRecord r
            WHERE (:buyer IS NULL OR r.buyerSlug = :buyer)
            GROUP BY r.procurementMethod""")
    List<Object[]> byMethod(@Param("buyer") String buyer);

    /** Per year and procurement method: processes and the amount they are counted by (MXN). */
    @Query("""
            SELECT r.processYear, r.procurementMethod, COUNT(r), SUM(r.amount) FROM ProcessRecord r
            WHERE (:buyer IS NULL OR r.buyerSlug = :buyer)
            GROUP BY r.processYear, r.procurementMethod""")
    List<Object[]> byYearAndMethod(@Param("buyer") String buyer);

    /** Per buyer: processes and the amount they are counted by (MXN). */
    @Query("SELECT r.buyerSlug, COUNT(r), SUM(r.amount) FROM ProcessRecord r GROUP BY r.buyerSlug")
    List<Object[]> byBuyer();

    List<ProcessRecord> findByBuyerSlugOrderByUpdatedAtDesc(String buyerSlug);

    List<ProcessRecord> findByBuyerSlugOrderByUpdatedAtDescOcidAsc(String buyerSlug, Limit limit);

    /**
     * A page of the buyer's processes, the latest changed first; with a pattern ({@code LIKE}, escaped with
     * {@code \}), only those whose ocid (lower case) or searchable words (title and more, without accents) match.
     */
    @Query("""
            SELECT r FROM ProcessRecord r
            WHERE r.buyerSlug = :buyer
              AND (:ocid = '' OR LOWER(r.ocid) LIKE :ocid ESCAPE '\\' OR r.searchText LIKE :words ESCAPE '\\')
            ORDER BY r.updatedAt DESC, r.ocid""")
    org.springframework.data.domain.Page<ProcessRecord> desk(@Param("buyer") String buyer, @Param("ocid") String ocid,
            @Param("words") String words, org.springframework.data.domain.Pageable page);
}
