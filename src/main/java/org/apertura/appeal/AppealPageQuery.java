package org.apertura.appeal;

import org.apertura.deadlines.Deadlines;
import org.apertura.deadlines.Term;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds an appeal's page ({@link AppealPage}) for a viewer, in one transaction: not a read-only one, as every page
 * query, since what a page reads may be audited.
 */
@Component
public class AppealPageQuery {

    private final AppealService service;
    private final InconformityService inconformities;

    AppealPageQuery(AppealService service, InconformityService inconformities) {
        this.service = service;
        this.inconformities = inconformities;
    }

    /** The page of an appeal by folio, for whoever looks, with the request's follow-up key if they gave one. */
    @Transactional
    public AppealPage of(String folio, String followKey) {
        Appeal appeal = service.byFolio(folio);
        Deadlines d = service.deadlinesOf(appeal);
        AppealService.Acting acting = service.actingOn(appeal, followKey);
        return new AppealPage(appeal, service.steps(appeal), service.institutionName(appeal.getInstitutionSlug()),
                service.institutionName(appeal.getGuarantorSlug()), acting, followKey,
                d.days(Term.COMPLIANCE_EXTENSION_REQUEST), d.days(Term.APPEAL_CLARIFICATION_REPLY),
                d.days(Term.APPEAL_RESOLUTION_EXTENSION), d.days(Term.COMPLIANCE), service.today(),
                service.measures(appeal), inconformities.panel(folio, acting.appellant()));
    }
}
