package org.apertura.cocreation;

import java.util.List;
import java.util.Map;
import org.apertura.platform.SimilarTexts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The proposals of a call that resemble a text someone is writing (issue 21), so they may support one instead of
 * repeating it, over title, problem and proposal ({@link SimilarTexts}, shared with budget projects). Only what the
 * proposals' public pages show: number, title and supports.
 */
@Component
public class SimilarProposals {

    /** How many are shown at most. */
    public static final int LIMIT = SimilarTexts.LIMIT;

    private final CocreationService service;

    SimilarProposals(CocreationService service) {
        this.service = service;
    }

    /** One resembling proposal, as the form lists it. */
    public record Similar(Long id, int number, String title, long supports) {
    }

    @Transactional(readOnly = true)
    public List<Similar> in(Call call, String... texts) {
        Map<Long, Long> counts = service.supportCounts(call);
        return SimilarTexts.resembling(service.proposals(call),
                p -> p.getTitle() + " " + p.getProblem() + " " + p.getProposal(), Proposal::getNumber, texts).stream()
                .map(p -> new Similar(p.getId(), p.getNumber(), p.getTitle(), counts.getOrDefault(p.getId(), 0L)))
                .toList();
    }
}
