package org.apertura.challenge;

import java.util.List;
import java.util.Map;
import org.apertura.platform.items.ItemPanel;
import org.apertura.platform.items.PublicItem;
import org.apertura.platform.security.Allowed;
import org.springframework.stereotype.Component;

/**
 * The "Retos" section of the pages of exercises and commitments (their challenges, and on a commitment
 * the follow-ups), and of milestones (the winning work each took forward).
 */
@Component
class ChallengePanels implements ItemPanel.Source {

    private static final String TEMPLATE = "challenge/panels";

    private final ChallengeService service;

    ChallengePanels(ChallengeService service) {
        this.service = service;
    }

    /** A challenge as a panel lists it. */
    record Summary(String slug, String title, ChallengeKind kind, ChallengePhase phase) {
    }

    @Override
    public List<ItemPanel> panels(PublicItem item) {
        return switch (item.kind()) {
            case "exercise" -> {
                List<Summary> list = summaries(service.ofExercise(item.id()));
                yield List.of(new ItemPanel(60, TEMPLATE, "exercise", Map.of("challenges", list)));
            }
            case "commitment" -> {
                Long id = Long.valueOf(item.id());
                List<Challenge> list = service.ofCommitment(id);
                Allowed<ChallengeAction> allowed = service.allowedFor(id);
                if (list.isEmpty() && !allowed.may(ChallengeAction.CREATE)) {
                    yield List.of();
                }
                yield List.of(new ItemPanel(60, TEMPLATE, "commitment", Map.of("challenges", summaries(list),
                        "followUps", service.followUps(list), "allowed", allowed, "commitmentId", id)));
            }
            case "milestone" -> {
                List<ChallengeService.MilestoneFollowUp> followUps = service.followUpsOfMilestone(Long.valueOf(item.id()));
                yield followUps.isEmpty() ? List.of()
                        : List.of(new ItemPanel(60, TEMPLATE, "milestone", Map.of("followUps", followUps)));
            }
            default -> List.of();
        };
    }

    private List<Summary> summaries(List<Challenge> list) {
        return list.stream().map(c -> new Summary(c.getSlug(), c.getTitle(), c.getKind(), c.phaseOn(service.today())))
                .toList();
    }
}
