package org.apertura.archives;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface GroupSessionRepository extends JpaRepository<GroupSession, Long> {

    List<GroupSession> findByInstitutionSlugOrderByNumberDesc(String institutionSlug);

    Optional<GroupSession> findByInstitutionSlugAndActNumber(String institutionSlug, String actNumber);

    long countByInstitutionSlug(String institutionSlug);
}
