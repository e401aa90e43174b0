package org.apertura.national.web;

import java.util.List;
import java.util.Map;
import org.apertura.national.ReusedBy;
import org.apertura.platform.items.ItemPanel;
import org.apertura.platform.items.PublicItem;
import org.springframework.stereotype.Component;

/**
 * "Reutilizado por" on a commitment's own page: the other governments that adapted it, as the national node published
 * ({@link ReusedBy}); nothing when none did.
 */
@Component
class ReusedByPanel implements ItemPanel.Source {

    static final int ORDER = 40;

    private final ReusedBy reusedBy;

    ReusedByPanel(ReusedBy reusedBy) {
        this.reusedBy = reusedBy;
    }

    @Override
    public List<ItemPanel> panels(PublicItem item) {
        if (!"commitment".equals(item.kind())) {
            return List.of();
        }
        List<ReusedBy.Adoption> adoptions = reusedBy.of(item.path());
        if (adoptions.isEmpty()) {
            return List.of();
        }
        ReusedBy.Known known = reusedBy.known();
        return List.of(new ItemPanel(ORDER, "national/reused", "panel", Map.of("adoptions", adoptions,
                "node", known.nodeUrl(), "readAt", known.readAt())));
    }
}
