package org.apertura.infographics;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface NormVersionRepository extends JpaRepository<NormVersion, Long> {

    Optional<NormVersion> findByNormIdAndNumber(Long normId, int number);

    List<NormVersion> findByNormIdOrderByNumberDesc(Long normId);
}
