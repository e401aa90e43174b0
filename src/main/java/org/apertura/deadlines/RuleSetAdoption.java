package org.apertura.deadlines;

import java.time.Instant;
import java.time.LocalDate;

/** A jurisdiction adopted a law rule set for acts from a day on; who recorded it is a public display name. */
public record RuleSetAdoption(String jurisdictionSlug, String jurisdictionName, String ruleSetCode,
        LocalDate effectiveFrom, Instant recordedAt, String recordedBy) {
}
