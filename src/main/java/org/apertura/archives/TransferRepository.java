package org.apertura.archives;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TransferRepository extends JpaRepository<Transfer, Long> {

    Optional<Transfer> findByInstitutionSlugAndKindAndNumber(String institutionSlug, TransferKind kind, int number);

    List<Transfer> findByInstitutionSlugOrderByIdDesc(String institutionSlug);

    long countByInstitutionSlugAndKind(String institutionSlug, TransferKind kind);
}
