package org.apertura.secretariat;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of members. */
interface MemberRepository extends JpaRepository<BodyMember, Long> {

    List<BodyMember> findByBodyIdOrderBySectorAscNameAsc(Long bodyId);
}
