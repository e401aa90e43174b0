package org.apertura.participation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.security.PublicActor;
import org.apertura.platform.time.Today;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports of debates and their comments (issue 21, ADR 0055): a signed-in person reports a debate or a comment in it
 * once, with a reason from {@link ReportReason} and an optional note; the moderation queue lists the items still
 * shown with pending reports, how many reported them and why, never who; a moderator resolves them by hiding the item
 * with a public reason (through {@link DebateService} or {@link ProjectCommentService}, which write the ledger) or by
 * dismissing them (the ledger gets how many were dismissed, never who reported).
 */
@Service
@Transactional(readOnly = true)
public class DebateReportService {

    private final ParticipationService service;
    private final DebateService debates;
    private final ProjectCommentService comments;
    private final ProjectCommentRepository commentRows;
    private final DebateReportRepository reports;
    private final LedgerService ledger;
    private final Today today;

    DebateReportService(ParticipationService service, DebateService debates, ProjectCommentService comments,
            ProjectCommentRepository commentRows, DebateReportRepository reports, LedgerService ledger, Today today) {
        this.service = service;
        this.debates = debates;
        this.comments = comments;
        this.commentRows = commentRows;
        this.reports = reports;
        this.ledger = ledger;
        this.today = today;
    }

    /** The item reported: a debate, or one of its comments ({@code comment} null for the debate itself). */
    private record Item(BudgetProcess process, Debate debate, ProjectComment comment) {

        boolean hidden() {
            return debate.isHidden() || comment != null && comment.isHidden();
        }

        boolean by(Long accountId) {
            return comment != null ? comment.isBy(accountId) : debate.isOpenedBy(accountId);
        }
    }

    private Item item(String slug, int number, Long commentId) {
        BudgetProcess process = service.process(slug);
        Debate debate = debates.debate(process, number);
        ProjectComment comment = commentId == null ? null : commentRows.findById(commentId)
                .filter(c -> debate.getId().equals(c.getDebateId()))
                .orElseThrow(() -> new NotFoundException("comment " + commentId));
        return new Item(process, debate, comment);
    }

    /**
     * The signed-in person reports a debate ({@code commentId} null) or one of its comments, once, with a reason and
     * an optional note. Not one's own debate or comment, and not what the moderation already hid.
     */
    @Transactional
    public void report(String slug, int number, Long commentId, ReportReason reason, String note) {
        PublicActor actor = PublicActor.current().orElseThrow(() -> new AccessDeniedException("sign in to report"));
        Item item = item(slug, number, commentId);
        List<FieldProblem> problems = new ArrayList<>(DebateReport.check(reason, note));
        if (item.by(actor.accountId())) {
            problems.add(new FieldProblem("reportReason", "participation.error.reportOwn"));
        }
        if (item.hidden()) {
            problems.add(new FieldProblem("reportReason", "participation.error.reportHidden"));
        }
        if (reports.existsByItemKeyAndAccountId(DebateReport.key(item.debate(), item.comment()), actor.accountId())) {
            problems.add(new FieldProblem("reportReason", "participation.error.reportTwice"));
        }
        ParticipationService.refuse(problems);
        try {
            reports.saveAndFlush(new DebateReport(item.debate(), item.comment(), actor.accountId(), reason, note,
                    today.now()));
        } catch (DataIntegrityViolationException doubleClick) {
            throw new InvalidInputException("reportReason", "participation.error.reportTwice");
        }
    }

    /**
     * An item with pending reports, as moderators see it: the debate's number, the comment (null for the debate),
     * how many reported it, how many gave each reason, and their notes; never who.
     */
    public record Pending(int debate, String debateTitle, ProjectComment comment, long count,
            Map<ReportReason, Long> reasons, List<String> notes) {
    }

    /** The items of the process still shown that have pending reports, the most reported first. */
    public List<Pending> pending(BudgetProcess process) {
        Map<String, List<DebateReport>> byItem = new LinkedHashMap<>();
        reports.findByProcessIdAndResolvedAtIsNullOrderByIdAsc(process.getId())
                .forEach(r -> byItem.computeIfAbsent(r.getItemKey(), k -> new ArrayList<>()).add(r));
        Map<Long, Debate> debatesById = new LinkedHashMap<>();
        debates.of(process).forEach(d -> debatesById.put(d.getId(), d));
        List<Pending> pending = new ArrayList<>();
        for (List<DebateReport> group : byItem.values()) {
            DebateReport first = group.get(0);
            Debate debate = debatesById.get(first.getDebateId());
            ProjectComment comment = first.getCommentId() == null ? null
                    : commentRows.findById(first.getCommentId()).orElseThrow();
            if (debate.isHidden() || comment != null && comment.isHidden()) {
                continue; // already hidden by a moderator: nothing left to decide
            }
            Map<ReportReason, Long> reasons = new EnumMap<>(ReportReason.class);
            group.forEach(r -> reasons.merge(r.getReason(), 1L, Long::sum));
            pending.add(new Pending(debate.getNumber(), debate.getTitle(), comment, group.size(), reasons,
                    group.stream().map(DebateReport::getNote).filter(n -> n != null).toList()));
        }
        pending.sort(java.util.Comparator.comparingLong(Pending::count).reversed());
        return pending;
    }

    /** How many pending reports each comment of a debate has, and the debate itself under key 0 (for moderators). */
    public Map<Long, Long> pendingCounts(Debate debate) {
        Map<Long, Long> counts = new LinkedHashMap<>();
        reports.findByProcessIdAndResolvedAtIsNullOrderByIdAsc(debate.getProcessId()).stream()
                .filter(r -> r.getDebateId().equals(debate.getId()))
                .forEach(r -> counts.merge(r.getCommentId() == null ? 0L : r.getCommentId(), 1L, Long::sum));
        return counts;
    }

    /**
     * A moderator resolves the pending reports of an item: {@link ReportResolution#HIDDEN} hides it with the public
     * {@code reason} (the hiding goes to the ledger as any hiding does); {@link ReportResolution#DISMISSED} leaves
     * it shown and records how many reports were dismissed.
     */
    @Transactional
    public void resolve(String slug, Integer number, Long commentId, ReportResolution how, String reason) {
        service.entitledOn(service.process(slug)).require(BudgetAction.MODERATE);
        if (number == null) {
            throw new InvalidInputException("resolution", "participation.error.reportNone");
        }
        Item item = item(slug, number, commentId);
        if (how == null) {
            throw new InvalidInputException("resolution", "participation.validation.reportResolution");
        }
        List<DebateReport> open = reports.findByItemKeyAndResolvedAtIsNull(DebateReport.key(item.debate(),
                item.comment()));
        if (open.isEmpty()) {
            throw new InvalidInputException("resolution", "participation.error.reportNone");
        }
        if (how == ReportResolution.HIDDEN) {
            if (item.comment() == null) {
                debates.hide(slug, number, reason);
            } else {
                comments.hide(ProjectCommentService.On.debate(slug, number), commentId, reason);
            }
        }
        open.forEach(r -> r.resolve(how, today.now()));
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("process", item.process().getSlug());
        record.put("debate", item.debate().getNumber());
        Optional.ofNullable(item.comment()).ifPresent(c -> record.put("comment", c.getId()));
        record.put("reports", open.size());
        record.put("resolution", how.name());
        ledger.append(ParticipationService.MODULE, "pd.reports.resolved", "pb-process", item.process().getId(),
                record);
    }
}
