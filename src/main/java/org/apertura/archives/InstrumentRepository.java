package org.apertura.archives;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface InstrumentRepository extends JpaRepository<Instrument, Long> {

    List<Instrument> findByInstitutionSlugOrderByNumberDesc(String institutionSlug);

    Optional<Instrument> findByInstitutionSlugAndNumber(String institutionSlug, int number);

    Optional<Instrument> findByInstitutionSlugAndStatus(String institutionSlug, InstrumentStatus status);

    List<Instrument> findByStatusOrderByInstitutionSlug(InstrumentStatus status);
}
