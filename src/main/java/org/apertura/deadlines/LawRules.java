package org.apertura.deadlines;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.apertura.jurisdiction.Jurisdiction;
import org.apertura.jurisdiction.JurisdictionLevel;
import org.apertura.platform.InvalidInputException;

/**
 * The law rule sets Apertura ships ({@code resources/jurisdiction/law-rules.tsv}): the LGTAIP 2025 (acts from
 * 2025-03-21, its Transitorio Primero), the LGTAIP 2015 (acts from 2015-05-05), Durango's law before its 2025
 * harmonisation (unverified) and an example of a state law's terms. {@link #choose} picks the set in force for an
 * act of a jurisdiction on a day: the newest set the jurisdiction (or, for a municipality, its state) adopted
 * effective on or before the day; otherwise the general law by date, as the fallback of a state's own law; and
 * none for acts before 2015-05-05.
 */
@Component
public class LawRules {

    /** The prefix of the general law's sets, picked by date when a jurisdiction adopted none. */
    static final String GENERAL_LAW = "LGTAIP-";

    private final List<RuleSet> sets;
    private final CalendarStore adoptions;

    /** The shipped sets, without adoptions: every jurisdiction follows the general law. */
    public LawRules() {
        this(load("jurisdiction/law-rules.tsv"), null);
    }

    @Autowired
    LawRules(CalendarStore adoptions) {
        this(load("jurisdiction/law-rules.tsv"), adoptions);
    }

    LawRules(List<RuleSet> sets, CalendarStore adoptions) {
        this.sets = List.copyOf(sets);
        this.adoptions = adoptions;
    }

    public List<RuleSet> all() {
        return sets;
    }

    public Optional<RuleSet> byCode(String code) {
        return sets.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /**
     * The rule set in force for an act of a jurisdiction on a day: the newest the jurisdiction adopted effective
     * on or before the day, or for a municipality without one its state's; otherwise the general law in force
     * that day (LGTAIP-2025 from 2025-03-21, LGTAIP-2015 before).
     */
    public RuleSet forAct(Jurisdiction jurisdiction, LocalDate day) {
        return choose(jurisdiction, day).map(Choice::set).orElseThrow(() -> new InvalidInputException("day",
                "lawrules.error.noRuleSet", firstModelledDay().toString()));
    }

    /**
     * The rule set in force for an act of a jurisdiction on a day and why: adopted by the jurisdiction (or its
     * state), or the general law as the fallback; empty for acts before any modelled law (before 2015-05-05),
     * which get no rule set rather than a wrong one.
     */
    public Optional<Choice> choose(Jurisdiction jurisdiction, LocalDate day) {
        if (adoptions != null && jurisdiction != null && jurisdiction.getId() != null) {
            Optional<String> adopted = adoptions.adoptedBy(jurisdiction.getId(), day)
                    .or(() -> adoptions.stateOfMunicipality(jurisdiction.getId())
                            .flatMap(state -> adoptions.adoptedBy(state, day)));
            if (adopted.isPresent()) {
                return Optional.of(new Choice(byCode(adopted.get()).orElseThrow(
                        () -> new IllegalStateException("adopted rule set not shipped: " + adopted.get())), false));
            }
        }
        boolean local = jurisdiction != null && jurisdiction.getLevel() != null
                && jurisdiction.getLevel() != JurisdictionLevel.FEDERAL;
        return generalLaw(day).map(set -> new Choice(set, local));
    }

    /** The general law's set in force for acts on a day; empty before the first one (LGTAIP 2015, 2015-05-05). */
    public Optional<RuleSet> generalLaw(LocalDate day) {
        return sets.stream().filter(s -> s.code().startsWith(GENERAL_LAW) && !s.effectiveFrom().isAfter(day))
                .max(Comparator.comparing(RuleSet::effectiveFrom));
    }

    /** The first day any modelled law governs. */
    public LocalDate firstModelledDay() {
        return sets.stream().filter(RuleSet::generalLaw).map(RuleSet::effectiveFrom).min(Comparator.naturalOrder())
                .orElseThrow();
    }

    /**
     * Whether a set applied to a jurisdiction is the general law standing in for a state's own law: a state or
     * municipal procedure follows its state's law, and the general law is only the floor and the fallback until
     * the state's law is modelled and adopted.
     */
    public static boolean fallback(RuleSet set, JurisdictionLevel level) {
        return set.generalLaw() && level != null && level != JurisdictionLevel.FEDERAL;
    }

    /** A rule set chosen for an act, and whether it is the general law as the fallback for a local procedure. */
    public record Choice(RuleSet set, boolean fallback) {
    }

    static List<RuleSet> load(String resource) {
        Map<String, String[]> heads = new LinkedHashMap<>();
        Map<String, Map<Term, RuleSet.TermRule>> terms = new LinkedHashMap<>();
        Map<String, Map<Provision, String>> provisions = new LinkedHashMap<>();
        Map<String, Map<RuleSet.Limit, RuleSet.TermRule>> limits = new LinkedHashMap<>();
        Map<String, List<RuleSet.Cause>> causes = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                // code, law, name, effective_from, term (or PROVISION:name with no days, LIMIT:name, CAUSE:fraction),
                // business_days, article[, "up-to" or a cause's text]
                heads.putIfAbsent(f[0], f);
                if (f[4].startsWith("PROVISION:")) {
                    provisions.computeIfAbsent(f[0], k -> new EnumMap<>(Provision.class))
                            .put(Provision.valueOf(f[4].substring("PROVISION:".length())), f[6]);
                } else if (f[4].startsWith("LIMIT:")) {
                    limits.computeIfAbsent(f[0], k -> new EnumMap<>(RuleSet.Limit.class))
                            .put(RuleSet.Limit.valueOf(f[4].substring("LIMIT:".length())),
                                    new RuleSet.TermRule(Integer.parseInt(f[5]), f[6]));
                } else if (f[4].startsWith("CAUSE:")) {
                    causes.computeIfAbsent(f[0], k -> new ArrayList<>())
                            .add(new RuleSet.Cause(f[4].substring("CAUSE:".length()), f[6], f[7]));
                } else {
                    terms.computeIfAbsent(f[0], k -> new EnumMap<>(Term.class))
                            .put(Term.valueOf(f[4]), new RuleSet.TermRule(Integer.parseInt(f[5]), f[6],
                                    f.length > 7 && "up-to".equals(f[7])));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<RuleSet> out = new ArrayList<>();
        heads.forEach((code, h) -> out.add(new RuleSet(code, h[1], h[2], LocalDate.parse(h[3]), terms.get(code),
                provisions.getOrDefault(code, Map.of()), limits.getOrDefault(code, Map.of()),
                causes.getOrDefault(code, List.of()))));
        return out;
    }
}
