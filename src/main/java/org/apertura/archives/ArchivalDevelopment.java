package org.apertura.archives;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.time.Today;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rest of theme n: each institution's PADA for a year with its activities (drafted and published by its área
 * coordinadora de archivos), its annual compliance report generated from what Apertura recorded in the year, the
 * training sessions its archive held, and verification visits with their checklist, findings and compliance figure.
 * Published acts go to the ledger; a draft PADA is seen only by the institution's archivists.
 */
@Service
public class ArchivalDevelopment {

    static final String PADA_PUBLISHED = "pada.published";
    static final String REPORT_PUBLISHED = "pada.report.published";
    static final String TRAINING = "training.recorded";
    static final String VISIT = "visit.recorded";
    static final String ACTIVITY_DONE = "pada.activity.done";

    private final PadaRepository padas;
    private final PadaActivityRepository activities;
    private final TrainingRepository trainings;
    private final VisitRepository visits;
    private final Instruments instruments;
    private final ArchivesPolicy policy;
    private final LedgerService ledger;
    private final JdbcTemplate jdbc;
    private final Today today;

    ArchivalDevelopment(PadaRepository padas, PadaActivityRepository activities, TrainingRepository trainings,
            VisitRepository visits, Instruments instruments, ArchivesPolicy policy, LedgerService ledger,
            JdbcTemplate jdbc, Today today) {
        this.padas = padas;
        this.activities = activities;
        this.trainings = trainings;
        this.visits = visits;
        this.instruments = instruments;
        this.policy = policy;
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.today = today;
    }

    /** Drafts the PADA of a year (one per institution and year). */
    @Transactional
    public Pada draft(String slug, int year, String objectives) {
        policy.allowedNow(slug).require(ArchivesAction.APPROVE_INSTRUMENTS);
        List<FieldProblem> problems = new ArrayList<>();
        if (year < 2019 || year > today.date().getYear() + 1) {
            problems.add(new FieldProblem("anio", "archives.pada.error.year", today.date().getYear() + 1));
        } else if (padas.findByInstitutionSlugAndPlanYear(slug, year).isPresent()) {
            problems.add(new FieldProblem("anio", "archives.pada.error.exists", year));
        }
        String words = objectives == null ? "" : objectives.strip();
        if (words.isEmpty() || words.length() > 4000) {
            problems.add(new FieldProblem("objetivos", "archives.pada.error.objectives"));
        }
        InvalidInputException.throwIfAny(problems);
        return padas.save(new Pada(slug, year, words, today.now()));
    }

    /** Adds an activity to a PADA not yet published, due within its year. */
    @Transactional
    public PadaActivity addActivity(String slug, int year, String title, LocalDate dueOn) {
        policy.allowedNow(slug).require(ArchivesAction.APPROVE_INSTRUMENTS);
        Pada pada = pada(slug, year);
        List<FieldProblem> problems = new ArrayList<>();
        if (pada.isPublished()) {
            problems.add(new FieldProblem("actividad", "archives.pada.error.published"));
        }
        String words = title == null ? "" : title.strip();
        if (words.isEmpty() || words.length() > 300) {
            problems.add(new FieldProblem("actividad", "archives.pada.error.activity"));
        }
        if (dueOn == null || dueOn.getYear() != year) {
            problems.add(new FieldProblem("vence", "archives.pada.error.due", year));
        }
        InvalidInputException.throwIfAny(problems);
        int position = activities.findByPadaIdOrderByPosition(pada.getId()).size() + 1;
        return activities.save(new PadaActivity(pada.getId(), position, words, dueOn));
    }

    /** Publishes the PADA (with at least one activity); the page says whether it came within the first 30 days. */
    @Transactional
    public Pada publish(String slug, int year) {
        policy.allowedNow(slug).require(ArchivesAction.APPROVE_INSTRUMENTS);
        Pada pada = pada(slug, year);
        if (pada.isPublished()) {
            throw new InvalidInputException("pada", "archives.pada.error.published");
        }
        if (activities.findByPadaIdOrderByPosition(pada.getId()).isEmpty()) {
            throw new InvalidInputException("pada", "archives.pada.error.noActivities");
        }
        pada.publish(today.date());
        padas.flush();
        ledger.append(Instruments.MODULE, PADA_PUBLISHED, "pada", pada.getId(), pada.publicRecord());
        return pada;
    }

    /** Records that an activity of a published PADA was done on a day (not in the future); it goes to the ledger. */
    @Transactional
    public PadaActivity done(String slug, int year, int position, LocalDate on) {
        policy.allowedNow(slug).require(ArchivesAction.APPROVE_INSTRUMENTS);
        Pada pada = pada(slug, year);
        PadaActivity activity = activities.findByPadaIdOrderByPosition(pada.getId()).stream()
                .filter(a -> a.getPosition() == position).findFirst()
                .orElseThrow(() -> new NotFoundException("activity"));
        activity.markDone(pada, on, today.date());
        activities.flush();
        ledger.append(Instruments.MODULE, ACTIVITY_DONE, "pada", pada.getId(), java.util.Map.of(
                "institution", slug, "year", year, "position", position, "activity", activity.getTitle(),
                "doneOn", on.toString(), "dueOn", activity.getDueOn().toString()));
        return activity;
    }

    /** The figures of a year's report, from what Apertura recorded that year. */
    @Transactional(readOnly = true)
    public PadaReport figures(String slug, int year) {
        Date from = Date.valueOf(LocalDate.of(year, 1, 1));
        Date to = Date.valueOf(LocalDate.of(year, 12, 31));
        Optional<Pada> pada = padas.findByInstitutionSlugAndPlanYear(slug, year);
        List<PadaActivity> planned = pada.map(p -> activities.findByPadaIdOrderByPosition(p.getId()))
                .orElse(List.of());
        return new PadaReport(
                count("SELECT COUNT(*) FROM archives_file WHERE institution_slug = ? AND opened_on BETWEEN ? AND ?",
                        slug, from, to),
                count("SELECT COUNT(*) FROM archives_file WHERE institution_slug = ? AND closed_on BETWEEN ? AND ?",
                        slug, from, to),
                count("SELECT COUNT(*) FROM archives_transfer WHERE institution_slug = ? AND kind = 'PRIMARY' "
                        + "AND accepted_on BETWEEN ? AND ?", slug, from, to),
                count("SELECT COUNT(*) FROM archives_transfer WHERE institution_slug = ? AND kind = 'SECONDARY' "
                        + "AND accepted_on BETWEEN ? AND ?", slug, from, to),
                count("SELECT COUNT(*) FROM archives_disposal WHERE institution_slug = ? AND status = 'EXECUTED' "
                        + "AND executed_on BETWEEN ? AND ?", slug, from, to),
                count("SELECT COUNT(*) FROM archives_training WHERE institution_slug = ? AND held_on BETWEEN ? AND ?",
                        slug, from, to),
                count("SELECT COALESCE(SUM(attendees), 0) FROM archives_training WHERE institution_slug = ? "
                        + "AND held_on BETWEEN ? AND ?", slug, from, to),
                (int) planned.stream().filter(a -> a.isDone() && a.getDoneOn().getYear() == year).count(),
                planned.size());
    }

    private int count(String sql, Object... args) {
        Number n = jdbc.queryForObject(sql, Number.class, args);
        return n == null ? 0 : n.intValue();
    }

    /** Publishes the annual report of a published PADA once its year is over, with the year's figures frozen. */
    @Transactional
    public Pada publishReport(String slug, int year, String text) {
        policy.allowedNow(slug).require(ArchivesAction.APPROVE_INSTRUMENTS);
        Pada pada = pada(slug, year);
        List<FieldProblem> problems = new ArrayList<>();
        if (!pada.isPublished() || pada.isReportPublished()) {
            problems.add(new FieldProblem("informe", "archives.pada.error.report"));
        }
        if (today.date().getYear() <= year) {
            problems.add(new FieldProblem("informe", "archives.pada.error.yearNotOver", year));
        }
        String words = text == null ? "" : text.strip();
        if (words.isEmpty() || words.length() > 4000) {
            problems.add(new FieldProblem("informe", "archives.pada.error.reportText"));
        }
        InvalidInputException.throwIfAny(problems);
        pada.publishReport(today.date(), words, figures(slug, year));
        padas.flush();
        ledger.append(Instruments.MODULE, REPORT_PUBLISHED, "pada", pada.getId(), pada.publicRecord());
        return pada;
    }

    /** A PADA; a draft only for the institution's archivists. */
    @Transactional(readOnly = true)
    public Pada pada(String slug, int year) {
        Pada pada = padas.findByInstitutionSlugAndPlanYear(slug, year).orElseThrow(() -> new NotFoundException("pada"));
        if (!pada.isPublished() && !policy.allowedNow(slug).may(ArchivesAction.MANAGE)) {
            throw new NotFoundException("pada");
        }
        return pada;
    }

    @Transactional(readOnly = true)
    public List<PadaActivity> activities(Pada pada) {
        return activities.findByPadaIdOrderByPosition(pada.getId());
    }

    /** The PADAs the person may see, newest year first. */
    @Transactional(readOnly = true)
    public List<Pada> padas(String slug) {
        boolean desk = policy.allowedNow(slug).may(ArchivesAction.MANAGE);
        return padas.findByInstitutionSlugOrderByPlanYearDesc(slug).stream().filter(p -> desk || p.isPublished())
                .toList();
    }

    /** Records a training session held (not in the future), with its topic and how many attended, none named. */
    @Transactional
    public Training recordTraining(String slug, LocalDate heldOn, String topic, Integer attendees) {
        return recordTraining(slug, heldOn, topic, "", attendees);
    }

    /** The most staff a session lists, and the longest line of one. */
    static final int MAX_STAFF = 500;
    static final int MAX_STAFF_LINE = 200;

    /**
     * Records a training session held (not in the future), with its topic and its attendance: the staff who attended,
     * one per line ("name, post"; public), and how many others attended (counted only). At least one person.
     */
    @Transactional
    public Training recordTraining(String slug, LocalDate heldOn, String topic, String staffLines,
            Integer publicAttendees) {
        policy.allowedNow(slug).require(ArchivesAction.KEEP_FILES);
        List<FieldProblem> problems = new ArrayList<>();
        if (heldOn == null || heldOn.isAfter(today.date())) {
            problems.add(new FieldProblem("fecha", "archives.training.error.date"));
        }
        String words = topic == null ? "" : topic.strip();
        if (words.isEmpty() || words.length() > 300) {
            problems.add(new FieldProblem("tema", "archives.training.error.topic"));
        }
        List<String> staff = staffLines == null ? List.of() : staffLines.lines().map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
        if (staff.size() > MAX_STAFF || staff.stream().anyMatch(line -> line.length() > MAX_STAFF_LINE)) {
            problems.add(new FieldProblem("personal", "archives.training.error.staff", MAX_STAFF, MAX_STAFF_LINE));
        }
        int others = publicAttendees == null ? 0 : publicAttendees;
        if (others < 0 || others > 100000 || staff.size() + others < 1) {
            problems.add(new FieldProblem("asistentes", "archives.training.error.attendees"));
        }
        InvalidInputException.throwIfAny(problems);
        Training training = trainings.save(new Training(slug, heldOn, words, staff, others, today.now()));
        ledger.append(Instruments.MODULE, TRAINING, "training", training.getId(), java.util.Map.of(
                "institution", slug, "heldOn", heldOn.toString(), "topic", words, "attendees",
                training.getAttendees(), "staffAttendees", staff.size(), "publicAttendees", others));
        return training;
    }

    @Transactional(readOnly = true)
    public List<Training> trainings(String slug) {
        return trainings.findByInstitutionSlugOrderByHeldOnDescIdDesc(slug);
    }

    /** What a visitor observed: the checklist items that are not computed, the findings and the follow-up. */
    public record Observation(LocalDate visitedOn, String visitor, boolean areas, boolean inventories, boolean covers,
            String findings, String followUp) {
    }

    /**
     * Records a verification visit: Apertura computes whether the instruments were approved and published by the
     * visit's day and whether any primary transfer was overdue; the visitor's observations give the rest.
     */
    @Transactional
    public Visit recordVisit(String slug, Observation seen) {
        policy.allowedNow(slug).require(ArchivesAction.APPROVE_INSTRUMENTS);
        List<FieldProblem> problems = new ArrayList<>();
        if (seen.visitedOn() == null || seen.visitedOn().isAfter(today.date())) {
            problems.add(new FieldProblem("fecha", "archives.visit.error.date"));
        }
        String visitor = seen.visitor() == null ? "" : seen.visitor().strip();
        if (visitor.isEmpty() || visitor.length() > 300) {
            problems.add(new FieldProblem("visitante", "archives.visit.error.visitor"));
        }
        String findings = seen.findings() == null ? "" : seen.findings().strip();
        if (findings.isEmpty() || findings.length() > 4000) {
            problems.add(new FieldProblem("hallazgos", "archives.visit.error.findings"));
        }
        String followUp = seen.followUp() == null || seen.followUp().isBlank() ? null : seen.followUp().strip();
        if (followUp != null && followUp.length() > 4000) {
            problems.add(new FieldProblem("seguimiento", "archives.visit.error.followUp"));
        }
        InvalidInputException.throwIfAny(problems);
        LocalDate on = seen.visitedOn();
        boolean instrumentsOk = instruments.inForce(slug).map(i -> !i.getApprovedOn().isAfter(on)).orElse(false);
        boolean transfersOk = count("SELECT COUNT(*) FROM archives_file WHERE institution_slug = ? "
                + "AND stage = 'TRAMITE' AND transfer_due_on < ?", slug, Date.valueOf(on)) == 0;
        Visit visit = visits.save(new Visit(slug, on, visitor, instrumentsOk, seen.areas(), seen.inventories(),
                seen.covers(), transfersOk, findings, followUp, today.now()));
        ledger.append(Instruments.MODULE, VISIT, "visit", visit.getId(), visit.publicRecord());
        return visit;
    }

    @Transactional(readOnly = true)
    public List<Visit> visits(String slug) {
        return visits.findByInstitutionSlugOrderByVisitedOnDescIdDesc(slug);
    }
}
