package org.apertura.jurisdiction;

/**
 * What a person or a client proposes for a jurisdiction. {@code expectedVersion}, when given, must match
 * the stored version (someone else's edit in between is refused, not overwritten).
 */
public record JurisdictionDraft(String slug, String name, JurisdictionLevel level, String parentSlug,
        String inegiCode, String description, Long expectedVersion) {

    public JurisdictionDraft {
        slug = blankToNull(slug);
        name = blankToNull(name);
        parentSlug = blankToNull(parentSlug);
        inegiCode = blankToNull(inegiCode);
        description = blankToNull(description);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
