package org.apertura.archives;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PadaActivityRepository extends JpaRepository<PadaActivity, Long> {

    List<PadaActivity> findByPadaIdOrderByPosition(Long padaId);
}
