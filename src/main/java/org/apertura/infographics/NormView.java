package org.apertura.infographics;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A norm as people read it, whether an institution published it or Apertura generated it from a law rule set:
 * its facts, the citizen version shown, its version number, and — for a generated one — the rule set, the
 * jurisdiction and the business calendar its deadlines come from.
 */
public record NormView(String slug, String title, NormType type, String institutionSlug, String institutionName,
        String gazette, LocalDate publishedOn, String officialUrl, String officialFileName, int version,
        int currentVersion, Instant updatedAt, String contentSha256, CitizenVersion citizenVersion, Generated generated) {

    /** Where a generated citizen version comes from: the rule set (code and law), the jurisdiction, the calendar. */
    public record Generated(String ruleSet, String law, String jurisdictionSlug, String jurisdictionName,
            String calendar) {
    }

    public boolean generatedFromRules() {
        return generated != null;
    }

    public boolean isCurrent() {
        return version == currentVersion;
    }

    /** The address of the official text file of this version (when it has one). */
    public String officialFilePath() {
        return isCurrent() ? "/normas/" + slug + "/texto-oficial" : "/normas/" + slug + "/versiones/" + version
                + "/texto-oficial";
    }

    /** The page of this version (generated norms: of their jurisdiction). */
    public String path() {
        if (generated != null) {
            return "/normas/" + slug + "?jurisdiccion=" + generated.jurisdictionSlug();
        }
        return isCurrent() ? "/normas/" + slug : "/normas/" + slug + "/versiones/" + version;
    }
}
