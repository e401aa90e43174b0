package org.apertura.participation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apertura.actionplan.Exercise;
import org.apertura.platform.items.ItemPanel;
import org.apertura.platform.items.PublicItem;
import org.springframework.stereotype.Component;

/**
 * What participation adds to other pages: an exercise lists its participatory budgets (and a way to open one); a
 * commitment names the budgets whose winning projects it executes (ADR 0022) and the debate it arose from (ADR 0081).
 */
@Component
class ParticipationPanels implements ItemPanel.Source {

    private final ParticipationService service;
    private final DebateService debates;

    ParticipationPanels(ParticipationService service, DebateService debates) {
        this.service = service;
        this.debates = debates;
    }

    @Override
    public List<ItemPanel> panels(PublicItem item) {
        return switch (item.kind()) {
            case "exercise" -> {
                Exercise exercise = service.exercise(item.id());
                yield List.of(new ItemPanel(12, "participation/panels", "processes", Map.of("processes",
                        service.processesOf(exercise), "today", service.today(), "exercise", exercise, "allowed",
                        service.allowedOn(exercise))));
            }
            case "commitment" -> commitment(Long.valueOf(item.id()));
            default -> List.of();
        };
    }

    private List<ItemPanel> commitment(Long id) {
        List<ItemPanel> panels = new ArrayList<>();
        List<BudgetProcess> executed = service.executedBy(id);
        if (!executed.isEmpty()) {
            panels.add(new ItemPanel(11, "participation/panels", "executed", Map.of("processes", executed)));
        }
        List<DebateService.Origin> origins = debates.origins(id);
        if (!origins.isEmpty()) {
            panels.add(new ItemPanel(11, "participation/panels", "debateOrigin", Map.of("origins", origins)));
        }
        return panels;
    }
}
