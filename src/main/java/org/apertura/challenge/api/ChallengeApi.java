package org.apertura.challenge.api;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.util.Map;
import org.apertura.challenge.ChallengeKit;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.apertura.platform.kits.KitImports;
import org.apertura.platform.kits.KitWriter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apertura.challenge.Challenge;
import org.apertura.challenge.ChallengeDetail;
import org.apertura.challenge.ChallengeKind;
import org.apertura.challenge.ChallengePhase;
import org.apertura.challenge.ChallengeService;
import org.apertura.challenge.Criterion;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Challenges for machines: schedule, rubric, jury, teams (members by public display name only),
 * submissions with their licence, and, once published, the scores, ranking, prizes and follow-up.
 */
@RestController
@RequestMapping("/api/v1/challenges")
@Tag(name = "api.tag.challenges", description = "api.tag.challenges.description")
class ChallengeApi {

    private final ChallengeService service;
    private final ChallengeKit kits;

    ChallengeApi(ChallengeService service, ChallengeKit kits) {
        this.service = service;
        this.kits = kits;
    }

    @GetMapping(value = "/{slug}/kit", produces = "application/zip")
    @Operation(summary = "api.op.challenge.kit")
    ResponseEntity<byte[]> kit(@PathVariable String slug) {
        return KitWriter.download(kits.fileName(service.challenge(slug)), kits.zip(slug));
    }

    /**
     * Multipart: {@code kit} (the ZIP), {@code commitment} (the id of the commitment here it is a challenge of),
     * {@code challengeSlug} (the original's when absent) and the five dates.
     */
    @PostMapping("/kit")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "api.op.challenge.importKit", security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<ChallengeSummary> importKit(@RequestParam Long commitment, @RequestParam(required = false) MultipartFile kit,
            @RequestParam(required = false) String challengeSlug,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate registrationOpens,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate registrationCloses,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate submissionsOpen,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate submissionsClose,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate resultsOn) {
        return KitImports.created(kit, in -> kits.importInto(commitment, new ChallengeKit.Adapting(challengeSlug,
                registrationOpens, registrationCloses, submissionsOpen, submissionsClose, resultsOn), in),
                imported -> "/api/v1/challenges/" + imported.getSlug(),
                imported -> ChallengeSummary.of(service.detail(imported.getSlug())));
    }

    /** Publishes a draft challenge (ADR 0061): it becomes public and goes to the ledger. */
    @PostMapping("/{slug}/publish")
    @Operation(summary = "api.op.challenge.publish", security = @SecurityRequirement(name = "bearer"))
    ChallengeSummary publish(@PathVariable String slug) {
        return ChallengeSummary.of(service.detail(service.publish(slug).getSlug()));
    }

    @GetMapping
    @Operation(summary = "api.op.challenge.challenges")
    List<ChallengeSummary> challenges() {
        return service.challenges().stream().map(c -> ChallengeSummary.of(service.detail(c.getSlug()))).toList();
    }

    @GetMapping("/{slug}")
    @Operation(summary = "api.op.challenge.challenge")
    ChallengeView challenge(@PathVariable String slug) {
        ChallengeDetail d = service.detail(slug);
        Challenge c = d.challenge();
        List<String> criteria = d.rubric().stream().map(Criterion::getName).toList();
        return new ChallengeView(ChallengeSummary.of(d), c.getSummary(), c.getRules(), c.prizeList(), c.datasetList(),
                d.commitmentTitle(), c.getResultsPublishedAt(),
                d.rubric().stream().map(r -> new CriterionView(r.getName(), r.getDescription(), r.getWeight())).toList(),
                d.jury(), d.teams().stream().map(t -> new TeamView(t.name(), t.members(), t.submitted())).toList(),
                d.submissions().stream().map(s -> new SubmissionView(s.team(), s.submission().getTitle(),
                        s.submission().getDescription(), s.submission().getLink(), s.submission().getLicence(),
                        s.submission().getRevision(), s.submission().getSubmittedAt(), s.score(), s.rank(),
                        s.submission().getAward(), s.evaluations().stream().map(e -> new EvaluationView(e.juror(),
                                scores(criteria, e.scores()), e.weighted(), e.comment())).toList())).toList(),
                d.followUps().stream().map(f -> new FollowUpView(f.submission(), f.team(), f.milestoneId(),
                        "/hitos/" + f.milestoneId(), f.milestone(), f.note(), f.linkedAt())).toList(),
                c.getAdaptation() == null ? null : c.getAdaptation().publicRecord());
    }

    private static List<CriterionScore> scores(List<String> criteria, List<Integer> scores) {
        return java.util.stream.IntStream.range(0, criteria.size())
                .mapToObj(i -> new CriterionScore(criteria.get(i), scores.get(i))).toList();
    }

    record ChallengeSummary(String slug, String title, ChallengeKind kind, ChallengePhase phase, String commitment,
            Long commitmentId, String exercise, LocalDate registrationOpens, LocalDate registrationCloses,
            LocalDate submissionsOpen, LocalDate submissionsClose, LocalDate resultsOn, int teams, int submissions,
            String url) {

        static ChallengeSummary of(ChallengeDetail d) {
            Challenge c = d.challenge();
            return new ChallengeSummary(c.getSlug(), c.getTitle(), c.getKind(), d.phase(), d.commitmentCode(),
                    c.getCommitmentId(), c.getExerciseSlug(), c.getRegistrationOpens(), c.getRegistrationCloses(),
                    c.getSubmissionsOpen(), c.getSubmissionsClose(), c.getResultsOn(), d.teams().size(),
                    d.submissions().size(), "/retos/" + c.getSlug());
        }
    }

    record ChallengeView(ChallengeSummary challenge, String summary, String rules, List<String> prizes,
            List<String> datasets, String commitmentTitle, Instant resultsPublishedAt, List<CriterionView> rubric,
            List<String> jury, List<TeamView> teams, List<SubmissionView> submissions, List<FollowUpView> followUps,
            Map<String, Object> adaptedFrom) {
    }

    record CriterionView(String name, String description, int weight) {
    }

    record TeamView(String name, List<String> members, boolean submitted) {
    }

    record SubmissionView(String team, String title, String description, String link, String licence, int revision,
            Instant submittedAt, BigDecimal score, Integer rank, String award, List<EvaluationView> evaluations) {
    }

    record EvaluationView(String juror, List<CriterionScore> scores, BigDecimal weighted, String comment) {
    }

    record CriterionScore(String criterion, Integer score) {
    }

    record FollowUpView(String submission, String team, Long milestoneId, String milestoneUrl, String milestone,
            String note, Instant linkedAt) {
    }
}
