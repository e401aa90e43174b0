package org.apertura.actionplan.web;

import java.util.List;
import java.util.Map;
import org.apertura.actionplan.ActionPlan;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.actionplan.Commitment;
import org.apertura.actionplan.EvidenceService;
import org.apertura.actionplan.Exercise;
import org.apertura.actionplan.Milestone;
import org.apertura.actionplan.Progress;
import org.apertura.platform.Texts;
import org.apertura.platform.comments.CommentFiles;
import org.apertura.platform.comments.PublicComments;
import org.apertura.platform.items.PublicItems;
import org.apertura.platform.web.CsvExport;
import org.apertura.platform.web.Downloads;
import org.apertura.platform.web.PublicDataset;
import org.apertura.platform.web.SitemapSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public pages of exercises, plans and commitments, with progress computed from milestones. */
@Controller
class PlanPages implements PublicDataset.Source, SitemapSource {

    static final List<String> COMMITMENT_COLUMNS = List.of("code", "title", "summary", "themes", "lead_institution",
            "start_date", "end_date", "milestones", "milestones_complete", "progress_percent", "completion",
            "milestones_overdue");
    static final List<String> EXERCISE_COLUMNS = List.of("slug", "name", "body", "current_phase", "plans");

    private final ActionPlanService service;
    private final EvidenceService evidence;

    private final org.apertura.actionplan.CommitmentPageQuery pages;
    private final org.apertura.actionplan.PlanPageQuery planPages;

    private final CsvExport csv;

    private final PublicItems items;
    private final List<org.apertura.platform.web.DatasetLinks> datasetLinks;
    private final PlanCharts charts;

    private final org.apertura.actionplan.CommitmentKit kits;
    private final org.apertura.actionplan.PlanKit planKits;
    private final org.apertura.actionplan.OgpExport ogp;

    private final org.apertura.platform.web.ReaderLastModified lastModified;
    private final PublicComments comments;

    PlanPages(ActionPlanService service, EvidenceService evidence,
            org.apertura.actionplan.CommitmentPageQuery pages, org.apertura.actionplan.PlanPageQuery planPages,
            CsvExport csv, PublicItems items,
            List<org.apertura.platform.web.DatasetLinks> datasetLinks, PlanCharts charts,
            org.apertura.actionplan.CommitmentKit kits, org.apertura.actionplan.OgpExport ogp,
            org.apertura.actionplan.PlanKit planKits, org.apertura.platform.web.ReaderLastModified lastModified,
            PublicComments comments) {
        this.comments = comments;
        this.planKits = planKits;
        this.service = service;
        this.lastModified = lastModified;
        this.kits = kits;
        this.ogp = ogp;
        this.charts = charts;
        this.datasetLinks = datasetLinks;
        this.items = items;
        this.csv = csv;
        this.evidence = evidence;
        this.pages = pages;
        this.planPages = planPages;
    }

    @Override
    public List<PublicDataset> datasets() {
        return List.of(PublicDataset.perRecord("commitments", "/planes/{plan}/compromisos.csv", "/api/v1/plans/{plan}",
                        COMMITMENT_COLUMNS, () -> service.exercises().stream()
                                .flatMap(exercise -> service.plans(exercise).stream()).findFirst()
                                .map(plan -> Map.of("plan", String.valueOf(plan.getId()))).orElse(Map.of())),
                PublicDataset.perRecord("commitmentComments", "/compromisos/{compromiso}/comentarios.csv",
                        "/api/v1/commitments/{compromiso}/comments", CommentFiles.COLUMNS, this::aCommentedCommitment),
                new PublicDataset("exercises", "/ejercicios.csv", "/api/v1/exercises", EXERCISE_COLUMNS));
    }

    /** A commitment of a published plan, whose comments /datos links to (none while no plan is published). */
    private Map<String, String> aCommentedCommitment() {
        return service.exercises().stream().flatMap(exercise -> service.plans(exercise).stream())
                .filter(plan -> plan.getStatus() == ActionPlan.Status.PUBLISHED)
                .flatMap(plan -> service.commitments(plan).stream()).findFirst()
                .map(c -> Map.of("compromiso", String.valueOf(c.getId()))).orElse(Map.of());
    }

    /**
     * A commitment's comments as a public list (issue 21): what its page shows, authors by their public name, hidden
     * ones by their reason only; none while its plan is unpublished.
     */
    @GetMapping("/compromisos/{id}/comentarios.csv")
    ResponseEntity<byte[]> commentsCsv(@PathVariable Long id) {
        Commitment commitment = service.commitment(id);
        return csv.download("comentarios-compromiso-" + commitment.getId() + ".csv", CommentFiles.COLUMNS,
                CommentFiles.cells(comments.of("commitment", commitment.getId().toString())));
    }

    /** The exercises, and each one's plans, commitments and milestones. */
    @Override
    public List<String> sitemapPaths(int limit) {
        List<String> paths = new java.util.ArrayList<>(List.of("/ejercicios"));
        for (Exercise exercise : service.exercises()) {
            paths.add("/ejercicios/" + exercise.getSlug());
            for (ActionPlan plan : service.plans(exercise)) {
                paths.add("/planes/" + plan.getId());
                List<Commitment> commitments = service.commitments(plan);
                Map<Long, List<Milestone>> milestones = service.milestonesByCommitment(commitments);
                for (Commitment commitment : commitments) {
                    paths.add("/compromisos/" + commitment.getId());
                    milestones.getOrDefault(commitment.getId(), List.of()).forEach(m -> paths.add("/hitos/" + m.getId()));
                }
            }
        }
        return paths.stream().limit(limit).toList();
    }

    @GetMapping("/ejercicios.csv")
    ResponseEntity<byte[]> exercisesCsv() {
        List<List<?>> rows = service.exercises().stream().<List<?>>map(e -> java.util.Arrays.asList(e.getSlug(),
                e.getName(), service.bodyOf(e).getSlug(),
                e.phaseOn(service.today()),
                service.plans(e).stream().map(p -> "/planes/" + p.getId()).reduce((a, b) -> a + " " + b).orElse("")))
                .toList();
        return csv.download("ejercicios.csv", EXERCISE_COLUMNS, rows);
    }

    @GetMapping("/ejercicios")
    String exercises(Model model) {
        model.addAttribute("exercises", service.exercises());
        model.addAttribute("today", service.today());
        return "actionplan/exercises";
    }

    @GetMapping("/ejercicios/{slug}")
    String exercise(@PathVariable String slug, Model model) {
        model.addAllAttributes(planPages.exercise(slug).attributes());
        model.addAttribute("phaseChart", charts.forExercise(slug));
        return "actionplan/exercise";
    }

    @GetMapping("/planes/{id}")
    @org.apertura.platform.web.ReaderPage
    String plan(@PathVariable Long id, Model model,
            org.springframework.web.context.request.NativeWebRequest webRequest) {
        ActionPlan plan = service.plan(id);
        if (lastModified.notModified(webRequest)) {
            return null; // a reader's copy is still good: 304
        }
        model.addAllAttributes(planPages.plan(plan).attributes());
        model.addAttribute("charts", charts.forPlan(id));
        return "actionplan/plan";
    }

    @GetMapping("/planes/{id}/compromisos.csv")
    ResponseEntity<byte[]> commitmentsCsv(@PathVariable Long id) {
        ActionPlan plan = service.plan(id);
        List<List<?>> rows = service.commitments(plan).stream().<List<?>>map(c -> {
            Progress p = service.progress(c);
            return List.of(c.getCode(), c.getTitle(), Texts.orEmpty(c.getSummary()),
                    c.getThemes().stream().sorted().toList(),
                    service.leadInstitution(c).map(i -> i.getSlug()).orElse(""), c.getStartDate().toString(),
                    c.getEndDate().toString(), p.milestones(), p.complete(), p.percent().toPlainString(),
                    p.completion(), p.overdue());
        }).toList();
        return csv.download("compromisos-plan-" + id + ".csv", COMMITMENT_COLUMNS, rows);
    }

    @GetMapping("/planes/{id}/ogp.docx")
    org.springframework.http.ResponseEntity<byte[]> ogpDocument(@PathVariable Long id, java.util.Locale locale) {
        return Downloads.attachment(org.springframework.http.MediaType.parseMediaType(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                org.apertura.actionplan.OgpExport.fileName(id, "docx"))
                .body(ogp.docx(id, locale));
    }

    @GetMapping("/planes/{id}/kit.zip")
    org.springframework.http.ResponseEntity<byte[]> planKit(@PathVariable Long id) {
        return zip(planKits.fileName(service.plan(id)), planKits.zip(id));
    }

    @GetMapping("/compromisos/{id}/kit.zip")
    org.springframework.http.ResponseEntity<byte[]> kit(@PathVariable Long id) {
        return zip(kits.fileName(service.commitment(id)), kits.zip(id));
    }

    private static org.springframework.http.ResponseEntity<byte[]> zip(String fileName, byte[] body) {
        return org.apertura.platform.kits.KitWriter.download(fileName, body);
    }

    @GetMapping("/compromisos/{id}")
    @org.apertura.platform.web.ReaderPage
    String commitment(@PathVariable Long id, Model model,
            org.springframework.web.context.request.NativeWebRequest webRequest) {
        Commitment commitment = service.commitment(id);
        if (lastModified.notModified(webRequest)) {
            return null; // a reader's copy is still good: 304
        }
        org.apertura.actionplan.CommitmentPage page = pages.of(commitment);
        model.addAllAttributes(page.attributes());
        model.addAttribute("datasetLinks", datasetLinks(page.allEvidence()));
        model.addAttribute("charts", charts.forCommitment(id));
        return "actionplan/commitment";
    }

    @GetMapping("/hitos/{id}")
    String milestone(@PathVariable Long id, Model model) {
        Milestone milestone = service.milestone(id);
        Commitment commitment = service.commitment(milestone.getCommitmentId());
        ActionPlan plan = service.plan(commitment.getPlanId());
        model.addAttribute("m", milestone);
        model.addAttribute("commitment", commitment);
        model.addAttribute("plan", plan);
        model.addAttribute("exercise", service.exerciseOf(plan));
        model.addAttribute("today", service.today());
        List<org.apertura.actionplan.Evidence> submitted = evidence.byMilestone(commitment)
                .getOrDefault(milestone.getId(), List.of());
        model.addAttribute("evidence", submitted);
        model.addAttribute("linked", evidence.linked(submitted));
        model.addAttribute("datasetLinks", datasetLinks(submitted));
        model.addAttribute("panels", items.panels("milestone", id.toString()));
        return "actionplan/milestone";
    }

    /** The catalog's datasets that evidence of type dataset points at, by evidence id (none without a catalog). */
    private Map<Long, org.apertura.platform.web.DatasetLinks.DatasetLink> datasetLinks(
            List<org.apertura.actionplan.Evidence> all) {
        Map<Long, org.apertura.platform.web.DatasetLinks.DatasetLink> links = new java.util.HashMap<>();
        for (org.apertura.actionplan.Evidence e : all) {
            if (e.getKind() == org.apertura.actionplan.Evidence.Kind.DATASET) {
                datasetLinks.stream().map(l -> l.find(e.getUrl())).flatMap(java.util.Optional::stream).findFirst()
                        .ifPresent(link -> links.put(e.getId(), link));
            }
        }
        return links;
    }
}
