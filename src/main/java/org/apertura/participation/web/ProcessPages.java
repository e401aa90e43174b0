package org.apertura.participation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apertura.participation.BudgetAction;
import org.apertura.participation.BudgetDistrict;
import org.apertura.participation.BudgetPhase;
import org.apertura.participation.BudgetProcess;
import org.apertura.participation.BudgetProject;
import org.apertura.participation.ParticipationService;
import org.apertura.participation.BudgetComments;
import org.apertura.participation.ProjectStatus;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.intake.Channel;
import org.apertura.platform.web.CsvExport;
import org.apertura.platform.web.FlashOutcome;
import org.apertura.platform.web.FormErrors;
import org.apertura.platform.web.PublicDataset;
import org.apertura.platform.web.SitemapSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Participatory budgets in public: the list, a process with its phases, districts and projects, a project with its
 * review, the results with their chart; every list as CSV (and JSON from the API). Reviewing and publishing the
 * results are forms on these pages for those the policy entitles.
 */
@Controller
class ProcessPages implements PublicDataset.Source, SitemapSource {

    static final String BASE = "/presupuestos-participativos";
    static final List<String> PROCESS_COLUMNS = List.of("participation.process", "participation.exercise", "title",
            "participation.amount", "participation.rule", "participation.maxChoices", "participation.phase",
            "participation.votingFrom", "participation.resultsFrom", "participation.projects");
    static final List<String> PROJECT_COLUMNS = List.of("participation.number", "title", "participation.district",
            "participation.place", "participation.latitude", "participation.longitude",
            "participation.costEstimate", "participation.channel", "participation.status",
            "participation.supports", "participation.selected", "participation.feasibilityReport",
            "participation.cost");
    static final List<String> RESULT_COLUMNS = List.of("participation.district", "participation.position",
            "participation.number", "title", "participation.cost", "participation.votesOnline",
            "participation.votesInPerson", "participation.votesRemote", "participation.votes", "participation.points", "participation.funded",
            "participation.execution.commitment", "participation.execution.milestoneTitle",
            "participation.execution.due", "participation.execution.completedOn");

    /** The columns of a budget's comments (ADR 0027, 0039), kept by the comment engine (ADR 0067, "Done"). */
    static final List<String> COMMENT_COLUMNS = List.of("participation.comment.id", "participation.comment.formerId",
            "participation.number", "participation.comment.debate", "participation.comment.replyTo",
            "participation.comment.stance", "participation.comment.official", "participation.comment.author",
            "participation.comment.postedAt", "participation.comment.text", "participation.comment.hiddenAt",
            "participation.comment.reason", "participation.comment.votesUp", "participation.comment.votesDown");

    private final ParticipationService service;
    private final org.springframework.context.MessageSource messages;
    private final CsvExport csv;
    private final FlashOutcome outcome;
    private final BallotCharts charts;
    private final BudgetComments comments;
    private final org.apertura.participation.ConsultationService consultations;
    private final org.apertura.participation.DebateService debates;
    private final org.apertura.participation.ProblemSelectionService problems;

    private final org.apertura.platform.items.PublicItems items;
    private final org.apertura.participation.ProjectMedia media;

    ProcessPages(ParticipationService service, CsvExport csv, FlashOutcome outcome, BallotCharts charts,
            org.springframework.context.MessageSource messages,
            BudgetComments comments, org.apertura.participation.ConsultationService consultations,
            org.apertura.participation.DebateService debates,
            org.apertura.participation.ProblemSelectionService problems, org.apertura.platform.items.PublicItems items,
            org.apertura.participation.ProjectMedia media) {
        this.media = media;
        this.items = items;
        this.problems = problems;
        this.service = service;
        this.consultations = consultations;
        this.debates = debates;
        this.comments = comments;
        this.messages = messages;
        this.csv = csv;
        this.outcome = outcome;
        this.charts = charts;
    }

    @Override
    public List<PublicDataset> datasets() {
        String each = BASE + "/{proceso}";
        String api = "/api/v1/participatory-budgets";
        String eachApi = api + "/{proceso}";
        return List.of(new PublicDataset("participation.processes", BASE + ".csv", api, PROCESS_COLUMNS),
                PublicDataset.perRecord("participation.projects", each + "/proyectos.csv", eachApi + "/projects",
                        PROJECT_COLUMNS, this::aProcess),
                PublicDataset.perRecord("participation.results", each + "/resultados.csv", eachApi + "/results",
                        RESULT_COLUMNS, this::aProcess),
                PublicDataset.perRecord("participation.tallies", each + "/mesas.csv", eachApi + "/tables",
                        TallyPages.TALLY_COLUMNS, this::aProcess),
                PublicDataset.perRecord("participation.comments", each + "/comentarios.csv", eachApi + "/comments",
                        COMMENT_COLUMNS, this::aProcess),
                PublicDataset.perRecord("participation.debates", each + "/debates.csv", eachApi + "/debates",
                        DebatePages.DEBATE_COLUMNS, this::aProcess),
                PublicDataset.perRecord("participation.consultations", each + "/consultas.csv",
                        eachApi + "/consultations", ConsultationPages.RESULT_COLUMNS, this::aProcess),
                PublicDataset.perRecord("participation.consultationTables", each + "/consultas/{consulta}/mesas.csv",
                        eachApi + "/consultations/{consulta}/tables", ConsultationPages.TABLE_COLUMNS,
                        this::aProcessConsultation),
                new PublicDataset("participation.standaloneConsultations", ConsultationPages.SOLO + ".csv",
                        ConsultationPages.SOLO_API, ConsultationPages.SOLO_COLUMNS),
                PublicDataset.perRecord("participation.standaloneConsultationTables",
                        ConsultationPages.SOLO + "/{consulta}/mesas.csv",
                        ConsultationPages.SOLO_API + "/{consulta}/tables", ConsultationPages.SOLO_TABLE_COLUMNS,
                        () -> consultations.standalone().stream().findFirst()
                                .map(c -> Map.of("consulta", c.getSlug())).orElse(Map.of())));
    }

    /** The newest process, whose lists /datos links to (none while there is no process). */
    private Map<String, String> aProcess() {
        return service.processes().stream().findFirst().map(p -> Map.of("proceso", p.getSlug())).orElse(Map.of());
    }

    /** The newest process with a consultation, and its first consultation's number. */
    private Map<String, String> aProcessConsultation() {
        for (BudgetProcess process : service.processes()) {
            Optional<Map<String, String>> first = consultations.of(process).stream().findFirst()
                    .map(c -> Map.of("proceso", process.getSlug(), "consulta", String.valueOf(c.getNumber())));
            if (first.isPresent()) {
                return first.get();
            }
        }
        return Map.of();
    }

    @Override
    public List<String> sitemapPaths(int limit) {
        List<String> paths = new ArrayList<>(List.of(BASE));
        for (BudgetProcess process : service.processes()) {
            String base = BASE + "/" + process.getSlug();
            paths.add(base);
            paths.add(base + "/resultados");
            paths.add(base + "/mesas");
            service.projects(process).forEach(p -> paths.add(base + "/proyectos/" + p.getNumber()));
            consultations.of(process).forEach(c -> paths.add(base + "/consultas/" + c.getNumber()));
            debates.of(process).forEach(d -> paths.add(base + "/debates/" + d.getNumber()));
        }
        paths.add(ConsultationPages.SOLO);
        consultations.standalone().forEach(c -> paths.add(ConsultationPages.SOLO + "/" + c.getSlug()));
        return paths.stream().limit(limit).toList();
    }

    /** A process as lists show it. */
    public record Summary(BudgetProcess process, String exercise, BudgetPhase phase, int projects) {
    }

    private Summary summary(BudgetProcess p) {
        return new Summary(p, service.exerciseOf(p).getName(), service.phase(p), service.projects(p).size());
    }

    @GetMapping(BASE)
    String processes(Model model) {
        model.addAttribute("processes", service.processes().stream().map(this::summary).toList());
        return "participation/processes";
    }

    @GetMapping(BASE + ".csv")
    ResponseEntity<byte[]> processesCsv() {
        return csv.download("presupuestos-participativos.csv", PROCESS_COLUMNS, service.processes().stream()
                .<List<?>>map(p -> {
                    Summary s = summary(p);
                    return java.util.Arrays.asList(p.getSlug(), service.exerciseOf(p).getSlug(), p.getTitle(),
                            p.getAmount(), p.getRule(), p.getMaxChoices(), s.phase(), p.getVotingFrom(),
                            p.getResultsFrom(), s.projects());
                }).toList());
    }

    @GetMapping(BASE + "/{slug}")
    String process(@PathVariable String slug, @RequestParam(name = "distrito", required = false) String districtSlug,
            Model model) {
        BudgetProcess process = service.process(slug);
        List<BudgetDistrict> districts = service.districts(process);
        BudgetDistrict chosen = districts.stream().filter(d -> d.getSlug().equals(districtSlug)).findFirst()
                .orElse(null);
        List<BudgetProject> projects = service.projects(process).stream()
                .filter(p -> chosen == null || p.getDistrictId().equals(chosen.getId())).toList();
        model.addAttribute("process", process);
        model.addAttribute("exercise", service.exerciseOf(process));
        model.addAttribute("phase", service.phase(process));
        model.addAttribute("phases", phases(process));
        model.addAttribute("districts", districts);
        model.addAttribute("districtNames", names(districts));
        model.addAttribute("chosen", chosen);
        model.addAttribute("projects", projects);
        model.addAttribute("ballots", byName(service.ballotCounts(process)));
        model.addAttribute("allowed", service.allowedOn(process));
        model.addAttribute("counts", statusCounts(service.projects(process)));
        model.addAttribute("supports", service.supportCounts(process));
        model.addAttribute("missed", service.missedThreshold(process));
        model.addAttribute("paperBallots", service.paperBallots(process));
        // the sections other modules add: its meetings, and following it (the community module's follow, ADR 0073)
        model.addAttribute("panels", items.panels("pb-process", process.getSlug()));
        model.addAttribute("consultations", consultations.of(process));
        model.addAttribute("debates", debates.of(process));
        model.addAttribute("problemSelections", problems.of(process));
        model.addAttribute("today", service.today());
        return "participation/process";
    }

    /** A phase with its first and last day (no last day: execution). */
    public record PhaseDates(BudgetPhase phase, java.time.LocalDate from, java.time.LocalDate to, boolean current) {
    }

    private List<PhaseDates> phases(BudgetProcess process) {
        BudgetPhase now = service.phase(process);
        return process.phases().entrySet().stream().map(e -> new PhaseDates(e.getKey(), e.getValue(),
                process.lastDayOf(e.getKey()).orElse(null), e.getKey() == now)).toList();
    }

    static Map<Long, String> names(List<BudgetDistrict> districts) {
        Map<Long, String> names = new java.util.HashMap<>();
        districts.forEach(d -> names.put(d.getId(), d.getName()));
        return names;
    }

    private static Map<String, Long> statusCounts(List<BudgetProject> projects) {
        Map<String, Long> counts = new java.util.HashMap<>();
        for (ProjectStatus s : ProjectStatus.values()) {
            counts.put(s.name(), projects.stream().filter(p -> p.getStatus() == s).count());
        }
        return counts;
    }

    /** Ballots so far per channel, by the channel's name (as templates index them). */
    static Map<String, Long> byName(Map<Channel, Long> counts) {
        Map<String, Long> named = new java.util.HashMap<>();
        counts.forEach((k, v) -> named.put(k.name(), v));
        return named;
    }

    @GetMapping(BASE + "/{slug}/proyectos.csv")
    ResponseEntity<byte[]> projectsCsv(@PathVariable String slug) {
        BudgetProcess process = service.process(slug);
        Map<Long, String> names = names(service.districts(process));
        Map<Long, Long> supports = service.supportCounts(process);
        return csv.download(slug + "-proyectos.csv", PROJECT_COLUMNS, service.projects(process).stream()
                .<List<?>>map(p -> java.util.Arrays.asList(p.getNumber(), p.getTitle(), names.get(p.getDistrictId()),
                        p.getPlace(), p.getLatitude(), p.getLongitude(), p.getCostEstimate(), p.getChannel(),
                        p.getStatus(), supports.getOrDefault(p.getId(), 0L), p.isSelected(process),
                        p.getFeasibilityReport(), p.getCost())).toList());
    }

    @GetMapping(BASE + "/{slug}/proyectos/{number}")
    String project(@PathVariable String slug, @PathVariable int number, Model model) {
        BudgetProcess process = service.process(slug);
        BudgetProject project = service.project(process, number);
        model.addAttribute("process", process);
        model.addAttribute("project", project);
        model.addAttribute("district", service.districts(process).stream()
                .filter(d -> d.getId().equals(project.getDistrictId())).findFirst().orElseThrow());
        model.addAttribute("phase", service.phase(process));
        model.addAttribute("allowed", service.allowedOn(process));
        model.addAttribute("statuses", List.of(ProjectStatus.FEASIBLE, ProjectStatus.UNFEASIBLE));
        model.addAttribute("result", service.results(process).stream()
                .filter(r -> r.project().getId().equals(project.getId())).findFirst().orElse(null));
        model.addAttribute("supports", service.supportCount(project));
        model.addAttribute("supported", service.mySupports(process).contains(project.getId()));
        model.addAttribute("voter", service.myVote(process).orElse(null));
        model.addAttribute("missed", service.missedThreshold(process));
        model.addAttribute("execution", service.execution(project).orElse(null));
        model.addAttribute("panels", items.panels("pb-project", project.getId().toString()));
        List<org.apertura.participation.ProjectFile> files = media.files(project);
        model.addAttribute("images", files.stream().filter(org.apertura.participation.ProjectFile::isImage).toList());
        model.addAttribute("documents", files.stream().filter(f -> !f.isImage()).toList());
        model.addAttribute("mediaAllowed", media.allowedOn(process, project));
        org.apertura.platform.web.MediaForms.limits(model);
        return "participation/project";
    }

    /**
     * Opens a consultation or a debate from its form (ADR 0039; their pages share this shape): on success the new
     * page with its notice; on bad input the form again, with its problems and 400, nothing opened.
     *
     * @param section the part of the process's address: {@code consultas} or {@code debates}
     * @param form renders the form again (the process looked up anew, with what its page needs)
     */
    static <T> String opened(jakarta.servlet.http.HttpServletResponse response, BindingResult errors,
            java.util.function.Supplier<T> opening, java.util.function.ToIntFunction<T> number, String slug,
            String section, String notice, RedirectAttributes redirect, java.util.function.Supplier<String> form) {
        return FormErrors.submit(errors, opening, redirect, notice,
                opened -> BASE + "/" + slug + "/" + section + "/" + number.applyAsInt(opened), () -> {
                    response.setStatus(400);
                    return form.get();
                });
    }

    /**
     * Every comment of a process's projects and shown debates: hidden ones without their text, with the moderator's
     * reason; authors by nickname, «Participante» or the institution; no personal data.
     */
    @GetMapping(BASE + "/{slug}/comentarios.csv")
    ResponseEntity<byte[]> comments(@PathVariable String slug) {
        return csv.download(slug + "-comentarios.csv", COMMENT_COLUMNS, comments.rows(service.process(slug)).stream()
                .<List<?>>map(c -> java.util.Arrays.asList(c.id(), c.formerId(), c.project(), c.debate(), c.replyTo(),
                        c.stance() == null ? null : org.apertura.participation.Stance.valueOf(c.stance()),
                        c.official(), c.author(), c.postedAt(), c.text(), c.hiddenAt(), c.hiddenReason(), c.votesUp(),
                        c.votesDown())).toList());
    }

    @GetMapping(BASE + "/{slug}/mapa")
    String map(@PathVariable String slug, Model model, Locale locale) {
        BudgetProcess process = service.process(slug);
        List<BudgetProject> projects = service.projects(process);
        Map<ProjectStatus, String> states = new java.util.EnumMap<>(ProjectStatus.class);
        for (ProjectStatus s : ProjectStatus.values()) {
            states.put(s, messages.getMessage("participation.status." + s.name(), null, locale));
        }
        model.addAttribute("process", process);
        model.addAttribute("projects", projects);
        model.addAttribute("districtNames", names(service.districts(process)));
        model.addAttribute("placed", ProjectMap.points(projects).size());
        model.addAttribute("mapSvg", ProjectMap.svg(ProjectMap.points(projects), BASE + "/" + slug, states));
        model.addAttribute("mapWidth", ProjectMap.WIDTH);
        model.addAttribute("mapHeight", ProjectMap.HEIGHT);
        return "participation/map";
    }

    @GetMapping(path = BASE + "/{slug}/mapa.geojson", produces = "application/geo+json")
    @org.springframework.web.bind.annotation.ResponseBody
    Map<String, Object> mapData(@PathVariable String slug) {
        BudgetProcess process = service.process(slug);
        Map<Long, String> districts = new java.util.HashMap<>();
        service.districts(process).forEach(d -> districts.put(d.getId(), d.getSlug()));
        return ProjectMap.geoJson(service.projects(process), districts, BASE + "/" + slug);
    }

    /** The review form's fields, whose problems link to them (ids {@code review-status}, …). */
    static final FlashOutcome.Form REVIEW_FORM = FlashOutcome.Form.of("review", "status", "report", "cost");

    @PostMapping(BASE + "/{slug}/proyectos/{number}/revision")
    String review(@PathVariable String slug, @PathVariable int number,
            @RequestParam(required = false) ProjectStatus status, @RequestParam(required = false) String report,
            @RequestParam(required = false) String cost, Locale locale, RedirectAttributes redirect) {
        outcome.run(redirect, locale, REVIEW_FORM, "participation.notice.reviewed",
                () -> service.review(slug, number, new BudgetProject.Review(status, report, Amounts.parse(cost))));
        return "redirect:" + BASE + "/" + slug + "/proyectos/" + number + "#revision";
    }

    @PostMapping(BASE + "/{slug}/proyectos/{number}/apoyo")
    String support(@PathVariable String slug, @PathVariable int number, Locale locale, RedirectAttributes redirect) {
        outcome.run(redirect, locale, "participation.notice.supported", () -> service.support(slug, number));
        return "redirect:" + BASE + "/" + slug + "/proyectos/" + number + "#apoyos";
    }

    @PostMapping(BASE + "/{slug}/proyectos/{number}/apoyo/retirar")
    String withdrawSupport(@PathVariable String slug, @PathVariable int number, Locale locale,
            RedirectAttributes redirect) {
        outcome.run(redirect, locale, "participation.notice.supportWithdrawn",
                () -> service.withdrawSupport(slug, number));
        return "redirect:" + BASE + "/" + slug + "/proyectos/" + number + "#apoyos";
    }

    @GetMapping(BASE + "/{slug}/resultados")
    String results(@PathVariable String slug, Model model) {
        BudgetProcess process = service.process(slug);
        List<ParticipationService.ResultLine> lines = service.results(process);
        model.addAttribute("process", process);
        model.addAttribute("phase", service.phase(process));
        model.addAttribute("lines", lines);
        model.addAttribute("districts", service.districts(process));
        model.addAttribute("allowed", service.allowedOn(process));
        model.addAttribute("ballots", byName(service.ballotCounts(process)));
        model.addAttribute("chart", process.isPublished() ? charts.view(process, lines) : null);
        model.addAttribute("commitment", service.executingCommitment(process).orElse(null));
        Map<BudgetProject, ParticipationService.Execution> executions = new java.util.LinkedHashMap<>();
        lines.forEach(l -> service.execution(l.project()).ifPresent(e -> executions.put(l.project(), e)));
        model.addAttribute("executions", executions.entrySet());
        model.addAttribute("candidates", service.allowedOn(process).may(BudgetAction.FOLLOW_EXECUTION)
                ? service.executionCandidates(process) : List.of());
        return "participation/results";
    }

    @GetMapping(BASE + "/{slug}/resultados.csv")
    ResponseEntity<byte[]> resultsCsv(@PathVariable String slug) {
        BudgetProcess process = service.process(slug);
        return csv.download(slug + "-resultados.csv", RESULT_COLUMNS, service.results(process).stream()
                .<List<?>>map(r -> {
                    ParticipationService.Execution e = service.execution(r.project()).orElse(null);
                    return java.util.Arrays.asList(r.district().getName(), r.position(), r.project().getNumber(),
                            r.project().getTitle(), r.project().getCost(), r.online(), r.inPerson(), r.remote(), r.votes(),
                            r.points(), r.funded(), e == null ? null : e.commitmentCode(),
                            e == null ? null : e.milestoneTitle(), e == null ? null : e.endDate(),
                            e == null ? null : e.completedOn());
                }).toList());
    }

    @PostMapping(BASE + "/{slug}/ejecucion")
    String followExecution(@PathVariable String slug, @RequestParam(required = false) Long commitment, Locale locale,
            RedirectAttributes redirect) {
        outcome.run(redirect, locale, FlashOutcome.Form.of("execution", "commitment"),
                "participation.notice.executionLinked",
                () -> service.followExecution(slug, commitment));
        return "redirect:" + BASE + "/" + slug + "/resultados#ejecucion";
    }

    @PostMapping(BASE + "/{slug}/resultados")
    String publish(@PathVariable String slug, Locale locale, RedirectAttributes redirect) {
        outcome.run(redirect, locale, "participation.notice.published", () -> service.publishResults(slug));
        return "redirect:" + BASE + "/" + slug + "/resultados";
    }
}
