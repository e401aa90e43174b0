package org.apertura.participation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apertura.platform.items.PublicItem;
import org.apertura.platform.items.PublicItemSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A participatory budget's projects ({@code pb-project}) and debates ({@code pd-debate}), by id, as public items that
 * people follow (issue 21). Their changes are written to the ledger under their process, naming the project or the
 * debate by number: those changes concern the item too, so its followers are told. A hidden debate is no public item.
 */
@Component
@Transactional(readOnly = true)
class ParticipationItems implements PublicItemSource {

    static final String PROJECT = "pb-project";
    static final String DEBATE = "pd-debate";

    private final BudgetProcessRepository processes;
    private final BudgetProjectRepository projects;
    private final DebateRepository debates;

    ParticipationItems(BudgetProcessRepository processes, BudgetProjectRepository projects,
            DebateRepository debates) {
        this.processes = processes;
        this.projects = projects;
        this.debates = debates;
    }

    @Override
    public Set<String> kinds() {
        return Set.of(PROJECT, DEBATE);
    }

    @Override
    public Optional<PublicItem> find(String kind, String id) {
        if (id == null || !id.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return switch (kind) {
            case PROJECT -> projects.findById(Long.valueOf(id)).map(this::item);
            case DEBATE -> debates.findById(Long.valueOf(id)).filter(d -> !d.isHidden()).map(this::item);
            default -> Optional.empty();
        };
    }

    private PublicItem item(BudgetProject project) {
        return new PublicItem(PROJECT, project.getId().toString(), project.getTitle(), base(project.getProcessId())
                + "/proyectos/" + project.getNumber(), null);
    }

    private PublicItem item(Debate debate) {
        return new PublicItem(DEBATE, debate.getId().toString(), debate.getTitle(), base(debate.getProcessId())
                + "/debates/" + debate.getNumber(), null);
    }

    private String base(Long processId) {
        return "/presupuestos-participativos/" + processes.findById(processId).orElseThrow().getSlug();
    }

    /** Followers of a project or a debate answer for nothing in public. */
    @Override
    public boolean mayRespond(PublicItem item) {
        return false;
    }

    /** A process's change that names a project or a debate by number (a review, a comment, a hiding) concerns it. */
    @Override
    public List<PublicItem> concernedBy(String type, String subjectKind, String subjectId, Map<String, Object> record) {
        if (!"pb-process".equals(subjectKind) || !subjectId.matches("\\d{1,18}")) {
            return List.of();
        }
        Long processId = Long.valueOf(subjectId);
        if (record.get("project") instanceof Number n) {
            return projects.findByProcessIdAndNumber(processId, n.intValue()).map(this::item).stream().toList();
        }
        if (record.get("debate") instanceof Number n && !type.startsWith("pd.hidden")) {
            return debates.findByProcessIdAndNumber(processId, n.intValue()).map(this::item).stream().toList();
        }
        return List.of();
    }
}
