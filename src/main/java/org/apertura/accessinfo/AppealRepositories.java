package org.apertura.accessinfo;

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

    List<Appeal> findByRequestIdOrderByIdAsc(Long requestId);

    List<Appeal> findByGuarantorJurisdictionSlugInAndStageIn(Collection<String> guarantors,
            Collection<AppealStage> stages);

    List<Appeal> findByGuarantorSlugAndStageIn(String guarantorSlug, Collection<AppealStage> stages);

    @Query("select a from Appeal a where (?1 is null or a.guarantorSlug = ?1) and (?2 is null or a.stage = ?2)"
            + " and (?3 is null or a.resolution = ?3) order by a.filedAt desc, a.id desc")
    Page<Appeal> search(String guarantorSlug, AppealStage stage, AppealResolution resolution, Pageable page);
}

/** Persistence of the public steps of appeals. */
interface AppealStepRepository extends JpaRepository<AppealStep, Long> {

    List<AppealStep> findByAppealIdOrderByIdAsc(Long appealId);
}
