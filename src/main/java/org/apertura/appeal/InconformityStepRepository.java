package org.apertura.appeal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of the public steps of recursos de inconformidad. */
interface InconformityStepRepository extends JpaRepository<InconformityStep, Long> {

    List<InconformityStep> findByInconformityIdOrderByIdAsc(Long inconformityId);
}
