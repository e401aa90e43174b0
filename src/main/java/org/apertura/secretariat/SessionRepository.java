package org.apertura.secretariat;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of sessions. */
interface SessionRepository extends JpaRepository<BodySession, Long> {

    List<BodySession> findByBodyIdOrderByStartsAtDesc(Long bodyId);

    Optional<BodySession> findByBodyIdAndNumber(Long bodyId, int number);

    long countByBodyId(Long bodyId);

    Optional<BodySession> findFirstByStartsAtLessThanEqualOrderByStartsAtDesc(java.time.Instant at);

    Optional<BodySession> findFirstByStartsAtGreaterThanOrderByStartsAtAsc(java.time.Instant at);

    List<BodySession> findByStartsAtGreaterThanOrderByStartsAtAsc(java.time.Instant at,
            org.springframework.data.domain.Pageable page);
}
