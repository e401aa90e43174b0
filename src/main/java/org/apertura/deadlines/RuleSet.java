package org.apertura.deadlines;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apertura.platform.FieldProblem;

/**
 * The terms of one access-to-information law in one version: its code (e.g. {@code LGTAIP-2025}), the law it
 * comes from, the first day of acts it governs, every {@link Term} with its business days and article, the
 * articles of acts that start no term, its {@link Limit}s (how many reserve grounds, the longest first reserve, how
 * many general appeal causes) and the appeal causes a state law adds. Loaded from
 * {@code resources/jurisdiction/law-rules.tsv}; a jurisdiction may adopt a state law's set from a day on.
 */
public record RuleSet(String code, String law, String name, LocalDate effectiveFrom, Map<Term, TermRule> terms,
        Map<Provision, String> provisions, Map<Limit, TermRule> limits, List<Cause> extraCauses) {

    /** Terms a law may leave out: a state law's admission term (the general law sets none). */
    public static final java.util.Set<Term> OPTIONAL = java.util.EnumSet.of(Term.APPEAL_ADMISSION);

    public RuleSet {
        terms = Map.copyOf(terms);
        provisions = Map.copyOf(provisions);
        limits = Map.copyOf(limits);
        extraCauses = List.copyOf(extraCauses);
        for (Term t : Term.values()) {
            if (!terms.containsKey(t) && !OPTIONAL.contains(t)) {
                throw new IllegalArgumentException("rule set " + code + " has no term " + t);
            }
        }
        for (Provision p : Provision.values()) {
            if (!provisions.containsKey(p)) {
                throw new IllegalArgumentException("rule set " + code + " has no provision " + p);
            }
        }
        for (Limit l : Limit.values()) {
            if (!limits.containsKey(l)) {
                throw new IllegalArgumentException("rule set " + code + " has no limit " + l);
            }
        }
    }

    public TermRule term(Term term) {
        return terms.get(term);
    }

    /** Whether this law sets the term (every term but the {@link #OPTIONAL} ones always is). */
    public boolean sets(Term term) {
        return terms.containsKey(term);
    }

    /** The article of an act that starts no term, e.g. "art. 133". */
    public String provision(Provision provision) {
        return provisions.get(provision);
    }

    /** A number the law sets that is not a term: its value and article. */
    public TermRule limit(Limit limit) {
        return limits.get(limit);
    }

    /** The article of a limit by its name (for pages), e.g. "art. 112" for {@code RESERVE_GROUNDS}. */
    public String limitArticle(String limit) {
        return limits.get(Limit.valueOf(limit)).article();
    }

    /** How many fractions the reserve article has (2025: art. 112 fr. I–XVII; 2015: art. 113 fr. I–XIII). */
    public int reserveGrounds() {
        return limits.get(Limit.RESERVE_GROUNDS).businessDays();
    }

    /** The most years a reserve may last at first (2025: art. 104 ¶2; 2015: art. 101 ¶2). */
    public int maxReserveYears() {
        return limits.get(Limit.RESERVE_YEARS).businessDays();
    }

    /** The general causes of appeal and the ones this law adds, in the law's order (fraction I first). */
    public int appealCauses() {
        return limits.get(Limit.APPEAL_CAUSES).businessDays() + extraCauses.size();
    }

    /** Whether this set is a version of the general law (LGTAIP), not a state's own law. */
    public boolean generalLaw() {
        return code.startsWith(LawRules.GENERAL_LAW);
    }

    /** The days of a term, or fewer when the law gives it "up to" a maximum and one act sets it shorter. */
    public int days(Term term, Integer chosen) {
        return term(term).shortened(chosen).orElseThrow(() -> new IllegalArgumentException(
                "term " + term + " cannot be set to " + chosen + " in " + code));
    }

    /**
     * Why {@code chosen} days cannot be set for a term, or empty when they can: none chosen (the law's days), or
     * a term the law gives "up to" a maximum, set from 1 to that maximum. Never longer than the law, and a term
     * the law fixes cannot be shortened. The problem names the field and cites the law and article.
     */
    public Optional<FieldProblem> refusal(Term term, Integer chosen, String field) {
        TermRule rule = term(term);
        if (chosen == null || rule.shortened(chosen).isPresent()) {
            return Optional.empty();
        }
        if (!rule.upTo()) {
            return Optional.of(new FieldProblem(field, "lawrules.error.fixedTerm", rule.businessDays(),
                    law + " " + rule.article()));
        }
        return Optional.of(new FieldProblem(field, "lawrules.error.upTo", rule.businessDays(),
                law + " " + rule.article()));
    }

    /** The business days of a term and the article that sets them; {@code upTo}: the law's days are a maximum. */
    public record TermRule(int businessDays, String article, boolean upTo) {

        public TermRule {
            if (businessDays < 0) {
                throw new IllegalArgumentException("a term cannot be negative");
            }
        }

        public TermRule(int businessDays, String article) {
            this(businessDays, article, false);
        }

        /**
         * The days of this term for one act: the law's when none is chosen; the chosen ones when the law gives
         * the term "up to" its days and they are 1 to that maximum; otherwise empty (refused).
         */
        public Optional<Integer> shortened(Integer chosen) {
            if (chosen == null || chosen == businessDays) {
                return Optional.of(businessDays);
            }
            return upTo && chosen >= 1 && chosen < businessDays ? Optional.of(chosen) : Optional.empty();
        }
    }

    /** A number a law sets that is not a term. */
    public enum Limit {
        /** How many fractions the article of reserve grounds has. */
        RESERVE_GROUNDS,
        /** The most years of a first reserve. */
        RESERVE_YEARS,
        /** How many causes the general list of the appeal has. */
        APPEAL_CAUSES
    }

    /** A cause of appeal a state law adds after the general ones: its fraction, article and text. */
    public record Cause(String fraction, String article, String text) {
    }
}
