package org.apertura.archives.web;

import java.util.Map;
import org.apertura.jurisdiction.JurisdictionService;

/** The institution whose lists fill the example addresses of the archives' lists per institution. */
final class ArchivesExamples {

    private ArchivesExamples() {
    }

    /** The first institution of the directory (every institution's index answers, empty or not); none: an empty map. */
    static Map<String, String> anInstitution(JurisdictionService directory) {
        return directory.allInstitutions().stream().findFirst()
                .map(i -> Map.of("institucion", i.getSlug())).orElse(Map.of());
    }
}
