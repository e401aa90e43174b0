package org.apertura.deadlines;

import java.time.LocalDate;
import java.util.Map;

/**
 * The terms of one access-to-information law in one version: its code (e.g. {@code LGTAIP-2025}), the law it
 * comes from, the first day of acts it governs, and every {@link Term} with its business days and article.
 * Loaded from {@code resources/jurisdiction/law-rules.tsv}; a jurisdiction may adopt a state variant.
 */
public record RuleSet(String code, String law, String name, LocalDate effectiveFrom, Map<Term, TermRule> terms,
        Map<Provision, String> provisions) {

    public RuleSet {
        terms = Map.copyOf(terms);
        provisions = Map.copyOf(provisions);
        for (Term t : Term.values()) {
            if (!terms.containsKey(t)) {
                throw new IllegalArgumentException("rule set " + code + " has no term " + t);
            }
        }
        for (Provision p : Provision.values()) {
            if (!provisions.containsKey(p)) {
                throw new IllegalArgumentException("rule set " + code + " has no provision " + p);
            }
        }
    }

    public TermRule term(Term term) {
        return terms.get(term);
    }

    /** The article of an act that starts no term, e.g. "art. 133". */
    public String provision(Provision provision) {
        return provisions.get(provision);
    }

    /** The business days of a term and the article that sets them. */
    public record TermRule(int businessDays, String article) {

        public TermRule {
            if (businessDays < 0) {
                throw new IllegalArgumentException("a term cannot be negative");
            }
        }
    }
}
