package org.apertura.appeal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Persistence of recursos de inconformidad. */
interface InconformityRepository extends JpaRepository<Inconformity, Long> {

    Optional<Inconformity> findByFolio(String folio);

    List<Inconformity> findByAppealIdOrderByIdAsc(Long appealId);

    List<Inconformity> findByRequestIdOrderByIdAsc(Long requestId);

    List<Inconformity> findByRequestFolioInOrderByIdAsc(Collection<String> requestFolios);

    List<Inconformity> findByStageIn(Collection<InconformityStage> stages);

    List<Inconformity> findByFederalAuthoritySlugInAndStageIn(Collection<String> authorities,
            Collection<InconformityStage> stages);

    long countByFolioStartingWith(String prefix);

    @Query("select i.folio from Inconformity i order by i.id desc")
    List<String> newestFolios(Pageable page);

    @Query("select i from Inconformity i where (?1 is null or i.stage = ?1) and (?2 is null or i.resolution = ?2)"
            + " order by i.filedAt desc, i.id desc")
    Page<Inconformity> search(InconformityStage stage, InconformityResolution resolution, Pageable page);
}
