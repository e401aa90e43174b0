package org.apertura.participation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.comments.CommentLedger;
import org.apertura.platform.comments.CommentSubject;
import org.apertura.platform.comments.CommentSubjects;
import org.apertura.platform.comments.PublicComments;
import org.apertura.platform.security.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A budget's projects and debates as subjects of the comment engine (ADR 0067, "Done"): anyone signed in comments on a
 * project while the process takes comments (from proposals to the vote), and argues in a debate — for, against or
 * neither — during its days, at most {@link #DEBATE_PER_MINUTE} a minute; a hidden debate takes none and leaves the
 * moderators' queue. The secretariat
 * that runs the exercise answers officially in its own name and moderates. The history keeps the entry types budgets
 * always had ({@code pb.comment.posted}, {@code pb.comment.hidden}, {@code pb.comment.restored} under the process,
 * with the process's slug and the project's or debate's number).
 */
@Component
@Transactional(readOnly = true)
class ParticipationComments implements CommentSubjects {

    /**
     * How many arguments and replies one person may post in debates in a minute (issue 21), counted across every node
     * by the platform's shared rate limits, on top of the engine's hourly limit.
     */
    static final int DEBATE_PER_MINUTE = 5;

    private final ParticipationService service;
    private final ParticipationItems items;
    private final BudgetProjectRepository projects;
    private final BudgetProcessRepository processes;
    private final DebateRepository debates;
    private final DebateService debateService;

    ParticipationComments(ParticipationService service, ParticipationItems items, BudgetProjectRepository projects,
            BudgetProcessRepository processes, DebateRepository debates, DebateService debateService) {
        this.service = service;
        this.debateService = debateService;
        this.items = items;
        this.projects = projects;
        this.processes = processes;
        this.debates = debates;
    }

    @Override
    public Set<String> kinds() {
        return Set.of(ParticipationItems.PROJECT, ParticipationItems.DEBATE);
    }

    @Override
    public Optional<CommentSubject> find(String kind, String id) {
        if (id == null || !id.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        if (ParticipationItems.PROJECT.equals(kind)) {
            return items.find(kind, id).flatMap(item -> projects.findById(Long.valueOf(id)).map(project -> {
                BudgetProcess process = processes.findById(project.getProcessId()).orElseThrow();
                return subject(kind, id, item.title(), item.path(), process, "project", project.getNumber(),
                        service.whyNoComments(process), false, 0, true);
            }));
        }
        // a hidden debate stays a subject, closed (its comments stay in the public files, without their text), named
        // by its number only, and out of the moderators' queue while it is hidden
        return debates.findById(Long.valueOf(id)).map(debate -> {
            BudgetProcess process = processes.findById(debate.getProcessId()).orElseThrow();
            return subject(kind, id, debate.isHidden() ? "Debate " + debate.getNumber() : debate.getTitle(),
                    "/presupuestos-participativos/" + process.getSlug() + "/debates/" + debate.getNumber(), process,
                    "debate", debate.getNumber(), debateService.whyNoComments(debate), true, DEBATE_PER_MINUTE,
                    !debate.isHidden());
        });
    }

    private CommentSubject subject(String kind, String id, String title, String path, BudgetProcess process,
            String place, int number, Optional<FieldProblem> closed, boolean stances, int perMinute, boolean staffed) {
        // a subject out of the staff's hands (a hidden debate) has no official voice and no moderators' queue
        boolean moderates = staffed && service.entitledOn(process).may(BudgetAction.MODERATE);
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("process", process.getSlug());
        context.put(place, number);
        return new CommentSubject(kind, id, title, path, closed.map(FieldProblem::messageKey).orElse(null),
                moderates, moderates, moderates ? service.secretariatNameOf(process) : null,
                new CommentLedger(ParticipationService.MODULE, ParticipationItems.PROCESS,
                        process.getId().toString(), "pb.comment.posted", "pb.comment.hidden", "pb.comment.restored",
                        context, false),
                closed.map(p -> List.of(p.args())).orElse(List.of()), stances, perMinute);
    }

    /** A budget's comment entries are written under the process, naming the project's or the debate's number. */
    @Override
    public Optional<CommentSubject> ofEntry(String subjectKind, String subjectId, Map<String, Object> record) {
        if (!ParticipationItems.PROCESS.equals(subjectKind) || subjectId == null || !subjectId.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        Long processId = Long.valueOf(subjectId);
        if (record.get("project") instanceof Number n) {
            return projects.findByProcessIdAndNumber(processId, n.intValue())
                    .flatMap(p -> find(ParticipationItems.PROJECT, p.getId().toString()));
        }
        if (record.get("debate") instanceof Number n) {
            return debates.findByProcessIdAndNumber(processId, n.intValue())
                    .flatMap(d -> find(ParticipationItems.DEBATE, d.getId().toString()));
        }
        return Optional.empty();
    }

    @Override
    public boolean moderatesSome(Actor actor) {
        return service.moderates(actor);
    }

    /** How many threads of a debate open with an argument of this side ({@code FOR}, {@code AGAINST}). */
    static long arguments(List<PublicComments.Shown> comments, String stance) {
        return comments.stream().filter(c -> c.replyTo() == null && stance.equals(c.stance())).count();
    }
}
