package org.apertura.meetings;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apertura.platform.items.ItemPanel;
import org.apertura.platform.items.PublicItem;
import org.springframework.stereotype.Component;

/**
 * A "Reuniones" section on a participation space's page (a call for proposals, a participatory budget, a debate, a
 * consultation): its meetings with their day and seats, and for those who coordinate the space the link to create one.
 */
@Component
class MeetingPanels implements ItemPanel.Source {

    static final Set<String> SPACES = Set.of("call", "pb-process", "pd-debate", "pc-consultation");

    private final MeetingService service;

    MeetingPanels(MeetingService service) {
        this.service = service;
    }

    @Override
    public List<ItemPanel> panels(PublicItem item) {
        if (!SPACES.contains(item.kind())) {
            return List.of();
        }
        List<Meeting> meetings = service.ofSpace(item.kind(), item.id());
        boolean mayCreate = service.entitledIn(item).may(MeetingAction.CREATE);
        if (meetings.isEmpty() && !mayCreate) {
            return List.of();
        }
        return List.of(new ItemPanel(40, "meetings/panel", "panel", Map.of("meetings", meetings, "kind", item.kind(),
                "id", item.id(), "mayCreate", mayCreate, "waiting", service.waiting(meetings))));
    }
}
