package org.apertura.challenge;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of teams. */
interface TeamRepository extends JpaRepository<Team, Long> {

    List<Team> findByChallengeIdOrderByRegisteredAtAscIdAsc(Long challengeId);

    boolean existsByChallengeIdAndNameKey(Long challengeId, String nameKey);

    Optional<Team> findByChallengeIdAndJoinCode(Long challengeId, String joinCode);
}
