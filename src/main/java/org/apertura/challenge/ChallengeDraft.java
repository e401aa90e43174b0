package org.apertura.challenge;

import java.time.LocalDate;

/** The public description and schedule of a challenge, shared by the form and the demo. */
public record ChallengeDraft(String title, String slug, ChallengeKind kind, String summary, String rules,
        String prizes, String datasets, LocalDate registrationOpens, LocalDate registrationCloses,
        LocalDate submissionsOpen, LocalDate submissionsClose, LocalDate resultsOn) {
}
