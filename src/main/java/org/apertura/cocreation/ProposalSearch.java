package org.apertura.cocreation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apertura.platform.SpanishSearch;
import org.apertura.platform.web.SearchSource;
import org.apertura.platform.web.Summary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The site search among the calls' proposals (title, problem, proposal), as their public pages show them. */
@Component
class ProposalSearch implements SearchSource {

    private final CocreationService calls;

    ProposalSearch(CocreationService calls) {
        this.calls = calls;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Summary> search(String query, Set<String> words, int limit) {
        record Found(Call call, Proposal proposal) {
        }
        List<Found> found = calls.calls().stream()
                .flatMap(c -> calls.proposals(c).stream().map(p -> new Found(c, p)))
                .filter(f -> SpanishSearch.matches(words, f.proposal().getTitle(), f.proposal().getProblem(),
                        f.proposal().getProposal()))
                .toList();
        return SearchSource.found("search.proposals", found, limit, f -> new Summary.Entry(f.proposal().getTitle(),
                "/propuestas/" + f.proposal().getId(), f.call().getTitle()));
    }
}
