package org.apertura.accessinfo;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** Persistence of requests. */
interface AccessRequestRepository extends JpaRepository<AccessRequest, Long>, JpaSpecificationExecutor<AccessRequest> {

    Optional<AccessRequest> findByFolio(String folio);

    List<AccessRequest> findByFilingIdOrderByFolioAsc(String filingId);

    List<AccessRequest> findByInstitutionId(Long institutionId);

    long countByStage(Stage stage);

    long countByAnsweredOnTimeTrue();

    List<AccessRequest> findTop5ByStageOrderByAnsweredOnDescIdDesc(Stage stage);

    List<AccessRequest> findByInstitutionIdAndStageInOrderByDueDateAscIdAsc(Long institutionId, Collection<Stage> stages);

    List<AccessRequest> findByRequesterAccountIdOrderByFiledAtDesc(Long accountId);

    List<AccessRequest> findByFollowTokenHashOrderByFolioAsc(String followTokenHash);

    List<AccessRequest> findByStage(Stage stage);

    List<AccessRequest> findByStageIn(Collection<Stage> stages);

    /** The rule set codes of some requests, as pairs of id and code, in one statement. */
    @Query("select r.id, r.ruleSet from AccessRequest r where r.id in ?1")
    List<Object[]> ruleSetCodes(Collection<Long> ids);

    /** The folios of the newest requests, newest first. */
    @Query("select r.folio from AccessRequest r order by r.id desc")
    List<String> newestFolios(org.springframework.data.domain.Pageable page);

    /**
     * The open requests counted on a calendar whose running term can include a day in [first, last]: the term
     * started on or before {@code last} and ends on or after {@code first}. Their ids, in order.
     */
    @Query("select r.id from AccessRequest r where r.calendar = ?1 and ("
            + "(r.stage in ?2 and r.answerTermFrom <= ?4 and r.dueDate >= ?3) or "
            + "(r.stage = org.apertura.accessinfo.Stage.CLARIFICATION_REQUESTED and r.clarificationFrom <= ?4 "
            + "and r.clarificationDue >= ?3)) order by r.id")
    List<Long> findAffected(String calendar, Collection<Stage> running, LocalDate first, LocalDate last);

    /**
     * Requests by id, in id order (a chunk of {@link #findAffected}), read only: the persistence context keeps no
     * snapshot of them and never writes them back (the calendar change writes the recomputed columns itself,
     * {@link RecomputedDeadlines}).
     */
    @Query("select r from AccessRequest r where r.id in ?1 order by r.id")
    @org.springframework.data.jpa.repository.QueryHints(@jakarta.persistence.QueryHint(
            name = org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, value = "true"))
    List<AccessRequest> readOnlyByIds(Collection<Long> ids);
}
