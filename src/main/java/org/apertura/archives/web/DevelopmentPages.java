package org.apertura.archives.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apertura.archives.ArchivalDevelopment;
import org.apertura.archives.ArchivesAction;
import org.apertura.archives.ArchivesPolicy;
import org.apertura.archives.Pada;
import org.apertura.archives.PadaActivity;
import org.apertura.archives.Training;
import org.apertura.archives.Visit;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.Texts;
import org.apertura.platform.time.Today;
import org.apertura.platform.web.CsvExport;
import org.apertura.platform.web.PublicDataset;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Archival development of an institution (the rest of theme n): its PADAs with their activities and annual reports,
 * its training sessions and the verification visits with their compliance figure, public; the forms for its área
 * coordinadora (PADA, visits) and archivists (training) on the same pages. The policy decides who acts. Each of the
 * three public lists downloads as CSV and JSON (published programmes only).
 */
@Controller
class DevelopmentPages implements PublicDataset.Source {

    static final List<String> PADA_COLUMNS = List.of("archivesPadaYear", "archivesPadaPublishedOn", "archivesPadaOnTime",
            "archivesPadaActivities", "archivesPadaActivitiesDone", "archivesPadaReportOn");
    static final List<String> TRAINING_COLUMNS = List.of("archivesTrainingDate", "archivesTrainingTopic",
            "archivesTrainingAttendees", "archivesTrainingStaffAttendees", "archivesTrainingPublicAttendees",
            "archivesTrainingStaff");
    static final List<String> VISIT_COLUMNS = List.of("archivesVisitDate", "archivesVisitVisitor",
            "archivesVisitCompliance", "archivesVisitFindings", "archivesVisitFollowUp");

    private final ArchivalDevelopment development;
    private final ArchivesPolicy policy;
    private final JurisdictionService directory;
    private final Today today;
    private final CsvExport csv;

    DevelopmentPages(ArchivalDevelopment development, ArchivesPolicy policy, JurisdictionService directory,
            Today today, CsvExport csv) {
        this.development = development;
        this.policy = policy;
        this.directory = directory;
        this.today = today;
        this.csv = csv;
    }

    @Override
    public List<PublicDataset> datasets() {
        String base = "/archivos/{institucion}/desarrollo/";
        java.util.function.Supplier<Map<String, String>> example = () -> ArchivesExamples.anInstitution(directory);
        return List.of(PublicDataset.perRecord("archivesPadas", base + "programas.csv", base + "programas.json",
                        PADA_COLUMNS, example),
                PublicDataset.perRecord("archivesTrainings", base + "capacitaciones.csv", base + "capacitaciones.json",
                        TRAINING_COLUMNS, example),
                PublicDataset.perRecord("archivesVisits", base + "visitas.csv", base + "visitas.json", VISIT_COLUMNS,
                        example));
    }

    /** A published programme as its download row: year, publication, activities planned and done, report. */
    private List<Object> padaRow(Pada p) {
        List<PadaActivity> activities = development.activities(p);
        List<Object> row = new ArrayList<>();
        row.add(p.getPlanYear());
        row.add(p.getPublishedOn());
        row.add(p.isPublishedOnTime());
        row.add(activities.size());
        row.add(activities.stream().filter(PadaActivity::isDone).count());
        row.add(p.getReportPublishedOn() == null ? "" : p.getReportPublishedOn());
        return row;
    }

    private List<Pada> published(String slug) {
        directory.institution(slug);
        return development.padas(slug).stream().filter(Pada::isPublished).toList();
    }

    @GetMapping("/archivos/{slug}/desarrollo/programas.csv")
    ResponseEntity<byte[]> padasCsv(@PathVariable String slug) {
        return csv.download("programas-archivisticos-" + slug + ".csv", PADA_COLUMNS,
                published(slug).stream().<List<?>>map(this::padaRow).toList());
    }

    @GetMapping("/archivos/{slug}/desarrollo/programas.json")
    ResponseEntity<List<Map<String, Object>>> padasJson(@PathVariable String slug) {
        return ResponseEntity.ok(published(slug).stream().map(p -> json(List.of("year", "publishedOn", "publishedOnTime",
                "activities", "activitiesDone", "reportPublishedOn"), padaRow(p))).toList());
    }

    private static List<Object> trainingRow(Training t) {
        return List.of(t.getHeldOn(), t.getTopic(), t.getAttendees(), t.getStaff().size(), t.getPublicAttendees(),
                String.join("; ", t.getStaff()));
    }

    @GetMapping("/archivos/{slug}/desarrollo/capacitaciones.csv")
    ResponseEntity<byte[]> trainingsCsv(@PathVariable String slug) {
        directory.institution(slug);
        return csv.download("capacitaciones-archivos-" + slug + ".csv", TRAINING_COLUMNS,
                development.trainings(slug).stream().<List<?>>map(DevelopmentPages::trainingRow).toList());
    }

    @GetMapping("/archivos/{slug}/desarrollo/capacitaciones.json")
    ResponseEntity<List<Map<String, Object>>> trainingsJson(@PathVariable String slug) {
        directory.institution(slug);
        return ResponseEntity.ok(development.trainings(slug).stream().map(t -> json(List.of("heldOn", "topic",
                "attendees", "staffAttendees", "publicAttendees", "staff"), trainingRow(t))).toList());
    }

    private static List<Object> visitRow(Visit v) {
        List<Object> row = new ArrayList<>();
        row.add(v.getVisitedOn());
        row.add(v.getVisitor());
        row.add(v.getCompliance());
        row.add(v.getFindings() == null ? "" : v.getFindings());
        row.add(v.getFollowUp() == null ? "" : v.getFollowUp());
        return row;
    }

    @GetMapping("/archivos/{slug}/desarrollo/visitas.csv")
    ResponseEntity<byte[]> visitsCsv(@PathVariable String slug) {
        directory.institution(slug);
        return csv.download("visitas-archivos-" + slug + ".csv", VISIT_COLUMNS,
                development.visits(slug).stream().<List<?>>map(DevelopmentPages::visitRow).toList());
    }

    @GetMapping("/archivos/{slug}/desarrollo/visitas.json")
    ResponseEntity<List<Map<String, Object>>> visitsJson(@PathVariable String slug) {
        directory.institution(slug);
        return ResponseEntity.ok(development.visits(slug).stream().map(v -> json(List.of("visitedOn", "visitor",
                "compliancePercent", "findings", "followUp"), visitRow(v))).toList());
    }

    /** A row as a JSON object: its names, its values (dates as ISO text). */
    private static Map<String, Object> json(List<String> names, List<Object> row) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            Object value = row.get(i);
            object.put(names.get(i), value instanceof java.time.LocalDate d ? d.toString()
                    : "".equals(value) ? null : value);
        }
        return object;
    }

    @GetMapping("/archivos/{slug}/desarrollo")
    String overview(@PathVariable String slug, Model model) {
        model.addAttribute("institution", directory.institution(slug));
        model.addAttribute("padas", development.padas(slug));
        model.addAttribute("trainings", development.trainings(slug));
        List<Visit> visits = development.visits(slug);
        model.addAttribute("visits", visits);
        model.addAttribute("latest", visits.isEmpty() ? null : visits.get(0));
        model.addAttribute("checklist", Visit.CHECKLIST);
        model.addAttribute("allowed", policy.allowedNow(slug));
        model.addAttribute("todayIso", today.date().toString());
        model.addAttribute("nextYear", today.date().getYear() + (today.date().getMonthValue() >= 10 ? 1 : 0));
        return "archives/development";
    }

    @GetMapping("/archivos/{slug}/pada/{year}")
    String pada(@PathVariable String slug, @PathVariable int year, Model model) {
        Pada pada = development.pada(slug, year);
        model.addAttribute("institution", directory.institution(slug));
        model.addAttribute("pada", pada);
        var activities = development.activities(pada);
        model.addAttribute("activities", activities);
        model.addAttribute("markable", policy.markableNow(pada, activities));
        model.addAttribute("allowed", policy.allowedNow(slug));
        model.addAttribute("figures", pada.isReportPublished() ? pada.getReport() : development.figures(slug, year));
        model.addAttribute("yearOver", today.date().getYear() > year);
        model.addAttribute("todayIso", today.date().toString());
        return "archives/pada";
    }

    @PostMapping("/archivos/{slug}/gestion/pada")
    String draft(@PathVariable String slug, @RequestParam(name = "anio", required = false) Integer year,
            @RequestParam(name = "objetivos", required = false) String objectives, RedirectAttributes redirect) {
        coordinator(slug);
        try {
            Pada pada = development.draft(slug, year == null ? 0 : year, objectives);
            return "redirect:/archivos/" + slug + "/pada/" + pada.getPlanYear();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("developmentProblems", e.problems());
            return "redirect:/archivos/" + slug + "/desarrollo#pada";
        }
    }

    @PostMapping("/archivos/{slug}/pada/{year}/actividades")
    String activity(@PathVariable String slug, @PathVariable int year,
            @RequestParam(name = "actividad", required = false) String title,
            @RequestParam(name = "vence", required = false) String due, RedirectAttributes redirect) {
        coordinator(slug);
        return step(slug, year, redirect, () -> development.addActivity(slug, year, title, Texts.dayOrNull(due)));
    }

    @PostMapping("/archivos/{slug}/pada/{year}/publicacion")
    String publish(@PathVariable String slug, @PathVariable int year, RedirectAttributes redirect) {
        coordinator(slug);
        return step(slug, year, redirect, () -> development.publish(slug, year));
    }

    @PostMapping("/archivos/{slug}/pada/{year}/actividades/{position}/hecha")
    String done(@PathVariable String slug, @PathVariable int year, @PathVariable int position,
            @RequestParam(name = "hecha", required = false) String on, RedirectAttributes redirect) {
        coordinator(slug);
        return step(slug, year, redirect, () -> development.done(slug, year, position, Texts.dayOrNull(on)));
    }

    @PostMapping("/archivos/{slug}/pada/{year}/informe")
    String report(@PathVariable String slug, @PathVariable int year,
            @RequestParam(name = "informe", required = false) String text, RedirectAttributes redirect) {
        coordinator(slug);
        return step(slug, year, redirect, () -> development.publishReport(slug, year, text));
    }

    @PostMapping("/archivos/{slug}/gestion/capacitaciones")
    String training(@PathVariable String slug, @RequestParam(name = "fecha", required = false) String heldOn,
            @RequestParam(name = "tema", required = false) String topic,
            @RequestParam(name = "personal", required = false) String staff,
            @RequestParam(name = "asistentes", required = false) String attendees, RedirectAttributes redirect) {
        directory.institution(slug);
        if (!policy.allowedNow(slug).may(ArchivesAction.KEEP_FILES)) {
            throw new AccessDeniedException("archivists only");
        }
        try {
            Integer others = attendees == null || attendees.isBlank() ? Integer.valueOf(0) : Texts.integer(attendees, null);
            development.recordTraining(slug, Texts.dayOrNull(heldOn), topic, staff, others == null ? -1 : others);
            redirect.addFlashAttribute("trainingRecorded", true);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("trainingProblems", e.problems());
        }
        return "redirect:/archivos/" + slug + "/desarrollo#capacitacion";
    }

    @PostMapping("/archivos/{slug}/gestion/visitas")
    String visit(@PathVariable String slug, @RequestParam(name = "fecha", required = false) String on,
            @RequestParam(name = "visitante", required = false) String visitor,
            @RequestParam(name = "areas", required = false) String areas,
            @RequestParam(name = "inventarios", required = false) String inventories,
            @RequestParam(name = "caratulas", required = false) String covers,
            @RequestParam(name = "hallazgos", required = false) String findings,
            @RequestParam(name = "seguimiento", required = false) String followUp, RedirectAttributes redirect) {
        coordinator(slug);
        try {
            development.recordVisit(slug, new ArchivalDevelopment.Observation(Texts.dayOrNull(on), visitor,
                    areas != null, inventories != null, covers != null, findings, followUp));
            redirect.addFlashAttribute("visitRecorded", true);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("visitProblems", e.problems());
        }
        return "redirect:/archivos/" + slug + "/desarrollo#verificacion";
    }

    private String step(String slug, int year, RedirectAttributes redirect, Runnable work) {
        try {
            work.run();
            redirect.addFlashAttribute("padaSaved", true);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("padaProblems", e.problems());
        }
        return "redirect:/archivos/" + slug + "/pada/" + year;
    }

    private void coordinator(String slug) {
        directory.institution(slug);
        if (!policy.allowedNow(slug).may(ArchivesAction.APPROVE_INSTRUMENTS)) {
            throw new AccessDeniedException("área coordinadora only");
        }
    }
}
