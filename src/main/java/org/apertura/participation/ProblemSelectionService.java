package org.apertura.participation;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.security.PublicActor;
import org.apertura.platform.time.Today;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Problem selection by dot voting (issue 21, theme h; ADR 0055): those who run a process set up a list of problems;
 * its verified voters spread their dots while it is open and may change them until the close; after the close the
 * count is public (every problem's dots and how many people gave it dots, never who), those who run it record the
 * count in the public history, and the selected problems feed a call for proposals.
 */
@Service
@Transactional(readOnly = true)
public class ProblemSelectionService {

    private final ParticipationService service;
    private final ProblemSelectionRepository selections;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final LedgerService ledger;
    private final Today today;
    private final org.springframework.context.ApplicationEventPublisher events;

    ProblemSelectionService(ParticipationService service, ProblemSelectionRepository selections,
            org.springframework.jdbc.core.simple.JdbcClient jdbc, LedgerService ledger, Today today,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.service = service;
        this.selections = selections;
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.today = today;
    }

    /** A problem of a list, by its number in the list. */
    public record Problem(long id, int number, String title) {
    }

    public List<ProblemSelection> of(BudgetProcess process) {
        return selections.findByProcessIdOrderByNumberAsc(process.getId());
    }

    public ProblemSelection selection(BudgetProcess process, int number) {
        return selections.findByProcessIdAndNumber(process.getId(), number)
                .orElseThrow(() -> new NotFoundException("problem selection " + number + " of " + process.getSlug()));
    }

    public List<Problem> problems(ProblemSelection selection) {
        return jdbc.sql("SELECT id, number, title FROM pps_problem WHERE selection_id = ? ORDER BY number")
                .param(selection.getId())
                .query((rs, i) -> new Problem(rs.getLong(1), rs.getInt(2), rs.getString(3))).list();
    }

    /** Those who run the exercise set up a list of problems with its days, dots and how many are selected. */
    @Transactional
    public ProblemSelection setUp(String slug, ProblemSelection.Terms terms) {
        ParticipationService.Opening opening = service.opening(slug, terms.check(), terms.closesOn());
        InvalidInputException.throwIfAny(opening.problems());
        BudgetProcess process = opening.process();
        ProblemSelection selection = selections.save(new ProblemSelection(process,
                selections.maxNumber(process.getId()) + 1, terms, today.now()));
        List<String> titles = terms.problemTitles();
        for (int i = 0; i < titles.size(); i++) {
            jdbc.sql("INSERT INTO pps_problem (selection_id, number, title) VALUES (?, ?, ?)")
                    .params(selection.getId(), i + 1, titles.get(i)).update();
        }
        Map<String, Object> record = record(process, selection);
        record.put("title", selection.getTitle());
        record.put("description", selection.getDescription());
        record.put("opensOn", selection.getOpensOn().toString());
        record.put("closesOn", selection.getClosesOn().toString());
        record.put("dotsPerPerson", selection.getDotsPerPerson());
        record.put("selects", selection.getSelects());
        record.put("problems", titles);
        ledger.append(ParticipationService.MODULE, "pps.set-up", "pb-process", process.getId(), record);
        return selection;
    }

    /** The current person's dots in the list, by problem number (empty when they placed none or nobody is signed in). */
    public Map<Integer, Integer> myDots(ProblemSelection selection) {
        return PublicActor.current().map(a -> {
            Map<Integer, Integer> dots = new HashMap<>();
            jdbc.sql("SELECT p.number, d.dots FROM pps_dot d JOIN pps_problem p ON p.id = d.problem_id "
                    + "WHERE d.selection_id = ? AND d.account_id = ?").params(selection.getId(), a.accountId())
                    .query(rs -> {
                        dots.put(rs.getInt(1), rs.getInt(2));
                    });
            return dots;
        }).orElse(Map.of());
    }

    /** Whether the current person may place dots in the process's lists: a verified voter of the process. */
    public boolean verified(BudgetProcess process) {
        return service.myVote(process).isPresent();
    }

    /**
     * A verified voter of the process places their dots (by problem number) while the list is open, replacing what
     * they placed before; none at all withdraws them. Over the dots, after the close, unverified: refused, nothing
     * changes.
     */
    @Transactional
    public void place(String slug, int number, Map<Integer, Integer> dots) {
        PublicActor actor = PublicActor.current().orElseThrow(() -> new AccessDeniedException("sign in"));
        BudgetProcess process = service.process(slug);
        ProblemSelection selection = selection(process, number);
        Map<Integer, Long> ids = problems(selection).stream()
                .collect(Collectors.toMap(Problem::number, Problem::id));
        List<FieldProblem> problems = new ArrayList<>();
        if (!verified(process)) {
            problems.add(new FieldProblem("dots", "participation.error.problemsVerified"));
        }
        problems.addAll(selection.dotsRefused(dots, Set.copyOf(ids.keySet()), today.date()));
        InvalidInputException.throwIfAny(problems);
        jdbc.sql("DELETE FROM pps_dot WHERE selection_id = ? AND account_id = ?")
                .params(selection.getId(), actor.accountId()).update();
        OffsetDateTime now = OffsetDateTime.ofInstant(today.now(), ZoneOffset.UTC);
        dots.forEach((problem, n) -> {
            if (n > 0) {
                jdbc.sql("INSERT INTO pps_dot (selection_id, problem_id, account_id, dots, placed_at) "
                        + "VALUES (?, ?, ?, ?, ?)").params(selection.getId(), ids.get(problem), actor.accountId(), n,
                                now).update();
            }
        });
    }

    /** How many people have placed dots in the list (public while it is open; never who). */
    public long participants(ProblemSelection selection) {
        return jdbc.sql("SELECT COUNT(DISTINCT account_id) FROM pps_dot WHERE selection_id = ?")
                .param(selection.getId()).query(Long.class).single();
    }

    /** A problem's line in the count: its dots, how many people gave it dots, its place, and whether it is selected. */
    public record Line(int position, int number, String title, long dots, long people, boolean selected) {
    }

    /**
     * The count, once the list has closed: the problems by dots, ties broken by how many people gave dots and then by
     * the list's order (the published rule); the first {@link ProblemSelection#getSelects()} are selected.
     */
    public List<Line> count(ProblemSelection selection) {
        InvalidInputException.throwIf(selection.countRefused(today.date()));
        Map<Long, long[]> sums = new HashMap<>();
        jdbc.sql("SELECT problem_id, SUM(dots), COUNT(*) FROM pps_dot WHERE selection_id = ? GROUP BY problem_id")
                .param(selection.getId()).query(rs -> {
                    sums.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3)});
                });
        List<Problem> ordered = new ArrayList<>(problems(selection));
        ordered.sort(Comparator.<Problem>comparingLong(p -> -sums.getOrDefault(p.id(), new long[2])[0])
                .thenComparingLong(p -> -sums.getOrDefault(p.id(), new long[2])[1])
                .thenComparingInt(Problem::number));
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Problem p = ordered.get(i);
            long[] sum = sums.getOrDefault(p.id(), new long[2]);
            lines.add(new Line(i + 1, p.number(), p.title(), sum[0], sum[1], i < selection.getSelects()));
        }
        return lines;
    }

    /** The selected problems, in their order, once the list has closed. */
    public List<Line> selected(ProblemSelection selection) {
        return count(selection).stream().filter(Line::selected).toList();
    }

    /** Those who run the exercise record the count in the public history, once, after the close. */
    @Transactional
    public void record(String slug, int number) {
        BudgetProcess process = service.process(slug);
        service.entitledOn(process).require(BudgetAction.CONFIGURE);
        ProblemSelection selection = selection(process, number);
        InvalidInputException.throwIf(selection.recordRefused(today.date()));
        List<Map<String, Object>> lines = count(selection).stream().map(l -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("problem", l.number());
            line.put("title", l.title());
            line.put("dots", l.dots());
            line.put("people", l.people());
            line.put("selected", l.selected());
            return line;
        }).toList();
        selection.counted(today.now());
        Map<String, Object> record = record(process, selection);
        record.put("participants", participants(selection));
        record.put("lines", lines);
        ledger.append(ParticipationService.MODULE, "pps.counted", "pb-process", process.getId(), record);
        // the first counted list gives the per-list dataset its example: the catalog registers it once this commits
        events.publishEvent(new org.apertura.platform.web.PublicDataset.Changed());
    }

    /** The lists that feed a call for proposals, by the call's slug. */
    public List<ProblemSelection> feeding(String callSlug) {
        return selections.findByCallSlugOrderByIdAsc(callSlug);
    }

    /** The counted lists of the processes the current person runs that feed no call yet (to link from a call). */
    public List<ProblemSelection> linkable() {
        List<ProblemSelection> linkable = new ArrayList<>();
        for (BudgetProcess process : service.processes()) {
            if (service.entitledOn(process).may(BudgetAction.CONFIGURE)) {
                of(process).stream().filter(s -> s.getCountedAt() != null && s.getCallSlug() == null)
                        .forEach(linkable::add);
            }
        }
        return linkable;
    }

    /** The process of a list. */
    public BudgetProcess processOf(ProblemSelection selection) {
        return service.processes().stream().filter(p -> p.getId().equals(selection.getProcessId())).findFirst()
                .orElseThrow();
    }

    /**
     * Those who run the exercise say which call for proposals the counted list feeds (its slug, checked by the caller
     * to name a call): the call's page then shows the selected problems.
     */
    @Transactional
    public void feed(String slug, int number, String callSlug) {
        BudgetProcess process = service.process(slug);
        service.entitledOn(process).require(BudgetAction.CONFIGURE);
        ProblemSelection selection = selection(process, number);
        InvalidInputException.throwIf(selection.linkRefused(callSlug));
        selection.feed(callSlug);
        Map<String, Object> record = record(process, selection);
        record.put("call", selection.getCallSlug());
        record.put("problems", selected(selection).stream().map(Line::title).toList());
        ledger.append(ParticipationService.MODULE, "pps.linked", "pb-process", process.getId(), record);
    }

    private static Map<String, Object> record(BudgetProcess process, ProblemSelection selection) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("process", process.getSlug());
        record.put("selection", selection.getNumber());
        return record;
    }
}
