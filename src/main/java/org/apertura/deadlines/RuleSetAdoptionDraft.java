package org.apertura.deadlines;

/** A jurisdiction adopts a shipped rule set ({@code ruleSetCode}) for acts from {@code effectiveFrom} (YYYY-MM-DD). */
public record RuleSetAdoptionDraft(String jurisdictionSlug, String ruleSetCode, String effectiveFrom) {
}
