package org.apertura.contracting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface StoredReleaseRepository extends JpaRepository<StoredRelease, Long> {

    Optional<StoredRelease> findByOcidAndReleaseId(String ocid, String releaseId);

    List<StoredRelease> findByOcidOrderByReleaseDateAscIdAsc(String ocid);

    /** Bounds that stand for "no bound" (PostgreSQL cannot type a null timestamp parameter). */
    Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

    /** A page of releases after a cursor (the last id seen), oldest received first, with the filters given. */
    @Query("""
            SELECT r FROM StoredRelease r
            WHERE r.id > :after
              AND r.releaseDate >= :from
              AND r.releaseDate < :to
              AND (:buyer IS NULL OR r.institutionSlug = :buyer)
              AND (:ocid IS NULL OR r.ocid = :ocid)
              AND r.ocdsVersion = :version
            ORDER BY r.id""")
    List<StoredRelease> page(@Param("after") long after, @Param("from") Instant from, @Param("to") Instant to,
            @Param("buyer") String buyer, @Param("ocid") String ocid, @Param("version") String version, Limit limit);

    List<StoredRelease> findByInstitutionSlugOrderByIdDesc(String institutionSlug, Limit limit);

    /** Every release after a cursor (the last id seen), in the order received. */
    List<StoredRelease> findByIdGreaterThanOrderByIdAsc(long after, Limit limit);

    /** What a record package links of each release of these processes: ocid, date, tags, oldest first. */
    @Query("SELECT r.ocid, r.dateText, r.tags FROM StoredRelease r WHERE r.ocid IN :ocids "
            + "ORDER BY r.ocid, r.releaseDate, r.id")
    List<Object[]> links(@Param("ocids") java.util.Collection<String> ocids);

    @Query("SELECT MIN(r.releaseDate), MAX(r.releaseDate) FROM StoredRelease r WHERE r.ocdsVersion = '1.1'")
    List<Object[]> dateRange();
}
