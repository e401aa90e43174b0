package org.apertura.appeal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a recurso de inconformidad's page ({@link InconformityPage}) for a viewer, in one transaction: not a
 * read-only one, as every page query, since what a page reads may be audited.
 */
@Component
public class InconformityPageQuery {

    private final InconformityService service;

    InconformityPageQuery(InconformityService service) {
        this.service = service;
    }

    /** The page of a remedy by folio, for whoever looks, with the request's follow-up key if they gave one. */
    @Transactional
    public InconformityPage of(String folio, String followKey) {
        Inconformity i = service.byFolio(folio);
        return new InconformityPage(i, service.steps(i), service.institutionName(i.getInstitutionSlug()),
                service.institutionName(i.getLocalAuthoritySlug()), service.institutionName(i.getFederalAuthoritySlug()),
                service.actingOn(i, followKey), followKey, service.today());
    }
}
