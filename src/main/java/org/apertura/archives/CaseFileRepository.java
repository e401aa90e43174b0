package org.apertura.archives;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CaseFileRepository extends JpaRepository<CaseFile, Long> {

    Optional<CaseFile> findByIdAndInstitutionSlug(Long id, String institutionSlug);

    Optional<CaseFile> findByInstitutionSlugAndAutoKey(String institutionSlug, String autoKey);

    List<CaseFile> findByAutoKey(String autoKey);

    /** Which of these automatic keys name a file (of any institution). */
    @Query("SELECT DISTINCT f.autoKey FROM CaseFile f WHERE f.autoKey IN ?1")
    List<String> autoKeysIn(java.util.Collection<String> autoKeys);

    /** The automatic keys of the files opened for a request or an appeal (of any institution), the first few. */
    @Query("SELECT DISTINCT f.autoKey FROM CaseFile f WHERE f.autoKey LIKE 'access_request:%' "
            + "OR f.autoKey LIKE 'appeal:%' ORDER BY f.autoKey")
    List<String> accessAutoKeys(Pageable first);

    List<CaseFile> findByInstitutionSlugOrderByIdDesc(String institutionSlug, Pageable page);

    long countByInstitutionSlug(String institutionSlug);

    List<CaseFile> findByInstitutionSlugAndClassificationOrderByReference(String institutionSlug,
            Classification classification);

    @Query("SELECT COUNT(f) FROM CaseFile f WHERE f.institutionSlug = ?1 AND f.reference LIKE ?2")
    long countReferences(String institutionSlug, String prefix);

    /** Files in a stage whose vigencia in trámite has ended by a day (primary transfer due), oldest first. */
    List<CaseFile> findByInstitutionSlugAndStageAndTransferDueOnLessThanEqualOrderByTransferDueOnAscIdAsc(
            String institutionSlug, Stage stage, LocalDate on, Pageable page);

    /** Files in a stage whose vigencias have both ended by a day (destino final due), oldest first. */
    List<CaseFile> findByInstitutionSlugAndStageAndDisposalDueOnLessThanEqualOrderByDisposalDueOnAscIdAsc(
            String institutionSlug, Stage stage, LocalDate on, Pageable page);
}
