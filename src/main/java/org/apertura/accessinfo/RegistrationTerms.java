package org.apertura.accessinfo;

import java.util.Map;
import java.util.Optional;
import org.apertura.deadlines.RuleSet;

/**
 * The term a transparency unit has to register a request it received in person, by e-mail, post or verbally, per
 * rule set (a table, with the article). LGTAIP 2025 art. 125: the unit "tendrá que registrar y capturar la solicitud
 * de acceso en la Plataforma Nacional dentro de los cinco días posteriores a su recepción". The LGTAIP 2015 (art. 123,
 * from memory, not checked against its text) asked for the registration without a term, and Durango's pre-2025 law is
 * unverified: for them no term is given, so nothing is flagged, rather than a term the law may not set.
 */
final class RegistrationTerms {

    private static final Map<String, RuleSet.TermRule> TERMS = Map.of(
            "LGTAIP-2025", new RuleSet.TermRule(5, "art. 125"),
            // The example state variant copies the general law's terms (law-rules.tsv).
            "VARIANTE-15-10", new RuleSet.TermRule(5, "ejemplo; como art. 125 LGTAIP 2025"));

    private RegistrationTerms() {
    }

    /** The business days from receipt a unit has to register a request under this rule set, if the law sets any. */
    static Optional<RuleSet.TermRule> of(String ruleSet) {
        return Optional.ofNullable(TERMS.get(ruleSet));
    }
}
