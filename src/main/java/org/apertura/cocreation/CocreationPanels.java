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
class CocreationPanels implements ItemPanel.Source, org.apertura.platform.items.TimelineEntry.Source {

    private final CocreationService service;
    private final ActionPlanService plans;

    CocreationPanels(CocreationService service, ActionPlanService plans) {
        this.service = service;
        this.plans = plans;
    }

    /** Each call's proposal and support periods on its exercise's timeline. */
    @Override
    public List<org.apertura.platform.items.TimelineEntry> timeline(PublicItem item) {
        if (!"exercise".equals(item.kind())) {
            return List.of();
        }
        List<org.apertura.platform.items.TimelineEntry> entries = new java.util.ArrayList<>();
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
        for (var call : service.callsOf(plans.exercise(item.id()))) {
            String link = "/convocatorias/" + call.getSlug();
            entries.add(new org.apertura.platform.items.TimelineEntry(call.getSubmissionOpens(),
                    "cocreation.timeline.proposals", List.of(call.getTitle(),
                    call.getSubmissionOpens().format(day), call.getSubmissionCloses().format(day)), link));
            entries.add(new org.apertura.platform.items.TimelineEntry(call.getSupportOpens(),
                    "cocreation.timeline.supports", List.of(call.getTitle(),
                    call.getSupportOpens().format(day), call.getSupportCloses().format(day)), link));
        }
        return entries;
    }

    @Override
    public List<ItemPanel> panels(PublicItem item) {
        return switch (item.kind()) {
            case "exercise" -> {
                var exercise = plans.exercise(item.id());
                yield List.of(new ItemPanel(10, "cocreation/panels", "calls", Map.of("calls", service.callsSeenIn(exercise),
                        "today", service.today(), "exercise", exercise, "allowed", service.allowedOn(exercise))));
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
