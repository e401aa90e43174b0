package org.apertura.secretariat;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of agreements. */
interface AgreementRepository extends JpaRepository<Agreement, Long> {

    List<Agreement> findBySessionIdOrderByNumberAsc(Long sessionId);

    long countBySessionId(Long sessionId);
}
