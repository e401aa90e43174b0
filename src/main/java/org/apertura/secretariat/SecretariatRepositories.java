package org.apertura.secretariat;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of bodies. */
interface BodyRepository extends JpaRepository<CollegiateBody, Long> {

    Optional<CollegiateBody> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<CollegiateBody> findAllByOrderByNameAsc();
}

/** Persistence of members. */
interface MemberRepository extends JpaRepository<BodyMember, Long> {

    List<BodyMember> findByBodyIdOrderBySectorAscNameAsc(Long bodyId);
}

/** Persistence of sessions. */
interface SessionRepository extends JpaRepository<BodySession, Long> {

    List<BodySession> findByBodyIdOrderByStartsAtDesc(Long bodyId);

    Optional<BodySession> findByBodyIdAndNumber(Long bodyId, int number);

    long countByBodyId(Long bodyId);
}

/** Persistence of agreements. */
interface AgreementRepository extends JpaRepository<Agreement, Long> {

    List<Agreement> findBySessionIdOrderByNumberAsc(Long sessionId);

    long countBySessionId(Long sessionId);
}
