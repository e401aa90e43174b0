package org.apertura.actionplan.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.Instant;
import org.apertura.actionplan.Assessment;
import org.apertura.actionplan.AssessmentService;
import org.apertura.actionplan.Completion;
import org.apertura.actionplan.Evidence;
import org.apertura.actionplan.EvidenceService;
import org.apertura.actionplan.OpenedGovernment;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Implementation writes for machines, through the same services as the pages: liaisons submit evidence,
 * secretariat members of another sector review it, both voices assess. Bearer token required.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "api.tag.action-plans", description = "api.tag.action-plans.description")
class ImplementationApi {

    private final EvidenceService evidence;
    private final AssessmentService assessments;

    ImplementationApi(EvidenceService evidence, AssessmentService assessments) {
        this.evidence = evidence;
        this.assessments = assessments;
    }

    @PostMapping(value = "/milestones/{id}/evidence", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "api.op.actionplan.submit-link", security = @SecurityRequirement(name = "bearer"))
    EvidenceCreated submitLink(@PathVariable Long id, @RequestBody LinkEvidence body) {
        Evidence item = body.kind() == Evidence.Kind.PROCESS ? evidence.submitProcess(id, body.title(), body.ocid())
                : evidence.submitLink(id, body.kind(), body.title(), body.url());
        return EvidenceCreated.of(item);
    }

    @PostMapping(value = "/milestones/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "api.op.actionplan.submit-file", security = @SecurityRequirement(name = "bearer"))
    EvidenceCreated submitFile(@PathVariable Long id, @RequestParam String title, @RequestParam MultipartFile file)
            throws IOException {
        return EvidenceCreated.of(evidence.submitFile(id, title, file.getOriginalFilename(), file.getBytes()));
    }

    @PostMapping("/evidence/{id}/review")
    @Operation(summary = "api.op.actionplan.review", security = @SecurityRequirement(name = "bearer"))
    EvidenceCreated review(@PathVariable Long id, @RequestBody Review body) {
        return EvidenceCreated.of(evidence.review(id, body.accept(), body.reason()));
    }

    @PostMapping("/commitments/{id}/assessments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "api.op.actionplan.assess", security = @SecurityRequirement(name = "bearer"))
    AssessmentRecorded assess(@PathVariable Long id, @RequestBody AssessmentBody body) {
        Assessment a = assessments.assess(id, body.voice(), body.completion(), body.openedGovernment(), body.reasoning());
        return new AssessmentRecorded(a.getId(), a.getVoice(), a.getCompletion(), a.getOpenedGovernment(), a.getAuthor(),
                a.getAssessedAt());
    }

    record LinkEvidence(Evidence.Kind kind, String title, String url, String ocid) {
    }

    record Review(boolean accept, String reason) {
    }

    record AssessmentBody(Assessment.Voice voice, Completion completion, OpenedGovernment openedGovernment,
            String reasoning) {
    }

    record EvidenceCreated(Long id, Evidence.Kind kind, String title, String sha256, Evidence.Status status) {

        static EvidenceCreated of(Evidence e) {
            return new EvidenceCreated(e.getId(), e.getKind(), e.getTitle(), e.getSha256(), e.getStatus());
        }
    }

    record AssessmentRecorded(Long id, Assessment.Voice voice, Completion completion, OpenedGovernment openedGovernment,
            String author, Instant assessedAt) {
    }
}
