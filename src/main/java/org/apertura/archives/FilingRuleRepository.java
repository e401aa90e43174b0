package org.apertura.archives;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FilingRuleRepository extends JpaRepository<FilingRule, Long> {

    List<FilingRule> findByKind(RecordKind kind);

    List<FilingRule> findByInstitutionSlugOrderByKind(String institutionSlug);
}
