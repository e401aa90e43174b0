package org.apertura.archives;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface GroupMemberRepository extends JpaRepository<GroupMember, Long> {

    List<GroupMember> findByInstitutionSlugOrderBySinceOnAscIdAsc(String institutionSlug);
}
