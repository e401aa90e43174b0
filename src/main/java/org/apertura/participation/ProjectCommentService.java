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
    /**
     * How many arguments and replies one person may post in debates in a minute (issue 21), counted across every node
     * by the platform's shared rate limits, on top of {@link #PER_HOUR}.
     */
    static final int DEBATE_PER_MINUTE = 5;

    private final ParticipationService service;
    private final DebateService debates;
    private final ProjectCommentRepository comments;
    private final LedgerService ledger;
    private final JdbcClient jdbc;
    private final Today today;
    private final DebateRateLimits limits;

    ProjectCommentService(ParticipationService service, DebateService debates, ProjectCommentRepository comments,
            LedgerService ledger, JdbcClient jdbc, Today today, DebateRateLimits limits) {
        this.limits = limits;
        this.service = service;
        this.debates = debates;
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
        return threads(comments.findByProjectIdOrderByPostedAtAscIdAsc(project.getId()));
    }

    /** The threads of a debate, oldest first, as {@link #threads(BudgetProject)}: its arguments and their replies. */
    public List<Thread> threads(Debate debate) {
        return threads(comments.findByDebateIdOrderByPostedAtAscIdAsc(debate.getId()));
    }

    /** How many threads of a debate open with an argument of this side. */
    public static long arguments(List<Thread> threads, Stance stance) {
        return threads.stream().filter(t -> t.comment().getStance() == stance).count();
    }

    private static List<Thread> threads(List<ProjectComment> posted) {
        Map<Long, Thread> threads = new LinkedHashMap<>();
        for (ProjectComment c : posted) {
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

    /**
     * A comment as the public files list it: on which project or debate (by number), and its votes. A comment in a
     * debate the moderation hid is listed as hidden too, with the debate's reason: neither its text nor its author shows
     * while the debate's own page shows only its number and that reason.
     */
    public record Row(ProjectComment comment, Integer project, Integer debate, Score score, Debate hiddenDebate) {

        /** The text as published: none while the comment or its debate is hidden. */
        public String text() {
            return hiddenDebate != null ? null : comment.publicBody().orElse(null);
        }

        /** The name the author chose to show, but not inside a hidden debate. */
        public String author() {
            return hiddenDebate != null ? null : comment.getAuthorName();
        }

        public java.time.Instant hiddenAt() {
            return hiddenDebate != null ? hiddenDebate.getHiddenAt() : comment.getHiddenAt();
        }

        public String hiddenReason() {
            return hiddenDebate != null ? hiddenDebate.getHiddenReason() : comment.getHiddenReason();
        }
    }

    /** Every comment of a process with where it was posted and its votes, in the order they were posted. */
    public List<Row> rows(BudgetProcess process) {
        Map<Long, Integer> projects = new HashMap<>();
        service.projects(process).forEach(p -> projects.put(p.getId(), p.getNumber()));
        Map<Long, Debate> debatesById = new HashMap<>();
        debates.of(process).forEach(d -> debatesById.put(d.getId(), d));
        Map<Long, Score> scores = scores(process);
        return ofProcess(process).stream().map(c -> {
            Debate in = c.getDebateId() == null ? null : debatesById.get(c.getDebateId());
            return new Row(c, projects.get(c.getProjectId()), in == null ? null : in.getNumber(),
                    scores.getOrDefault(c.getId(), Score.NONE), in != null && in.isHidden() ? in : null);
        }).toList();
    }

    /** How many people flagged each flagged comment of a project (what moderators see; never who). */
    public Map<Long, Long> flagCounts(BudgetProject project) {
        return flagCounts("project_id", project.getId());
    }

    /** How many people flagged each flagged comment of a debate (what moderators see; never who). */
    public Map<Long, Long> flagCounts(Debate debate) {
        return flagCounts("debate_id", debate.getId());
    }

    private Map<Long, Long> flagCounts(String column, Long id) {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("SELECT f.comment_id, COUNT(*) FROM pb_comment_flag f JOIN pb_comment c ON c.id = f.comment_id "
                + "WHERE c." + column + " = ? GROUP BY f.comment_id").param(id)
                .query(rs -> {
                    counts.put(rs.getLong(1), rs.getLong(2));
                });
        return counts;
    }

    /** A flagged comment still shown, as the moderation queue lists it: on a project or in a debate, by number. */
    public record Flagged(ProjectComment comment, Integer project, Integer debate, long flags) {
    }

    /**
     * The process's comments that someone flagged and that are still shown, most flagged first: neither a hidden
     * comment nor one in a hidden debate, whose comments nobody reads while it is hidden, waits for moderation. A
     * debate's comment flagged the old way (before reports with reasons, ADR 0039) waits here only until it is
     * reported: then it is in the reports' queue, and once those are resolved a moderator has handled it.
     */
    public List<Flagged> flagged(BudgetProcess process) {
        Map<Long, Row> rows = new HashMap<>();
        rows(process).forEach(r -> rows.put(r.comment().getId(), r));
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("SELECT f.comment_id, COUNT(*) FROM pb_comment_flag f JOIN pb_comment c ON c.id = f.comment_id "
                + "LEFT JOIN pd_debate d ON d.id = c.debate_id "
                + "WHERE c.process_id = ? AND c.hidden_at IS NULL AND d.hidden_at IS NULL "
                + "AND NOT EXISTS (SELECT 1 FROM pd_report r WHERE r.comment_id = c.id) GROUP BY f.comment_id")
                .param(process.getId())
                .query(rs -> {
                    counts.put(rs.getLong(1), rs.getLong(2));
                });
        return comments.findAllById(counts.keySet()).stream()
                .map(c -> new Flagged(c, rows.get(c.getId()).project(), rows.get(c.getId()).debate(),
                        counts.get(c.getId())))
                .sorted(java.util.Comparator.comparingLong(Flagged::flags).reversed()
                        .thenComparing(f -> f.comment().getId()))
                .toList();
    }

    /**
     * Where comments are posted: a project or a debate of a process (ADR 0039), by the process's slug and the item's
     * number. The same rules hold for both; only the days comments are open differ.
     */
    public record On(String slug, boolean debate, int number) {

        public static On project(String slug, int number) {
            return new On(slug, false, number);
        }

        public static On debate(String slug, int number) {
            return new On(slug, true, number);
        }
    }

    /** A subject found: its process, and the project or the debate. */
    private record Subject(BudgetProcess process, BudgetProject project, Debate debate) {

        boolean holds(ProjectComment c) {
            return project != null ? project.getId().equals(c.getProjectId()) : debate.getId().equals(c.getDebateId());
        }
    }

    /** Why a comment (or a vote on one) is refused on the subject today: its process's or its debate's own guard. */
    private static java.util.Optional<FieldProblem> commentRefused(Subject subject, java.time.LocalDate day) {
        return subject.project() != null ? subject.process().commentRefused(day) : subject.debate().commentRefused(day);
    }

    private Subject subject(On on) {
        BudgetProcess process = service.process(on.slug());
        return on.debate() ? new Subject(process, null, debates.debate(process, on.number()))
                : new Subject(process, service.project(process, on.number()), null);
    }

    /**
     * The signed-in person comments on a project, or replies to one of its comments ({@code replyTo}), while comments
     * are open, in at most {@link ProjectComment#MAX_LENGTH} characters and {@link #PER_HOUR} comments an hour.
     */
    @Transactional
    public ProjectComment post(String slug, int number, Long replyTo, String body) {
        return post(On.project(slug, number), replyTo, null, body);
    }

    /**
     * The signed-in person comments (on a debate: an argument for, against, or neither when {@code stance} is null)
     * or replies, while comments are open there, in at most {@link ProjectComment#MAX_LENGTH} characters and
     * {@link #PER_HOUR} comments an hour. A comment by the secretariat's people is marked as the institution's.
     */
    @Transactional
    public ProjectComment post(On on, Long replyTo, Stance stance, String body) {
        PublicActor actor = PublicActor.current().orElseThrow(() -> new AccessDeniedException("sign in to comment"));
        Subject subject = subject(on);
        ProjectComment parent = replyTo == null ? null : comment(subject, replyTo);
        List<FieldProblem> problems = new ArrayList<>();
        commentRefused(subject, today.date()).ifPresent(problems::add);
        ProjectComment.textRefused(body).ifPresent(problems::add);
        Instant now = today.now();
        if (problems.isEmpty() && comments.countByAuthorSince(actor.accountId(), now.minus(Duration.ofHours(1)))
                >= PER_HOUR) {
            problems.add(new FieldProblem("body", "participation.error.commentRate", PER_HOUR));
        }
        if (problems.isEmpty() && on.debate()
                && !limits.tryHit("pd.comment", actor.accountId(), DEBATE_PER_MINUTE)) {
            problems.add(new FieldProblem("body", "participation.error.debateCommentRate", DEBATE_PER_MINUTE));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ProjectComment comment = subject.project() != null
                ? new ProjectComment(subject.project(), parent, actor.accountId(), actor.displayName(), body, now)
                : new ProjectComment(subject.debate(), parent, stance, actor.accountId(), actor.displayName(), body,
                        now);
        if (service.entitledOn(subject.process()).may(BudgetAction.MODERATE)) {
            comment.official();
        }
        comment = comments.save(comment);
        Map<String, Object> record = record(subject, comment);
        if (comment.isReply()) {
            record.put("replyTo", comment.getParentId());
        }
        if (comment.getStance() != null) {
            record.put("stance", comment.getStance().name());
        }
        if (comment.isOfficial()) {
            record.put("official", true);
        }
        ledger.append(ParticipationService.MODULE, "pb.comment.posted", "pb-process", subject.process().getId(),
                record);
        return comment;
    }

    /** The signed-in person flags someone else's comment for the moderators; flagging twice is one flag. */
    @Transactional
    public void flag(String slug, int number, long commentId) {
        flag(On.project(slug, number), commentId);
    }

    @Transactional
    public void flag(On on, long commentId) {
        PublicActor actor = PublicActor.current().orElseThrow(() -> new AccessDeniedException("sign in to flag"));
        ProjectComment comment = comment(subject(on), commentId);
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

    /**
     * The signed-in person votes someone else's comment up ({@code 1}) or down ({@code -1}) while comments are open
     * there; a second vote replaces the first. Votes are private: pages show the sums.
     */
    @Transactional
    public void rate(On on, long commentId, int vote) {
        PublicActor actor = PublicActor.current().orElseThrow(() -> new AccessDeniedException("sign in to vote"));
        Subject subject = subject(on);
        ProjectComment comment = comment(subject, commentId);
        List<FieldProblem> problems = new ArrayList<>();
        commentRefused(subject, today.date()).ifPresent(p -> problems.add(new FieldProblem("vote", p.messageKey(),
                p.args())));
        if (vote != 1 && vote != -1) {
            problems.add(new FieldProblem("vote", "participation.validation.commentVote"));
        }
        if (comment.isBy(actor.accountId())) {
            problems.add(new FieldProblem("vote", "participation.error.rateOwn"));
        }
        if (comment.isHidden()) {
            problems.add(new FieldProblem("vote", "participation.error.commentHidden"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        OffsetDateTime now = OffsetDateTime.ofInstant(today.now(), ZoneOffset.UTC);
        int changed = jdbc.sql("UPDATE pb_comment_vote SET vote = ?, voted_at = ? WHERE comment_id = ? "
                + "AND account_id = ?").params(vote, now, comment.getId(), actor.accountId()).update();
        if (changed == 0) {
            try {
                jdbc.sql("INSERT INTO pb_comment_vote (comment_id, account_id, vote, voted_at) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT DO NOTHING").params(comment.getId(), actor.accountId(), vote, now).update();
            } catch (DuplicateKeyException raceOnH2) {
                // a double click: the first vote stands
            }
        }
    }

    /** A comment's votes: how many up and how many down (never who). */
    public record Score(long up, long down) {

        public static final Score NONE = new Score(0, 0);
    }

    /** The votes of the comments of a process, by comment id (those with none are absent). */
    public Map<Long, Score> scores(BudgetProcess process) {
        Map<Long, Score> scores = new HashMap<>();
        jdbc.sql("SELECT v.comment_id, SUM(CASE WHEN v.vote > 0 THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN v.vote < 0 THEN 1 ELSE 0 END) FROM pb_comment_vote v "
                + "JOIN pb_comment c ON c.id = v.comment_id WHERE c.process_id = ? GROUP BY v.comment_id")
                .param(process.getId()).query(rs -> {
                    scores.put(rs.getLong(1), new Score(rs.getLong(2), rs.getLong(3)));
                });
        return scores;
    }

    /** A moderator hides a comment with a public reason: from then on only the reason is shown. */
    @Transactional
    public void hide(String slug, int number, long commentId, String reason) {
        hide(On.project(slug, number), commentId, reason);
    }

    @Transactional
    public void hide(On on, long commentId, String reason) {
        service.entitledOn(service.process(on.slug())).require(BudgetAction.MODERATE);
        Subject subject = subject(on);
        ProjectComment comment = comment(subject, commentId);
        comment.hideRefused(reason).ifPresent(p -> {
            throw new InvalidInputException(List.of(p));
        });
        comment.hide(reason, today.now());
        Map<String, Object> record = record(subject, comment);
        record.put("reason", comment.getHiddenReason());
        ledger.append(ParticipationService.MODULE, "pb.comment.hidden", "pb-process", subject.process().getId(),
                record);
    }

    /** A moderator shows a hidden comment again (a mistaken hiding); the ledger keeps both. */
    @Transactional
    public void restore(String slug, int number, long commentId) {
        restore(On.project(slug, number), commentId);
    }

    @Transactional
    public void restore(On on, long commentId) {
        service.entitledOn(service.process(on.slug())).require(BudgetAction.MODERATE);
        Subject subject = subject(on);
        ProjectComment comment = comment(subject, commentId);
        comment.restoreRefused().ifPresent(p -> {
            throw new InvalidInputException(List.of(p));
        });
        comment.restore();
        ledger.append(ParticipationService.MODULE, "pb.comment.restored", "pb-process", subject.process().getId(),
                record(subject, comment));
    }

    private ProjectComment comment(Subject subject, long id) {
        return comments.findById(id).filter(subject::holds)
                .orElseThrow(() -> new NotFoundException("comment " + id));
    }

    private static Map<String, Object> record(Subject subject, ProjectComment comment) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("process", subject.process().getSlug());
        if (subject.project() != null) {
            record.put("project", subject.project().getNumber());
        } else {
            record.put("debate", subject.debate().getNumber());
        }
        record.put("comment", comment.getId());
        return record;
    }
}
