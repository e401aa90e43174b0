package org.apertura.cocreation;

import java.util.Optional;
import java.util.Set;
import org.apertura.platform.items.PublicItem;
import org.apertura.platform.items.PublicItemSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A call for proposals as a public item ({@code call}, by its slug), so that other modules can add a section to its
 * page: participation's selected problems that feed it (ADR 0055), its meetings (ADR 0066). A draft is no public item (ADR 0061).
 */
@Component
@Transactional(readOnly = true)
class CallItems implements PublicItemSource {

    static final String CALL = "call";
    /** A proposal, by its id: people follow it (issue 21); its changes are written to the ledger under it. */
    static final String PROPOSAL = "proposal";

    private final CallRepository calls;
    private final org.apertura.actionplan.ActionPlanService plans;
    private final ProposalRepository proposals;

    CallItems(CallRepository calls, org.apertura.actionplan.ActionPlanService plans, ProposalRepository proposals) {
        this.calls = calls;
        this.plans = plans;
        this.proposals = proposals;
    }

    @Override
    public Set<String> kinds() {
        return Set.of(CALL, PROPOSAL);
    }

    @Override
    public Optional<PublicItem> find(String kind, String id) {
        if (PROPOSAL.equals(kind)) {
            return id != null && id.matches("\\d{1,18}") ? proposals.findById(Long.valueOf(id))
                    .filter(p -> calls.findById(p.getCallId()).filter(c -> !c.isDraft()).isPresent())
                    .map(p -> new PublicItem(PROPOSAL, id, p.getTitle(), "/propuestas/" + p.getId(), null))
                    : Optional.empty();
        }
        return CALL.equals(kind) ? calls.findBySlug(id).filter(c -> !c.isDraft()).map(c -> new PublicItem(CALL, c.getSlug(), c.getTitle(),
                "/convocatorias/" + c.getSlug(), null)) : Optional.empty();
    }

    /** Nobody answers for a call in public through the items' feedback; its proposals get reasoned responses. */
    @Override
    public boolean mayRespond(PublicItem item) {
        return false;
    }

    /** The secretariat that runs the call's exercise: its coordinator coordinates the call's meetings (ADR 0066). */
    @Override
    public Optional<String> secretariatOf(PublicItem item) {
        return calls.findBySlug(item.id()).flatMap(c -> plans.exercises().stream()
                .filter(e -> e.getId().equals(c.getExerciseId())).findFirst()).map(e -> plans.bodyOf(e).getSlug());
    }
}
