package org.apertura.cocreation;

import java.util.List;
import java.util.Map;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.actionplan.Commitment;
import org.apertura.platform.items.ItemPanel;
import org.apertura.platform.items.PublicItem;
import org.springframework.stereotype.Component;

/**
 * What co-creation adds to other pages: an exercise shows its calls on its timeline, and a commitment lists
 * the proposals it came from (the other end of each proposal's trace).
 */
@Component
class CocreationPanels implements ItemPanel.Source {

    private final CocreationService service;
    private final ActionPlanService plans;

    CocreationPanels(CocreationService service, ActionPlanService plans) {
        this.service = service;
        this.plans = plans;
    }

    @Override
    public List<ItemPanel> panels(PublicItem item) {
        return switch (item.kind()) {
            case "exercise" -> {
                var exercise = plans.exercise(item.id());
                yield List.of(new ItemPanel(10, "cocreation/panels", "calls", Map.of("calls", service.callsOf(exercise),
                        "today", service.today(), "exercise", exercise, "runs", plans.runs(exercise))));
            }
            case "commitment" -> {
                Commitment commitment = plans.commitment(Long.valueOf(item.id()));
                List<Proposal> origins = service.feeding(commitment);
                yield List.of(new ItemPanel(10, "cocreation/panels", "origins", Map.of("proposals", origins)));
            }
            default -> List.of();
        };
    }
}
