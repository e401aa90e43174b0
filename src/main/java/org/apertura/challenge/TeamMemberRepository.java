package org.apertura.challenge;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of team members. */
interface TeamMemberRepository extends JpaRepository<TeamMember, TeamMember.Key> {

    List<TeamMember> findByChallengeIdOrderByJoinedAtAsc(Long challengeId);

    Optional<TeamMember> findByChallengeIdAndAccountId(Long challengeId, Long accountId);
}
