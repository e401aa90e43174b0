package org.apertura.participation;

import java.util.Optional;
import java.util.Set;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.items.PublicItem;
import org.apertura.platform.items.PublicItemSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A participatory budget ({@code pb-process}, by slug), a debate of one ({@code pd-debate}, {@code slug/number}) and a
 * consultation ({@code pc-consultation}: {@code slug/number} in a budget, or its own slug) as public items, so other
 * modules can refer to them without depending on this one: meetings belong to them (ADR 0066). The secretariat that
 * runs their exercise is the one named, as ParticipationPolicy decides. A hidden debate is no public item.
 */
@Component
@Transactional(readOnly = true)
class ParticipationItems implements PublicItemSource {

    static final String PROCESS = "pb-process";
    static final String DEBATE = "pd-debate";
    static final String CONSULTATION = "pc-consultation";
    private static final String BASE = "/presupuestos-participativos";

    private final ParticipationService service;
    private final DebateService debates;
    private final ConsultationService consultations;

    ParticipationItems(ParticipationService service, DebateService debates, ConsultationService consultations) {
        this.service = service;
        this.debates = debates;
        this.consultations = consultations;
    }

    @Override
    public Set<String> kinds() {
        return Set.of(PROCESS, DEBATE, CONSULTATION);
    }

    /** The item, and the secretariat that runs it. */
    private record Found(PublicItem item, String secretariat) {
    }

    private Optional<Found> lookUp(String kind, String id) {
        try {
            return Optional.ofNullable(switch (kind) {
                case PROCESS -> {
                    BudgetProcess p = service.process(id);
                    yield new Found(new PublicItem(kind, id, p.getTitle(), BASE + "/" + p.getSlug(), null),
                            service.secretariatOf(p));
                }
                case DEBATE -> {
                    String[] parts = id.split("/", 2);
                    BudgetProcess p = service.process(parts[0]);
                    Debate d = debates.debate(p, Integer.parseInt(parts[1]));
                    yield d.isHidden() ? null : new Found(new PublicItem(kind, id, d.getTitle(), BASE + "/"
                            + p.getSlug() + "/debates/" + d.getNumber(), null), service.secretariatOf(p));
                }
                case CONSULTATION -> {
                    String[] parts = id.split("/", 2);
                    ConsultationService.Held held = consultations.held(parts.length == 2
                            ? ConsultationService.Ref.inProcess(parts[0], Integer.parseInt(parts[1]))
                            : ConsultationService.Ref.standalone(parts[0]));
                    String path = parts.length == 2 ? BASE + "/" + parts[0] + "/consultas/" + parts[1]
                            : "/consultas/" + parts[0];
                    yield new Found(new PublicItem(kind, id, held.consultation().getQuestion(), path, null),
                            service.secretariatOf(held.exercise()));
                }
                default -> null;
            });
        } catch (NotFoundException | NumberFormatException | ArrayIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<PublicItem> find(String kind, String id) {
        return lookUp(kind, id).map(Found::item);
    }

    /** Nobody answers for these in public through the items' feedback: they have their own comments and results. */
    @Override
    public boolean mayRespond(PublicItem item) {
        return false;
    }

    @Override
    public Optional<String> secretariatOf(PublicItem item) {
        return lookUp(item.kind(), item.id()).map(Found::secretariat);
    }
}
