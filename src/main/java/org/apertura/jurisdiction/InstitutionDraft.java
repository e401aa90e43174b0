package org.apertura.jurisdiction;

import org.apertura.platform.Texts;

/** What a person or a client proposes for an institution; see {@link JurisdictionDraft} for the version. */
public record InstitutionDraft(String slug, String name, String acronym, String jurisdictionSlug, Branch branch,
        Boolean guarantor, String website, Long expectedVersion) {

    public InstitutionDraft {
        slug = Texts.blankToNull(slug);
        name = Texts.blankToNull(name);
        acronym = Texts.blankToNull(acronym);
        jurisdictionSlug = Texts.blankToNull(jurisdictionSlug);
        website = Texts.blankToNull(website);
        guarantor = Boolean.TRUE.equals(guarantor);
    }
}
