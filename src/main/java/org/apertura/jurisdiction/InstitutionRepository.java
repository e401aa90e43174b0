package org.apertura.jurisdiction;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Persistence of institutions. */
interface InstitutionRepository extends JpaRepository<Institution, Long> {

    @Query("select i from Institution i join fetch i.jurisdiction where i.slug = :slug")
    Optional<Institution> findBySlug(String slug);

    boolean existsBySlug(String slug);

    @Query("select i from Institution i join fetch i.jurisdiction j where j = :jurisdiction order by i.branch, i.name")
    List<Institution> findByJurisdiction(Jurisdiction jurisdiction);

    @Query("select i from Institution i join fetch i.jurisdiction j order by j.name, i.branch, i.name")
    List<Institution> findAllOrdered();

    @Query("select i from Institution i join fetch i.jurisdiction where i.guarantorOf = :jurisdictionId order by i.id")
    List<Institution> findByGuarantorOf(Long jurisdictionId);
}
