package org.apertura.cocreation;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apertura.platform.SpanishSearch;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The proposals of a call that resemble a text someone is writing (issue 21), so they may support one instead of
 * repeating it: the shared terms of the site search's Spanish analysis (accents, plurals and gender folded,
 * ADR 0034) over title, problem and proposal, scored like a cosine of the two sets of terms. Only what the
 * proposals' public pages show: number, title and supports.
 */
@Component
public class SimilarProposals {

    /** How many are shown at most. */
    public static final int LIMIT = 5;

    private final CocreationService service;

    SimilarProposals(CocreationService service) {
        this.service = service;
    }

    /** One resembling proposal, as the form lists it. */
    public record Similar(Long id, int number, String title, long supports) {
    }

    @Transactional(readOnly = true)
    public List<Similar> in(Call call, String... texts) {
        Set<String> query = SpanishSearch.words(String.join(" ", java.util.Arrays.stream(texts)
                .map(t -> t == null ? "" : t).toList()));
        if (query.isEmpty()) {
            return List.of();
        }
        int needed = query.size() >= 4 ? 2 : 1;
        Map<Long, Long> counts = service.supportCounts(call);
        record Scored(Proposal proposal, double score) {
        }
        return service.proposals(call).stream().map(p -> {
            Set<String> terms = SpanishSearch.words(p.getTitle() + " " + p.getProblem() + " " + p.getProposal());
            Set<String> shared = new HashSet<>(terms);
            shared.retainAll(query);
            double score = shared.size() < needed ? 0
                    : shared.size() / Math.sqrt((double) query.size() * Math.max(1, terms.size()));
            return new Scored(p, score);
        }).filter(s -> s.score() > 0)
                .sorted(Comparator.comparingDouble(Scored::score).reversed()
                        .thenComparing(s -> s.proposal().getNumber()))
                .limit(LIMIT)
                .map(s -> new Similar(s.proposal().getId(), s.proposal().getNumber(), s.proposal().getTitle(),
                        counts.getOrDefault(s.proposal().getId(), 0L)))
                .toList();
    }
}
