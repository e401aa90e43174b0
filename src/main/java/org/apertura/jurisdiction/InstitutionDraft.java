package org.apertura.jurisdiction;

import static org.apertura.jurisdiction.JurisdictionDraft.blankToNull;

/** What a person or a client proposes for an institution; see {@link JurisdictionDraft} for the version. */
public record InstitutionDraft(String slug, String name, String acronym, String jurisdictionSlug, Branch branch,
        Boolean guarantor, String website, Long expectedVersion) {

    public InstitutionDraft {
        slug = blankToNull(slug);
        name = blankToNull(name);
        acronym = blankToNull(acronym);
        jurisdictionSlug = blankToNull(jurisdictionSlug);
        website = blankToNull(website);
        guarantor = Boolean.TRUE.equals(guarantor);
    }
}
