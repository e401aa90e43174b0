package org.apertura.national;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface NationalMemberRepository extends JpaRepository<NationalMember, Long> {

    List<NationalMember> findAllByOrderByStateCodeAscNameAsc();

    boolean existsByBaseUrl(String baseUrl);
}
