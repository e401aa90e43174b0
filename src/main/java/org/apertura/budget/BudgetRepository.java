package org.apertura.budget;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface BudgetRepository extends JpaRepository<Budget, Long> {

    Optional<Budget> findByInstitutionSlugAndFiscalYear(String institutionSlug, int fiscalYear);

    List<Budget> findAllByOrderByInstitutionSlugAscFiscalYearDesc();

    List<Budget> findByInstitutionSlugOrderByFiscalYearDesc(String institutionSlug);
}
