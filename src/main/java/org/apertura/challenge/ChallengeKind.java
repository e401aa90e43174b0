package org.apertura.challenge;

/** What kind of challenge: a hackathon, a contest or a citizen lab. */
public enum ChallengeKind {
    HACKATHON, CONTEST, CITIZEN_LAB
}
