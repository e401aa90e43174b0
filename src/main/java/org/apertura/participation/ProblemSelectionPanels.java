package org.apertura.participation;

import java.util.List;
import java.util.Map;
import org.apertura.platform.items.ItemPanel;
import org.apertura.platform.items.PublicItem;
import org.springframework.stereotype.Component;

/**
 * What problem selection adds to a call for proposals' page (ADR 0055): the problems selected by the lists that feed
 * it, with their dots, and, for those who run a process, its counted lists that feed no call yet, to link them.
 */
@Component
class ProblemSelectionPanels implements ItemPanel.Source {

    private final ProblemSelectionService selections;

    ProblemSelectionPanels(ProblemSelectionService selections) {
        this.selections = selections;
    }

    /** A list that feeds the call: its process (for the address) and its selected problems. */
    public record Feeding(BudgetProcess process, ProblemSelection selection, List<ProblemSelectionService.Line> selected) {
    }

    /** A list someone may link to the call. */
    public record Linkable(BudgetProcess process, ProblemSelection selection) {
    }

    @Override
    public List<ItemPanel> panels(PublicItem item) {
        if (!"call".equals(item.kind())) {
            return List.of();
        }
        List<Feeding> feeding = selections.feeding(item.id()).stream().map(s -> new Feeding(selections.processOf(s), s,
                selections.selected(s))).toList();
        List<Linkable> linkable = selections.linkable().stream()
                .map(s -> new Linkable(selections.processOf(s), s)).toList();
        if (feeding.isEmpty() && linkable.isEmpty()) {
            return List.of();
        }
        return List.of(new ItemPanel(14, "participation/problem-panels", "call", Map.of("feeding", feeding,
                "linkable", linkable, "call", item.id())));
    }
}
