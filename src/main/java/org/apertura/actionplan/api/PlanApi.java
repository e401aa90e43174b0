package org.apertura.actionplan.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apertura.actionplan.ActionPlan;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.actionplan.Assessment;
import org.apertura.actionplan.AssessmentService;
import org.apertura.actionplan.Completion;
import org.apertura.actionplan.OpenedGovernment;
import org.apertura.actionplan.CoResponsible;
import org.apertura.actionplan.Commitment;
import org.apertura.actionplan.Evidence;
import org.apertura.actionplan.EvidenceService;
import org.apertura.actionplan.Exercise;
import org.apertura.actionplan.Milestone;
import org.apertura.actionplan.OgpValue;
import org.apertura.actionplan.Phase;
import org.apertura.actionplan.Progress;
import org.apertura.actionplan.Theme;
import org.apertura.actionplan.VerifiabilityCheck;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Exercises, plans and commitments for machines: the same data the pages show. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "api.tag.action-plans", description = "api.tag.action-plans.description")
class PlanApi {

    private final ActionPlanService service;
    private final EvidenceService evidence;
    private final AssessmentService assessments;

    private final org.apertura.actionplan.OgpExport ogp;
    private final org.apertura.platform.comments.PublicComments comments;

    PlanApi(ActionPlanService service, EvidenceService evidence, AssessmentService assessments,
            org.apertura.actionplan.OgpExport ogp, org.apertura.platform.comments.PublicComments comments) {
        this.comments = comments;
        this.ogp = ogp;
        this.service = service;
        this.evidence = evidence;
        this.assessments = assessments;
    }

    @GetMapping("/exercises")
    @Operation(summary = "api.op.actionplan.exercises")
    List<ExerciseView> exercises() {
        return service.exercises().stream().map(this::exercise).toList();
    }

    @GetMapping("/exercises/{slug}")
    @Operation(summary = "api.op.actionplan.exercise")
    ExerciseView exercise(@PathVariable String slug) {
        return exercise(service.exercise(slug));
    }

    @GetMapping("/plans/{id}")
    @Operation(summary = "api.op.actionplan.plan")
    PlanView plan(@PathVariable Long id) {
        ActionPlan plan = service.plan(id);
        VerifiabilityCheck.Report check = service.check(plan);
        return new PlanView(plan.getId(), service.exerciseOf(plan).getSlug(), plan.getTitle(), plan.getPresentation(),
                plan.getPeriodStart(), plan.getPeriodEnd(), plan.getExpectedCommitments(), plan.getDurationMonths(),
                plan.departuresFromDeclaration().stream().map(d -> (String) d.get(0)).toList(), plan.getStatus(),
                plan.getApprovalSession(), plan.getApprovalAgreement(), plan.getApprovedAt(), plan.getPublishedAt(),
                check.passes(), check.planProblems(), check.commitmentProblems(), check.warnings(),
                service.commitments(plan).stream().map(this::commitment).toList(), "/planes/" + plan.getId());
    }

    @GetMapping("/plans/{id}/ogp")
    @Operation(summary = "api.op.actionplan.ogp")
    java.util.Map<String, Object> ogp(@PathVariable Long id) {
        return ogp.json(id);
    }

    @GetMapping("/commitments/{id}")
    @Operation(summary = "api.op.actionplan.commitment")
    CommitmentView commitment(@PathVariable Long id) {
        return commitment(service.commitment(id));
    }

    /**
     * A commitment's comments as its page shows them (issue 21): authors by their public name, «Participante» or the
     * institution's name; hidden ones by their public reason only; none while its plan is unpublished.
     */
    @GetMapping("/commitments/{id}/comments")
    @Operation(summary = "api.op.actionplan.commitmentComments")
    List<org.apertura.platform.comments.CommentFiles.Row> commitmentComments(@PathVariable Long id) {
        Commitment commitment = service.commitment(id);
        return org.apertura.platform.comments.CommentFiles.rows(comments.of("commitment",
                commitment.getId().toString()));
    }

    private ExerciseView exercise(Exercise e) {
        return new ExerciseView(e.getSlug(), e.getName(), service.bodyOf(e).getSlug(), e.getDescription(), e.getPhases(),
                e.phaseOn(service.today()), service.plans(e).stream()
                        .map(p -> new PlanSummary(p.getId(), p.getTitle(), p.getStatus(), "/planes/" + p.getId())).toList(),
                "/ejercicios/" + e.getSlug(), e.getLicence().id(), e.getLicence().url());
    }

    private CommitmentView commitment(Commitment c) {
        Progress progress = service.progress(c);
        Map<Long, List<Evidence>> byMilestone = evidence.byMilestone(c);
        AssessmentService.TwoVoices voices = assessments.of(c);
        return new CommitmentView(c.getId(), c.getCode(), c.getTitle(), c.getSummary(), c.getProblem(), c.getCauses(),
                c.getBaseline(), c.getObjective(), c.getDescription(), c.getExpectedResults(), c.getThemes(), c.getValues(),
                service.leadInstitution(c).map(i -> i.getSlug()).orElse(null), c.getActors(), c.getContact(),
                c.getBudgetAmount(), c.getBudgetProgramme(), c.getStartDate(), c.getEndDate(), progress,
                service.milestones(c).stream().map(m -> new MilestoneView(m.getId(), m.getTitle(), m.getDeliverable(),
                        m.getMeansOfVerification(), m.getResponsible(), m.getStartDate(), m.getEndDate(), m.getWeight(),
                        m.isComplete(), m.getCompletedOn(), m.isOverdue(service.today()),
                        byMilestone.getOrDefault(m.getId(), List.of()).stream().map(EvidenceView::of).toList())).toList(),
                new Voices(AssessmentView.of(voices.self()), AssessmentView.of(voices.independent()), voices.divergent()),
                "/compromisos/" + c.getId(), c.getAdaptation() == null ? null : c.getAdaptation().publicRecord());
    }

    record ExerciseView(String slug, String name, String body, String description, Map<Phase, LocalDate> phases,
            Phase currentPhase, List<PlanSummary> plans, String url, String licence, String licenceUrl) {
    }

    record PlanSummary(Long id, String title, ActionPlan.Status status, String url) {
    }

    record PlanView(Long id, String exercise, String title, String presentation, LocalDate periodStart,
            LocalDate periodEnd, int expectedCommitments, int durationMonths, List<String> departuresFromDeclaration,
            ActionPlan.Status status, Integer approvalSession, Integer approvalAgreement, Instant approvedAt,
            Instant publishedAt, boolean verifiable, List<VerifiabilityCheck.Finding> planProblems,
            Map<String, List<VerifiabilityCheck.Finding>> commitmentProblems,
            Map<String, List<VerifiabilityCheck.Finding>> warnings, List<CommitmentView> commitments, String url) {
    }

    record CommitmentView(Long id, String code, String title, String summary, String problem, String causes,
            String baseline, String objective, String description, String expectedResults, Set<Theme> themes,
            Map<OgpValue, String> values, String leadInstitution, List<CoResponsible> actors, String contact,
            BigDecimal budgetAmount, String budgetProgramme, LocalDate startDate, LocalDate endDate, Progress progress,
            List<MilestoneView> milestones, Voices assessments, String url, Map<String, Object> adaptedFrom) {
    }

    record Voices(AssessmentView self, AssessmentView independent, boolean divergent) {
    }

    record AssessmentView(Completion completion, OpenedGovernment openedGovernment, String reasoning, String author,
            String authorCapacity, Instant assessedAt) {

        static AssessmentView of(Assessment a) {
            return a == null ? null : new AssessmentView(a.getCompletion(), a.getOpenedGovernment(), a.getReasoning(),
                    a.getAuthor(), a.getAuthorCapacity(), a.getAssessedAt());
        }
    }

    record MilestoneView(Long id, String title, String deliverable, String meansOfVerification, String responsible,
            LocalDate startDate, LocalDate endDate, int weight, boolean complete, LocalDate completedOn, boolean overdue,
            List<EvidenceView> evidence) {
    }

    record EvidenceView(Long id, Evidence.Kind kind, String title, String url, String fileName, String contentType,
            Long sizeBytes, String sha256, String submittedBy, Instant submittedAt, Evidence.Status status,
            String reviewer, String reviewerSector, String reviewReason, Instant reviewedAt, String ocid) {

        static EvidenceView of(Evidence e) {
            return new EvidenceView(e.getId(), e.getKind(), e.getTitle(),
                    e.getKind() == Evidence.Kind.FILE ? "/evidencias/" + e.getId() + "/archivo" : e.getUrl(),
                    e.getFileName(), e.getContentType(), e.getSizeBytes(), e.getSha256(), e.getSubmittedBy(),
                    e.getSubmittedAt(), e.getStatus(), e.getReviewer(), e.getReviewerSector(), e.getReviewReason(),
                    e.getReviewedAt(), e.getRecordId());
        }
    }
}
