package org.apertura.challenge;

/**
 * Where a challenge stands, from its dates: not yet open, teams registering, receiving submissions (teams
 * may still register while registration is open), the jury judging, results published.
 */
public enum ChallengePhase {
    UPCOMING, REGISTRATION, SUBMISSIONS, JUDGING, RESULTS
}
