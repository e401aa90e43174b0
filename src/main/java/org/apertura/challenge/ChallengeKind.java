package org.apertura.challenge;

import org.apertura.platform.web.Labels;

/** What kind of challenge: a hackathon, a contest or a citizen lab. */
@Labels("challenge.kind")
public enum ChallengeKind {
    HACKATHON, CONTEST, CITIZEN_LAB
}
