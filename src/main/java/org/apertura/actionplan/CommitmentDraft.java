package org.apertura.actionplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What is proposed for a commitment; shared by forms and the API. */
public record CommitmentDraft(String code, String title, String summary, String problem, String causes,
        String baseline, String objective, String description, String expectedResults, Set<Theme> themes,
        Map<OgpValue, String> values, String leadInstitutionSlug, List<CoResponsible> actors, String contact,
        BigDecimal budgetAmount, String budgetProgramme, LocalDate startDate, LocalDate endDate) {
}
