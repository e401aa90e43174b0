package org.apertura.participation;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.security.PublicActor;
import org.apertura.platform.time.Today;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments on the projects of a participatory budget (ADR 0027): people with an account comment and reply (one level),
 * flag other people's comments, and the secretariat's people hide a comment with a public reason or restore it. The
 * ledger gets each comment's number and each moderation with its reason, never a comment's text (so that hiding it
 * hides it everywhere) nor who wrote or flagged it. At most {@link #PER_HOUR} comments per person an hour.
 */
@Service
@Transactional(readOnly = true)
public class ProjectCommentService {

    /** How many comments one person may post in an hour, across every process (a flood is refused, not queued). */
    static final int PER_HOUR = 10;

    private final ParticipationService service;
    private final ProjectCommentRepository comments;
    private final LedgerService ledger;
    private final JdbcClient jdbc;
    private final Today today;

    ProjectCommentService(ParticipationService service, ProjectCommentRepository comments, LedgerService ledger,
            JdbcClient jdbc, Today today) {
        this.service = service;
        this.comments = comments;
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.today = today;
    }

    /** A comment and its replies, oldest first. */
    public record Thread(ProjectComment comment, List<ProjectComment> replies) {
    }

    /** The threads of a project, oldest first: hidden comments stay in place (their replies too), without their text. */
    public List<Thread> threads(BudgetProject project) {
        Map<Long, Thread> threads = new LinkedHashMap<>();
        for (ProjectComment c : comments.findByProjectIdOrderByPostedAtAscIdAsc(project.getId())) {
            if (c.isReply()) {
                Thread thread = threads.get(c.getParentId());
                if (thread != null) {
                    thread.replies().add(c);
                }
            } else {
                threads.put(c.getId(), new Thread(c, new ArrayList<>()));
            }
        }
        return List.copyOf(threads.values());
    }

    /** Every comment of a process, in the order they were posted (the public download). */
    public List<ProjectComment> ofProcess(BudgetProcess process) {
        return comments.findByProcessIdOrderByIdAsc(process.getId());
    }

    /** How many people flagged each flagged comment of a project (what moderators see; never who). */
    public Map<Long, Long> flagCounts(BudgetProject project) {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("SELECT f.comment_id, COUNT(*) FROM pb_comment_flag f JOIN pb_comment c ON c.id = f.comment_id "
                + "WHERE c.project_id = ? GROUP BY f.comment_id").param(project.getId())
                .query(rs -> {
                    counts.put(rs.getLong(1), rs.getLong(2));
                });
        return counts;
    }

    /** A flagged comment still shown, as the moderation queue lists it. */
    public record Flagged(ProjectComment comment, int project, long flags) {
    }

    /** The process's comments that someone flagged and that are still shown, most flagged first. */
    public List<Flagged> flagged(BudgetProcess process) {
        Map<Long, Integer> numbers = new HashMap<>();
        service.projects(process).forEach(p -> numbers.put(p.getId(), p.getNumber()));
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("SELECT f.comment_id, COUNT(*) FROM pb_comment_flag f JOIN pb_comment c ON c.id = f.comment_id "
                + "WHERE c.process_id = ? AND c.hidden_at IS NULL GROUP BY f.comment_id").param(process.getId())
                .query(rs -> {
                    counts.put(rs.getLong(1), rs.getLong(2));
                });
        return comments.findAllById(counts.keySet()).stream()
                .map(c -> new Flagged(c, numbers.get(c.getProjectId()), counts.get(c.getId())))
                .sorted(java.util.Comparator.comparingLong(Flagged::flags).reversed()
                        .thenComparing(f -> f.comment().getId()))
                .toList();
    }

    /**
     * The signed-in person comments on a project, or replies to one of its comments ({@code replyTo}), while comments
     * are open, in at most {@link ProjectComment#MAX_LENGTH} characters and {@link #PER_HOUR} comments an hour.
     */
    @Transactional
    public ProjectComment post(String slug, int number, Long replyTo, String body) {
        PublicActor actor = PublicActor.current().orElseThrow(() -> new AccessDeniedException("sign in to comment"));
        BudgetProcess process = service.process(slug);
        BudgetProject project = service.project(process, number);
        ProjectComment parent = replyTo == null ? null : comment(project, replyTo);
        List<FieldProblem> problems = new ArrayList<>();
        process.commentRefused(today.date()).ifPresent(problems::add);
        ProjectComment.textRefused(body).ifPresent(problems::add);
        Instant now = today.now();
        if (problems.isEmpty() && comments.countByAuthorSince(actor.accountId(), now.minus(Duration.ofHours(1)))
                >= PER_HOUR) {
            problems.add(new FieldProblem("body", "participation.error.commentRate", PER_HOUR));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ProjectComment comment = comments.save(new ProjectComment(project, parent, actor.accountId(),
                actor.displayName(), body, now));
        Map<String, Object> record = record(process, project, comment);
        if (comment.isReply()) {
            record.put("replyTo", comment.getParentId());
        }
        ledger.append(ParticipationService.MODULE, "pb.comment.posted", "pb-process", process.getId(), record);
        return comment;
    }

    /** The signed-in person flags someone else's comment for the moderators; flagging twice is one flag. */
    @Transactional
    public void flag(String slug, int number, long commentId) {
        PublicActor actor = PublicActor.current().orElseThrow(() -> new AccessDeniedException("sign in to flag"));
        BudgetProcess process = service.process(slug);
        ProjectComment comment = comment(service.project(process, number), commentId);
        if (comment.isBy(actor.accountId())) {
            throw new InvalidInputException("flag", "participation.error.flagOwn");
        }
        try {
            jdbc.sql("INSERT INTO pb_comment_flag (comment_id, account_id, flagged_at) VALUES (?, ?, ?) "
                    + "ON CONFLICT DO NOTHING").params(comment.getId(), actor.accountId(),
                            OffsetDateTime.ofInstant(today.now(), ZoneOffset.UTC)).update();
        } catch (DuplicateKeyException raceOnH2) {
            // a double click: flagging twice is one flag
        }
    }

    /** A moderator hides a comment with a public reason: from then on only the reason is shown. */
    @Transactional
    public void hide(String slug, int number, long commentId, String reason) {
        BudgetProcess process = service.process(slug);
        service.entitledOn(process).require(BudgetAction.MODERATE);
        BudgetProject project = service.project(process, number);
        ProjectComment comment = comment(project, commentId);
        comment.hideRefused(reason).ifPresent(p -> {
            throw new InvalidInputException(List.of(p));
        });
        comment.hide(reason, today.now());
        Map<String, Object> record = record(process, project, comment);
        record.put("reason", comment.getHiddenReason());
        ledger.append(ParticipationService.MODULE, "pb.comment.hidden", "pb-process", process.getId(), record);
    }

    /** A moderator shows a hidden comment again (a mistaken hiding); the ledger keeps both. */
    @Transactional
    public void restore(String slug, int number, long commentId) {
        BudgetProcess process = service.process(slug);
        service.entitledOn(process).require(BudgetAction.MODERATE);
        BudgetProject project = service.project(process, number);
        ProjectComment comment = comment(project, commentId);
        comment.restoreRefused().ifPresent(p -> {
            throw new InvalidInputException(List.of(p));
        });
        comment.restore();
        ledger.append(ParticipationService.MODULE, "pb.comment.restored", "pb-process", process.getId(),
                record(process, project, comment));
    }

    private ProjectComment comment(BudgetProject project, long id) {
        return comments.findById(id).filter(c -> c.getProjectId().equals(project.getId()))
                .orElseThrow(() -> new NotFoundException("comment " + id));
    }

    private static Map<String, Object> record(BudgetProcess process, BudgetProject project, ProjectComment comment) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("process", process.getSlug());
        record.put("project", project.getNumber());
        record.put("comment", comment.getId());
        return record;
    }
}
