package org.apertura.appeal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Persistence of appeals. */
interface AppealRepository extends JpaRepository<Appeal, Long> {

    Optional<Appeal> findByFolio(String folio);

    /** The folios of the newest appeals, newest first. */
    @Query("select a.folio from Appeal a order by a.id desc")
    List<String> newestFolios(Pageable page);

    List<Appeal> findByRequestIdOrderByIdAsc(Long requestId);

    List<Appeal> findByRequestFolioInOrderByIdAsc(Collection<String> requestFolios);

    List<Appeal> findByExtensionWindowPendingTrue();

    /** The appeals of some guarantors at some stages, with their causes, in one statement (a work queue). */
    @Query("select distinct a from Appeal a left join fetch a.causes where a.guarantorSlug in ?1 and a.stage in ?2")
    List<Appeal> findWithCausesByGuarantorSlugInAndStageIn(Collection<String> guarantors,
            Collection<AppealStage> stages);

    List<Appeal> findByStageIn(Collection<AppealStage> stages);

    /** How many appeals each request has in each stage and resolution (for the requests' figures). */
    @Query("select a.requestId as requestId, a.stage as stage, a.resolution as resolution, count(a) as count "
            + "from Appeal a group by a.requestId, a.stage, a.resolution")
    List<AppealCount> countByRequestStageAndResolution();

    /** A row of {@link #countByRequestStageAndResolution()}. */
    interface AppealCount {
        Long getRequestId();

        AppealStage getStage();

        AppealResolution getResolution();

        long getCount();
    }

    @Query("select a from Appeal a where (?1 is null or a.guarantorSlug = ?1) and (?2 is null or a.stage = ?2)"
            + " and (?3 is null or a.resolution = ?3) order by a.filedAt desc, a.id desc")
    Page<Appeal> search(String guarantorSlug, AppealStage stage, AppealResolution resolution, Pageable page);

    /**
     * The open appeals whose running deadlines can include a day in [first, last]: a term of the stage started on
     * or before {@code last} (bounded below by the act that opened the stage) and ends on or after {@code first}. A
     * superset is fine: the service keeps those counted on the changed calendar (their authority's), and the appeal
     * says what moved.
     */
    @Query("select a from Appeal a where "
            + "(a.stage = org.apertura.appeal.AppealStage.CLARIFICATION_REQUESTED and ("
            + "(a.clarificationTerm.termFrom <= ?2 and a.clarificationTerm.dueDate >= ?1)"
            + " or (a.admittedOn <= ?2 and a.allegationsDue >= ?1))) or "
            + "(a.stage = org.apertura.appeal.AppealStage.ADMITTED and a.admittedOn <= ?2"
            + " and (a.resolutionTerm.dueDate >= ?1 or a.allegationsDue >= ?1)) or "
            + "(a.stage = org.apertura.appeal.AppealStage.COMPLIANCE_PENDING and a.resolvedOn <= ?2"
            + " and a.complianceTerm.dueDate >= ?1) or "
            + "(a.stage = org.apertura.appeal.AppealStage.COMPLIANCE_REPORTED and a.complianceReportedOn <= ?2"
            + " and a.verificationTerm.dueDate >= ?1) or "
            + "(a.stage = org.apertura.appeal.AppealStage.NOT_COMPLIED and a.verifiedOn <= ?2"
            + " and a.superiorTerm.dueDate >= ?1) order by a.id")
    List<Appeal> findAffected(LocalDate first, LocalDate last);
}
