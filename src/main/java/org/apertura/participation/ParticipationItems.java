package org.apertura.participation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.items.PublicItem;
import org.apertura.platform.items.PublicItemSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * This module's public items, so other modules can refer to them without depending on this one: a participatory
 * budget ({@code pb-process}, by slug), its projects ({@code pb-project}, by id), its debates ({@code pd-debate}, by
 * id, or {@code slug/number}) and consultations ({@code pc-consultation}: {@code slug/number} in a budget, or its own
 * slug). Meetings belong to them (ADR 0066); people follow them (ADR 0067, 0073): a project's, a debate's or a process
 * consultation's changes are written to the ledger under their process, naming it by number, and concern the item
 * too. A process is followed by its slug; its followers hear of its phases and results (ParticipationPeopleContent)
 * and get ProcessFollowers' e-mails, not of every comment or proposal in it.
 * The secretariat that runs their exercise is the one named, as ParticipationPolicy decides. A hidden debate is no
 * public item.
 */
@Component
@Transactional(readOnly = true)
class ParticipationItems implements PublicItemSource {

    static final String PROCESS = "pb-process";
    static final String PROJECT = "pb-project";
    static final String DEBATE = "pd-debate";
    static final String CONSULTATION = "pc-consultation";
    private static final String BASE = "/presupuestos-participativos";

    private final ParticipationService service;
    private final DebateService debateService;
    private final ConsultationService consultations;
    private final BudgetProcessRepository processes;
    private final BudgetProjectRepository projects;
    private final DebateRepository debates;

    ParticipationItems(ParticipationService service, DebateService debateService, ConsultationService consultations,
            BudgetProcessRepository processes, BudgetProjectRepository projects, DebateRepository debates) {
        this.service = service;
        this.debateService = debateService;
        this.consultations = consultations;
        this.processes = processes;
        this.projects = projects;
        this.debates = debates;
    }

    @Override
    public Set<String> kinds() {
        return Set.of(PROCESS, PROJECT, DEBATE, CONSULTATION);
    }

    /** The item, and the secretariat that runs it. */
    private record Found(PublicItem item, String secretariat) {
    }

    private Optional<Found> lookUp(String kind, String id) {
        if (id == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(switch (kind) {
                case PROCESS -> {
                    BudgetProcess p = service.process(id);
                    yield new Found(new PublicItem(kind, id, p.getTitle(), BASE + "/" + p.getSlug(), null),
                            service.secretariatOf(p));
                }
                case PROJECT -> {
                    if (!numeric(id)) {
                        yield null;
                    }
                    BudgetProject project = projects.findById(Long.valueOf(id)).orElse(null);
                    if (project == null) {
                        yield null;
                    }
                    BudgetProcess p = processes.findById(project.getProcessId()).orElseThrow();
                    yield new Found(new PublicItem(PROJECT, project.getId().toString(), project.getTitle(), BASE + "/"
                            + p.getSlug() + "/proyectos/" + project.getNumber(), null), service.secretariatOf(p));
                }
                case DEBATE -> {
                    Debate d;
                    if (numeric(id)) {
                        d = debates.findById(Long.valueOf(id)).orElse(null);
                    } else {
                        String[] parts = id.split("/", 2);
                        d = debateService.debate(service.process(parts[0]), Integer.parseInt(parts[1]));
                    }
                    if (d == null || d.isHidden()) {
                        yield null;
                    }
                    BudgetProcess p = processes.findById(d.getProcessId()).orElseThrow();
                    // one id per debate whichever way it was named: its own
                    yield new Found(new PublicItem(DEBATE, d.getId().toString(), d.getTitle(), BASE + "/"
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

    private static boolean numeric(String id) {
        return id.matches("\\d{1,18}");
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

    /**
     * A process's change that names a project or a debate by number (a review, a comment, a hiding) concerns it; a
     * consultation's change (written under its process, or under its own number when it stands alone) concerns the
     * consultation's item, named by slug as its followers follow it (ADR 0073).
     */
    @Override
    public boolean mayConcern(String subjectKind) {
        return CONSULTATION.equals(subjectKind) || PROCESS.equals(subjectKind);
    }

    @Override
    public List<PublicItem> concernedBy(String type, String subjectKind, String subjectId, Map<String, Object> record) {
        if (CONSULTATION.equals(subjectKind) && record.get("consultation") instanceof String slug) {
            return find(CONSULTATION, slug).stream().toList();
        }
        if (!PROCESS.equals(subjectKind) || subjectId == null || !numeric(subjectId)) {
            return List.of();
        }
        if (record.get("consultation") instanceof Number n && record.get("process") instanceof String slug) {
            return find(CONSULTATION, slug + "/" + n.intValue()).stream().toList();
        }
        Long processId = Long.valueOf(subjectId);
        if (record.get("project") instanceof Number n) {
            return projects.findByProcessIdAndNumber(processId, n.intValue())
                    .flatMap(p -> find(PROJECT, p.getId().toString())).stream().toList();
        }
        if (record.get("debate") instanceof Number n && !type.startsWith("pd.hidden")) {
            return debates.findByProcessIdAndNumber(processId, n.intValue())
                    .flatMap(d -> find(DEBATE, d.getId().toString())).stream().toList();
        }
        return List.of();
    }
}
