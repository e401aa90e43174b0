package org.apertura.jurisdiction;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apertura.platform.web.InstitutionSection;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds an institution's page ({@link InstitutionPage}) in one transaction, so the institution, its jurisdiction and
 * the guarantor route are read once for the whole page, every module's section included: not a read-only one, as
 * every page query, since what a page reads may be audited.
 */
@Component
public class InstitutionPageQuery {

    private final JurisdictionService service;
    private final List<InstitutionSection> sections;

    InstitutionPageQuery(JurisdictionService service, List<InstitutionSection> sections) {
        this.service = service;
        this.sections = sections.stream().sorted(Comparator.comparingInt(InstitutionSection::order)).toList();
    }

    /** The page of the institution {@code slug}; not found when there is none. */
    @Transactional
    public InstitutionPage of(String slug) {
        Institution institution = service.institution(slug);
        // The authority that would hear an appeal against it filed today (LGTAIP 2025 art. 3 fr. III-V).
        GuarantorRoute route = service.authorityFor(institution, service.today()).orElse(null);
        return new InstitutionPage(institution, route == null ? null : route.authority(),
                route == null ? null : route.basis(),
                sections.stream().map(s -> s.of(slug)).flatMap(Optional::stream).toList());
    }
}
