package org.apertura.infographics;

import java.time.LocalDate;

/**
 * What an editor writes to publish a norm or a new version of it: the slug (its address, only when creating), the
 * issuing institution, type, title, publication (gazette and date), a link to the official text, the citizen version
 * and, for a new version, what changed.
 */
public record NormDraft(String slug, String institution, NormType type, String title, String gazette,
        LocalDate publishedOn, String officialUrl, CitizenVersion citizenVersion, String changeNote) {
}
