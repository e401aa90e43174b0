package org.apertura.jurisdiction;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Persistence of jurisdictions. */
interface JurisdictionRepository extends JpaRepository<Jurisdiction, Long> {

    @Query("select j from Jurisdiction j left join fetch j.parent where j.slug = :slug")
    Optional<Jurisdiction> findBySlug(String slug);

    boolean existsBySlug(String slug);

    @Query("select j from Jurisdiction j left join fetch j.parent order by j.name")
    List<Jurisdiction> findAllOrdered();

    @Query("select j from Jurisdiction j join fetch j.parent p where p = :parent order by j.name")
    List<Jurisdiction> findByParentOrderByName(Jurisdiction parent);

    long countByLevel(JurisdictionLevel level);
}
