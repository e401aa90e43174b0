package org.apertura.contracting;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface StoredFlagRepository extends JpaRepository<StoredFlag, Long> {

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("DELETE FROM StoredFlag f")
    void deleteEverything();

    List<StoredFlag> findBySubjectKindAndSubjectIdInOrderByIndicatorAsc(String kind, Collection<String> ids);

    @Query("""
            SELECT f FROM StoredFlag f
            WHERE (:kind IS NULL OR f.subjectKind = :kind)
              AND (:subject IS NULL OR f.subjectId = :subject)
              AND (:buyer IS NULL OR f.buyerSlug = :buyer)
              AND (:indicator IS NULL OR f.indicator = :indicator)
            ORDER BY f.subjectKind, f.subjectId, f.indicator""")
    List<StoredFlag> find(@Param("kind") String kind, @Param("subject") String subject, @Param("buyer") String buyer,
            @Param("indicator") String indicator);

    @Query("SELECT f.indicator, COUNT(f) FROM StoredFlag f WHERE f.subjectKind = 'process' "
            + "AND (:buyer IS NULL OR f.buyerSlug = :buyer) GROUP BY f.indicator ORDER BY f.indicator")
    List<Object[]> processCounts(@Param("buyer") String buyer);
}
