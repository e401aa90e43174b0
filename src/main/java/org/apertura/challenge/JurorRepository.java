package org.apertura.challenge;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of jury members. */
interface JurorRepository extends JpaRepository<Juror, Long> {

    List<Juror> findByChallengeIdOrderByIdAsc(Long challengeId);

    Optional<Juror> findByChallengeIdAndAccountId(Long challengeId, Long accountId);
}
