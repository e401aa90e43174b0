package org.apertura.jurisdiction;

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
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The law rule sets Apertura ships ({@code resources/jurisdiction/law-rules.tsv}): the LGTAIP 2025 (acts from
 * 2025-03-21, its Transitorio Primero) and the LGTAIP 2015 for older acts. {@link #forAct} picks the set in
 * force for an act of a jurisdiction on a day: the newest set whose effective date is not after the day.
 */
@Component
public class LawRules {

    private final List<RuleSet> sets;

    public LawRules() {
        this(load("jurisdiction/law-rules.tsv"));
    }

    LawRules(List<RuleSet> sets) {
        this.sets = List.copyOf(sets);
    }

    public List<RuleSet> all() {
        return sets;
    }

    public Optional<RuleSet> byCode(String code) {
        return sets.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /** The general rule set in force for an act on a day (the general law's versions, newest first). */
    public RuleSet forAct(Jurisdiction jurisdiction, LocalDate day) {
        return sets.stream().filter(s -> s.code().startsWith("LGTAIP-") && !s.effectiveFrom().isAfter(day))
                .max(Comparator.comparing(RuleSet::effectiveFrom))
                .orElseGet(() -> sets.stream().min(Comparator.comparing(RuleSet::effectiveFrom)).orElseThrow());
    }

    static List<RuleSet> load(String resource) {
        Map<String, String[]> heads = new LinkedHashMap<>();
        Map<String, Map<Term, RuleSet.TermRule>> terms = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                // code, law, name, effective_from, term, business_days, article
                heads.putIfAbsent(f[0], f);
                terms.computeIfAbsent(f[0], k -> new EnumMap<>(Term.class))
                        .put(Term.valueOf(f[4]), new RuleSet.TermRule(Integer.parseInt(f[5]), f[6]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<RuleSet> out = new ArrayList<>();
        heads.forEach((code, h) -> out.add(new RuleSet(code, h[1], h[2], LocalDate.parse(h[3]), terms.get(code))));
        return out;
    }
}
