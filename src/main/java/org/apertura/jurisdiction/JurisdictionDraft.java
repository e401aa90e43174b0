package org.apertura.jurisdiction;

import org.apertura.platform.Texts;
/**
 * What a person or a client proposes for a jurisdiction. {@code expectedVersion}, when given, must match
 * the stored version (someone else's edit in between is refused, not overwritten).
 */
public record JurisdictionDraft(String slug, String name, JurisdictionLevel level, String parentSlug,
        String inegiCode, String description, Long expectedVersion) {

    public JurisdictionDraft {
        slug = Texts.blankToNull(slug);
        name = Texts.blankToNull(name);
        parentSlug = Texts.blankToNull(parentSlug);
        inegiCode = Texts.blankToNull(inegiCode);
        description = Texts.blankToNull(description);
    }

}
