package org.apertura.actionplan.web;

import java.io.IOException;
import java.util.Locale;
import org.apertura.actionplan.Assessment;
import org.apertura.actionplan.AssessmentService;
import org.apertura.actionplan.Completion;
import org.apertura.actionplan.Evidence;
import org.apertura.actionplan.OpenedGovernment;
import org.apertura.actionplan.EvidenceService;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.Texts;
import org.apertura.platform.web.Downloads;
import org.apertura.platform.web.FlashOutcome;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Evidence (submitted by liaisons, reviewed by another sector, downloaded by anyone) and the two-voice assessments. */
@Controller
class EvidencePages {

    private final EvidenceService service;
    private final AssessmentService assessments;
    private final FlashOutcome outcome;

    EvidencePages(EvidenceService service, AssessmentService assessments, FlashOutcome outcome) {
        this.service = service;
        this.assessments = assessments;
        this.outcome = outcome;
    }

    /** The commitment page's assessment form ({@code assessment-completion}, ...). */
    static final FlashOutcome.Form ASSESSMENT_FORM = FlashOutcome.Form.of("assessment", "completion",
            "openedGovernment", "reasoning");

    /** A milestone's evidence form on the commitment page ({@code evidence-MILESTONE-title}, ...). */
    static FlashOutcome.Form evidenceForm(long milestone) {
        return FlashOutcome.Form.of("evidence-" + milestone, "title", "kind", "file", "url", "ocid");
    }

    @PostMapping("/compromisos/{commitment}/valoraciones")
    String assess(@PathVariable Long commitment, @RequestParam(required = false) String voice,
            @RequestParam(required = false) String completion, @RequestParam(required = false) String openedGovernment,
            @RequestParam(required = false) String reasoning, Locale locale, RedirectAttributes redirect) {
        outcome.run(redirect, locale, ASSESSMENT_FORM, "assessment.notice.recorded",
                () -> assessments.assess(commitment, Texts.choiceOrNull(Assessment.Voice.class, voice),
                        Texts.choiceOrNull(Completion.class, completion),
                        Texts.choiceOrNull(OpenedGovernment.class, openedGovernment), reasoning));
        return "redirect:/compromisos/" + commitment + "#valoracion";
    }

    @PostMapping("/compromisos/{commitment}/hitos/{milestone}/evidencias")
    String submit(@PathVariable Long commitment, @PathVariable Long milestone,
            @RequestParam(required = false) String title, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String url, @RequestParam(required = false) String ocid,
            @RequestParam(required = false) MultipartFile file,
            Locale locale, RedirectAttributes redirect) throws IOException {
        byte[] content = file == null || file.isEmpty() ? null : file.getBytes();
        outcome.run(redirect, locale, evidenceForm(milestone), "evidence.notice.submitted", () -> {
            if ("FILE".equals(kind)) {
                service.submitFile(milestone, title, file == null ? null : file.getOriginalFilename(), content);
            } else if ("PROCESS".equals(kind)) {
                service.submitProcess(milestone, title, ocid);
            } else {
                service.submitLink(milestone, "DATASET".equals(kind) ? Evidence.Kind.DATASET : Evidence.Kind.LINK, title, url);
            }
        });
        return "redirect:/compromisos/" + commitment + "#hito-" + milestone;
    }

    @PostMapping("/compromisos/{commitment}/evidencias/{id}/revision")
    String review(@PathVariable Long commitment, @PathVariable Long id, @RequestParam(required = false) String decision,
            @RequestParam(required = false) String reason, Locale locale, RedirectAttributes redirect) {
        Evidence item = service.get(id);
        outcome.run(redirect, locale, FlashOutcome.Form.of("evidence-review-" + id, "reason"),
                "ACCEPT".equals(decision) ? "evidence.notice.accepted" : "evidence.notice.rejected",
                () -> service.review(id, "ACCEPT".equals(decision), reason));
        return "redirect:/compromisos/" + commitment + "#hito-" + item.getMilestoneId();
    }

    @GetMapping("/evidencias/{id}/archivo")
    ResponseEntity<byte[]> download(@PathVariable Long id) {
        Evidence item = service.get(id);
        byte[] content = service.file(item).orElseThrow(() -> new NotFoundException("file of evidence " + id));
        return Downloads.attachmentUtf8(MediaType.parseMediaType(item.getContentType()), item.getFileName())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.ETAG, "\"" + item.getSha256() + "\"")
                .body(content);
    }
}
