package org.apertura.participation;

import java.util.List;
import java.util.Map;
import org.apertura.actionplan.Exercise;
import org.apertura.platform.items.ItemPanel;
import org.apertura.platform.items.PublicItem;
import org.springframework.stereotype.Component;

/** What participation adds to other pages: an exercise lists its participatory budgets (and a way to open one). */
@Component
class ParticipationPanels implements ItemPanel.Source {

    private final ParticipationService service;

    ParticipationPanels(ParticipationService service) {
        this.service = service;
    }

    @Override
    public List<ItemPanel> panels(PublicItem item) {
        if (!"exercise".equals(item.kind())) {
            return List.of();
        }
        Exercise exercise = service.exercise(item.id());
        return List.of(new ItemPanel(12, "participation/panels", "processes", Map.of("processes",
                service.processesOf(exercise), "today", service.today(), "exercise", exercise, "allowed",
                service.allowedOn(exercise))));
    }
}
