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

/**
 * The law rule sets Apertura ships ({@code resources/jurisdiction/law-rules.tsv}): the LGTAIP 2025 (acts from
 * 2025-03-21, its Transitorio Primero), the LGTAIP 2015 for older acts, and an example of a state law's terms.
 * {@link #forAct} picks the set in force for an act of a jurisdiction on a day: the newest set the jurisdiction
 * (or, for a municipality, its state) adopted effective on or before the day; otherwise the general law by date.
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
        if (adoptions != null && jurisdiction != null && jurisdiction.getId() != null) {
            Optional<String> adopted = adoptions.adoptedBy(jurisdiction.getId(), day)
                    .or(() -> adoptions.stateOfMunicipality(jurisdiction.getId())
                            .flatMap(state -> adoptions.adoptedBy(state, day)));
            if (adopted.isPresent()) {
                return byCode(adopted.get())
                        .orElseThrow(() -> new IllegalStateException("adopted rule set not shipped: " + adopted.get()));
            }
        }
        return generalLaw(day);
    }

    /** The general law's set in force for acts on a day. */
    public RuleSet generalLaw(LocalDate day) {
        return sets.stream().filter(s -> s.code().startsWith(GENERAL_LAW) && !s.effectiveFrom().isAfter(day))
                .max(Comparator.comparing(RuleSet::effectiveFrom))
                .orElseGet(() -> sets.stream().filter(s -> s.code().startsWith(GENERAL_LAW))
                        .min(Comparator.comparing(RuleSet::effectiveFrom)).orElseThrow());
    }

    static List<RuleSet> load(String resource) {
        Map<String, String[]> heads = new LinkedHashMap<>();
        Map<String, Map<Term, RuleSet.TermRule>> terms = new LinkedHashMap<>();
        Map<String, Map<Provision, String>> provisions = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                // code, law, name, effective_from, term (or PROVISION:name with no days), business_days, article
                heads.putIfAbsent(f[0], f);
                if (f[4].startsWith("PROVISION:")) {
                    provisions.computeIfAbsent(f[0], k -> new EnumMap<>(Provision.class))
                            .put(Provision.valueOf(f[4].substring("PROVISION:".length())), f[6]);
                } else {
                    terms.computeIfAbsent(f[0], k -> new EnumMap<>(Term.class))
                            .put(Term.valueOf(f[4]), new RuleSet.TermRule(Integer.parseInt(f[5]), f[6]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<RuleSet> out = new ArrayList<>();
        heads.forEach((code, h) -> out.add(new RuleSet(code, h[1], h[2], LocalDate.parse(h[3]), terms.get(code),
                provisions.getOrDefault(code, Map.of()))));
        return out;
    }
}
