package org.apertura.challenge;

import org.apertura.platform.web.Labels;

/**
 * Where a challenge stands, from its dates: a draft only its coordinators see (ADR 0061), not yet open, teams registering, receiving submissions (teams
 * may still register while registration is open), the jury judging, results published.
 */
@Labels("challenge.phase")
public enum ChallengePhase {
    DRAFT, UPCOMING, REGISTRATION, SUBMISSIONS, JUDGING, RESULTS
}
