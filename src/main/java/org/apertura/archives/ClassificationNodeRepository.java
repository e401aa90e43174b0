package org.apertura.archives;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClassificationNodeRepository extends JpaRepository<ClassificationNode, Long> {

    List<ClassificationNode> findByInstrumentIdOrderByPosition(Long instrumentId);

    Optional<ClassificationNode> findByInstrumentIdAndCode(Long instrumentId, String code);
}
