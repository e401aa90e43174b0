package org.apertura.secretariat;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of sessions. */
interface SessionRepository extends JpaRepository<BodySession, Long> {

    List<BodySession> findByBodyIdOrderByStartsAtDesc(Long bodyId);

    Optional<BodySession> findByBodyIdAndNumber(Long bodyId, int number);

    long countByBodyId(Long bodyId);
}
