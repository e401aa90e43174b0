package org.apertura.participation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.security.PublicActor;
import org.apertura.platform.time.Today;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports of debates (issue 21, ADR 0055): a signed-in person reports a debate once, with a reason from
 * {@link ReportReason} and an optional note; the moderation queue lists the debates still shown with pending reports,
 * how many reported them and why, never who; a moderator resolves them by hiding the debate with a public reason
 * (through {@link DebateService}, which writes the ledger) or by dismissing them (the ledger gets how many were
 * dismissed, never who reported). A debate's comments are flagged, with a reason, on the comment engine and wait in its
 * shared queue (ADR 0067, "Done"); their older reports here are kept, re-pointed to the engine's comments.
 */
@Service
@Transactional(readOnly = true)
public class DebateReportService {

    private final ParticipationService service;
    private final DebateService debates;
    private final DebateReportRepository reports;
    private final LedgerService ledger;
    private final Today today;

    DebateReportService(ParticipationService service, DebateService debates, DebateReportRepository reports,
            LedgerService ledger, Today today) {
        this.service = service;
        this.debates = debates;
        this.reports = reports;
        this.ledger = ledger;
        this.today = today;
    }

    /**
     * The signed-in person reports a debate, once, with a reason and an optional note. Not one's own debate, and not
     * one the moderation already hid.
     */
    @Transactional
    public void report(String slug, int number, ReportReason reason, String note) {
        PublicActor actor = PublicActor.current().orElseThrow(() -> new AccessDeniedException("sign in to report"));
        Debate debate = debates.debate(service.process(slug), number);
        List<FieldProblem> problems = new ArrayList<>(DebateReport.check(reason, note));
        if (debate.isOpenedBy(actor.accountId())) {
            problems.add(new FieldProblem("reportReason", "participation.error.reportOwn"));
        }
        if (debate.isHidden()) {
            problems.add(new FieldProblem("reportReason", "participation.error.reportHidden"));
        }
        if (reports.existsByItemKeyAndAccountId(DebateReport.key(debate), actor.accountId())) {
            problems.add(new FieldProblem("reportReason", "participation.error.reportTwice"));
        }
        InvalidInputException.throwIfAny(problems);
        try {
            reports.saveAndFlush(new DebateReport(debate, actor.accountId(), reason, note, today.now()));
        } catch (DataIntegrityViolationException doubleClick) {
            throw new InvalidInputException("reportReason", "participation.error.reportTwice");
        }
    }

    /**
     * A debate with pending reports, as moderators see it: its number and title, how many reported it, how many gave
     * each reason, and their notes; never who.
     */
    public record Pending(int debate, String debateTitle, long count, Map<ReportReason, Long> reasons,
            List<String> notes) {
    }

    /** The debates of the process still shown that have pending reports, the most reported first. */
    public List<Pending> pending(BudgetProcess process) {
        Map<String, List<DebateReport>> byItem = new LinkedHashMap<>();
        reports.findByProcessIdAndResolvedAtIsNullOrderByIdAsc(process.getId()).stream()
                .filter(r -> r.getCommentId() == null)
                .forEach(r -> byItem.computeIfAbsent(r.getItemKey(), k -> new ArrayList<>()).add(r));
        Map<Long, Debate> debatesById = new LinkedHashMap<>();
        debates.of(process).forEach(d -> debatesById.put(d.getId(), d));
        List<Pending> pending = new ArrayList<>();
        for (List<DebateReport> group : byItem.values()) {
            DebateReport first = group.get(0);
            Debate debate = debatesById.get(first.getDebateId());
            if (debate.isHidden()) {
                continue; // already hidden by a moderator: nothing left to decide
            }
            Map<ReportReason, Long> reasons = new EnumMap<>(ReportReason.class);
            group.forEach(r -> reasons.merge(r.getReason(), 1L, Long::sum));
            pending.add(new Pending(debate.getNumber(), debate.getTitle(), group.size(), reasons,
                    group.stream().map(DebateReport::getNote).filter(n -> n != null).toList()));
        }
        pending.sort(java.util.Comparator.comparingLong(Pending::count).reversed());
        return pending;
    }

    /** How many pending reports the debate has (for its moderators). */
    public long pendingCount(Debate debate) {
        return reports.findByItemKeyAndResolvedAtIsNull(DebateReport.key(debate)).size();
    }

    /**
     * A moderator resolves the pending reports of a debate: {@link ReportResolution#HIDDEN} hides it with the public
     * {@code reason} (the hiding goes to the ledger as any hiding does); {@link ReportResolution#DISMISSED} leaves
     * it shown and records how many reports were dismissed.
     */
    @Transactional
    public void resolve(String slug, Integer number, ReportResolution how, String reason) {
        BudgetProcess process = service.process(slug);
        service.entitledOn(process).require(BudgetAction.MODERATE);
        if (number == null) {
            throw new InvalidInputException("resolution", "participation.error.reportNone");
        }
        Debate debate = debates.debate(process, number);
        if (how == null) {
            throw new InvalidInputException("resolution", "participation.validation.reportResolution");
        }
        List<DebateReport> open = reports.findByItemKeyAndResolvedAtIsNull(DebateReport.key(debate));
        if (open.isEmpty()) {
            throw new InvalidInputException("resolution", "participation.error.reportNone");
        }
        if (how == ReportResolution.HIDDEN) {
            debates.hide(slug, number, reason);
        }
        open.forEach(r -> r.resolve(how, today.now()));
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("process", process.getSlug());
        record.put("debate", debate.getNumber());
        record.put("reports", open.size());
        record.put("resolution", how.name());
        ledger.append(ParticipationService.MODULE, "pd.reports.resolved", "pb-process", process.getId(), record);
    }
}
