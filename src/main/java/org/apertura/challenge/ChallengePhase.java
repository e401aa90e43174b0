package org.apertura.challenge;

import org.apertura.platform.web.Labels;

/**
 * Where a challenge stands, from its dates: not yet open, teams registering, receiving submissions (teams
 * may still register while registration is open), the jury judging, results published.
 */
@Labels("challenge.phase")
public enum ChallengePhase {
    UPCOMING, REGISTRATION, SUBMISSIONS, JUDGING, RESULTS
}
