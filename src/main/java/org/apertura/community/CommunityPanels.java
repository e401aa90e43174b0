package org.apertura.community;

import java.util.List;
import java.util.Map;
import org.apertura.platform.items.ItemPanel;
import org.apertura.platform.items.PublicItem;
import org.springframework.stereotype.Component;

/** A "follow" section on every public item's page: how many follow it (never who) and the button. */
@Component
class CommunityPanels implements ItemPanel.Source {

    private final CommunityService service;

    CommunityPanels(CommunityService service) {
        this.service = service;
    }

    @Override
    public List<ItemPanel> panels(PublicItem item) {
        return List.of(new ItemPanel(90, "community/follow-panel", "panel", Map.of("kind", item.kind(),
                "id", item.id(), "followers", service.itemFollowers(item.kind(), item.id()),
                "following", service.followsItem(item.kind(), item.id()),
                "allowed", service.allowedNow())));
    }
}
