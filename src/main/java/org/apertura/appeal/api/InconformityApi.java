package org.apertura.appeal.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apertura.appeal.Inconformity;
import org.apertura.appeal.InconformityCapacity;
import org.apertura.appeal.InconformityCause;
import org.apertura.appeal.InconformityDiscontinuanceGround;
import org.apertura.appeal.InconformityDismissalGround;
import org.apertura.appeal.InconformityDraft;
import org.apertura.appeal.InconformityResolution;
import org.apertura.appeal.InconformityService;
import org.apertura.appeal.InconformityStage;
import org.apertura.appeal.InconformityStep;
import org.apertura.platform.security.PublicActor;
import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Recursos de inconformidad for machines: public data only; the appellant is never named nor linked to an account. */
@RestController
@RequestMapping("/api/v1/inconformities")
@Tag(name = "api.tag.inconformities", description = "api.tag.inconformities.description")
class InconformityApi {

    private final InconformityService service;

    InconformityApi(InconformityService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "api.op.inconformity.list")
    InconformityPage list(@RequestParam(required = false) InconformityStage stage,
            @RequestParam(required = false) InconformityResolution resolution,
            @RequestParam(defaultValue = "0") int page) {
        Page<Inconformity> found = service.search(stage, resolution,
                org.apertura.platform.web.Paging.apiIndex(page, "page"));
        return new InconformityPage(found.getNumber(), found.getTotalPages(), found.getTotalElements(),
                found.getContent().stream().map(Summary::of).toList());
    }

    @GetMapping("/{folio}")
    @Operation(summary = "api.op.inconformity.one")
    View one(@PathVariable String folio) {
        return view(service.byFolio(folio));
    }

    /** The requester files it against an appeal: signed in, or with the request's follow-up key. */
    @PostMapping
    @Operation(summary = "api.op.inconformity.file", security = @SecurityRequirement(name = "bearer"))
    View file(@RequestBody Filing body) {
        return view(service.file(body.appeal(), new InconformityDraft(body.causes(), Boolean.TRUE.equals(
                body.federalResources()), body.notifiedOn(), body.reasons()), PublicActor.currentId(), body.followKey()));
    }

    /** The local authority forwards a recurso filed with it in writing, naming no one (art. 164 ¶2). */
    @PostMapping("/forwarded")
    @Operation(summary = "api.op.inconformity.forward", security = @SecurityRequirement(name = "bearer"))
    View forward(@RequestBody Forwarding body) {
        return view(service.forwardWritten(body.appeal(), new InconformityDraft(body.causes() == null ? Set.of()
                : body.causes(), Boolean.TRUE.equals(body.federalResources()), body.notifiedOn(), body.reasons()),
                body.writtenOn()));
    }

    @PostMapping("/{folio}/prevention")
    @Operation(summary = "api.op.inconformity.prevent", security = @SecurityRequirement(name = "bearer"))
    View prevent(@PathVariable String folio, @RequestBody Prevention body) {
        return view(service.prevent(folio, body.question(), body.days()));
    }

    @PostMapping("/{folio}/prevention/reply")
    @Operation(summary = "api.op.inconformity.reply", security = @SecurityRequirement(name = "bearer"))
    View reply(@PathVariable String folio, @RequestBody AppellantText body) {
        return view(service.replyPrevention(folio, body.text(), PublicActor.currentId(), body.followKey()));
    }

    @PostMapping("/{folio}/admission")
    @Operation(summary = "api.op.inconformity.admit", security = @SecurityRequirement(name = "bearer"))
    View admit(@PathVariable String folio) {
        return view(service.admit(folio));
    }

    @PostMapping("/{folio}/dismissal")
    @Operation(summary = "api.op.inconformity.dismiss", security = @SecurityRequirement(name = "bearer"))
    View dismiss(@PathVariable String folio, @RequestBody Dismissal body) {
        return view(service.dismiss(folio, body.ground(), body.text()));
    }

    @PostMapping("/{folio}/extension")
    @Operation(summary = "api.op.inconformity.extend", security = @SecurityRequirement(name = "bearer"))
    View extend(@PathVariable String folio, @RequestBody Extension body) {
        return view(service.extend(folio, body.reason(), body.days()));
    }

    @PostMapping("/{folio}/discontinuance")
    @Operation(summary = "api.op.inconformity.discontinue", security = @SecurityRequirement(name = "bearer"))
    View discontinue(@PathVariable String folio, @RequestBody Discontinuance body) {
        return view(service.discontinue(folio, body.ground(), body.text()));
    }

    @PostMapping("/{folio}/resolution")
    @Operation(summary = "api.op.inconformity.resolve", security = @SecurityRequirement(name = "bearer"))
    View resolve(@PathVariable String folio, @RequestBody Resolution body) {
        return view(service.resolve(folio, body.resolution(), body.measures() == null ? Set.of() : body.measures(),
                body.text()));
    }

    @PostMapping("/{folio}/report")
    @Operation(summary = "api.op.inconformity.report", security = @SecurityRequirement(name = "bearer"))
    View report(@PathVariable String folio, @RequestBody Text body) {
        return view(service.localReport(folio, body.text()));
    }

    @PostMapping("/{folio}/allegation")
    @Operation(summary = "api.op.inconformity.allege", security = @SecurityRequirement(name = "bearer"))
    View allege(@PathVariable String folio, @RequestBody AppellantText body) {
        return view(service.allege(folio, body.text(), PublicActor.currentId(), body.followKey()));
    }

    @PostMapping("/{folio}/withdrawal")
    @Operation(summary = "api.op.inconformity.withdraw", security = @SecurityRequirement(name = "bearer"))
    View withdraw(@PathVariable String folio, @RequestBody(required = false) AppellantText body) {
        AppellantText w = body == null ? new AppellantText(null, null) : body;
        return view(service.withdraw(folio, w.text(), PublicActor.currentId(), w.followKey()));
    }

    @PostMapping("/{folio}/new-ruling")
    @Operation(summary = "api.op.inconformity.newRuling", security = @SecurityRequirement(name = "bearer"))
    View newRuling(@PathVariable String folio, @RequestBody Text body) {
        return view(service.newRuling(folio, body.text()));
    }

    @PostMapping("/{folio}/compliance")
    @Operation(summary = "api.op.inconformity.compliance", security = @SecurityRequirement(name = "bearer"))
    View compliance(@PathVariable String folio, @RequestBody Text body) {
        return view(service.reportCompliance(folio, body.text()));
    }

    @PostMapping("/{folio}/notice")
    @Operation(summary = "api.op.inconformity.notice", security = @SecurityRequirement(name = "bearer"))
    View notice(@PathVariable String folio, @RequestBody Notice body) {
        return view(service.recordNotice(folio, body.notifiedOn()));
    }

    @PostMapping("/{folio}/allegation/extension")
    @Operation(summary = "api.op.inconformity.extendAllegations", security = @SecurityRequirement(name = "bearer"))
    View extendAllegations(@PathVariable String folio, @RequestBody(required = false) AppellantDays body) {
        AppellantDays b = body == null ? new AppellantDays(null, null) : body;
        return view(service.extendAllegations(folio, b.days(), PublicActor.currentId(), b.followKey()));
    }

    @PostMapping("/{folio}/instruction-close")
    @Operation(summary = "api.op.inconformity.closeInstruction", security = @SecurityRequirement(name = "bearer"))
    View closeInstruction(@PathVariable String folio) {
        return view(service.closeInstruction(folio));
    }

    @PostMapping("/{folio}/third-party")
    @Operation(summary = "api.op.inconformity.notifyThirdParty", security = @SecurityRequirement(name = "bearer"))
    View notifyThirdParty(@PathVariable String folio) {
        return view(service.notifyThirdParty(folio));
    }

    @PostMapping("/{folio}/third-party/allegation")
    @Operation(summary = "api.op.inconformity.recordThirdParty", security = @SecurityRequirement(name = "bearer"))
    View recordThirdParty(@PathVariable String folio, @RequestBody Text body) {
        return view(service.recordThirdParty(folio, body.text()));
    }

    @PostMapping("/{folio}/new-ruling/extension")
    @Operation(summary = "api.op.inconformity.askNewRulingExtension", security = @SecurityRequirement(name = "bearer"))
    View askNewRulingExtension(@PathVariable String folio, @RequestBody Extension body) {
        return view(service.askNewRulingExtension(folio, body.days(), body.reason()));
    }

    @PostMapping("/{folio}/new-ruling/extension/decision")
    @Operation(summary = "api.op.inconformity.decideNewRulingExtension",
            security = @SecurityRequirement(name = "bearer"))
    View decideNewRulingExtension(@PathVariable String folio, @RequestBody Decision body) {
        return view(service.decideNewRulingExtension(folio, body.grant(), body.text()));
    }

    record Filing(String appeal, Set<InconformityCause> causes, Boolean federalResources, LocalDate notifiedOn,
            String reasons, String followKey) {
    }

    /** A written filing the local authority received on {@code writtenOn}, without who filed it. */
    record Forwarding(String appeal, LocalDate writtenOn, Set<InconformityCause> causes, Boolean federalResources,
            LocalDate notifiedOn, String reasons) {
    }

    record Prevention(String question, Integer days) {
    }

    record AppellantText(String text, String followKey) {
    }

    record Text(String text) {
    }

    record Notice(LocalDate notifiedOn) {
    }

    record AppellantDays(Integer days, String followKey) {
    }

    record Decision(Boolean grant, String text) {
    }

    record Dismissal(InconformityDismissalGround ground, String text) {
    }

    record Discontinuance(InconformityDiscontinuanceGround ground, String text) {
    }

    record Extension(String reason, Integer days) {
    }

    /** Revoking or modifying states the medidas de apremio (art. 180): PUBLIC_REPRIMAND, FINE (art. 196 fr. I–II). */
    record Resolution(InconformityResolution resolution, Set<org.apertura.appeal.CoerciveMeasure> measures,
            String text) {
    }

    record InconformityPage(int page, int pages, long total, List<Summary> inconformities) {
    }

    record Summary(String folio, String url, String appeal, String appealUrl, String request, String institution,
            String localAuthority, String federalAuthority, Inconformity.Act act, LocalDate knownOn,
            LocalDate filingDue, LocalDate filedOn, boolean filedLate, List<InconformityCause> causes,
            InconformityStage stage, LocalDate nextDue, LocalDate resolutionDue, InconformityResolution resolution,
            LocalDate resolvedOn, LocalDate newRulingDue, LocalDate complianceDue) {

        static Summary of(Inconformity i) {
            return new Summary(i.getFolio(), "/inconformidades/" + i.getFolio(), i.getAppealFolio(),
                    "/recursos/" + i.getAppealFolio(), i.getRequestFolio(), i.getInstitutionSlug(),
                    i.getLocalAuthoritySlug(), i.getFederalAuthoritySlug(), i.getAct(), i.getKnownOn(),
                    i.getFilingDue(), i.getFiledOn(), i.isFiledLate(), i.causeList(), i.getStage(), i.nextDue(),
                    i.getResolutionDue(), i.getResolution(), i.getResolvedOn(), i.getNewRulingDue(),
                    i.getComplianceDue());
        }
    }

    record View(Summary inconformity, String reasons, String preventionQuestion, LocalDate preventionReplyDue,
            String preventionReply, LocalDate admittedOn, LocalDate reportDue, String report, Boolean reportOnTime,
            LocalDate allegationsDue, String allegation, boolean extended, String extensionReason,
            InconformityDismissalGround dismissalGround, InconformityDiscontinuanceGround discontinuanceGround,
            String resolutionText, Boolean resolvedOnTime, String newRuling, LocalDate newRulingOn,
            Boolean newRulingOnTime, String complianceReport, LocalDate complianceReportedOn,
            Boolean complianceOnTime, List<StepView> steps, Acts acts) {
    }

    /**
     * The acts of ADR 0038 (notices, extra days to allege, close of instruction, third party, more time) and of ADR
     * 0046 (the medidas de apremio the resolution states, a written filing forwarded by the local authority).
     */
    record Acts(LocalDate preventionNotifiedOn, LocalDate admissionNotifiedOn, LocalDate resolutionNotifiedOn,
            Integer allegationsExtensionDays, LocalDate instructionClosedOn, LocalDate thirdPartyNotifiedOn,
            LocalDate thirdPartyDue, LocalDate thirdPartyAllegedOn, Boolean thirdPartyOnTime,
            LocalDate newRulingExtensionAskBy, LocalDate newRulingExtensionAskedOn, Integer newRulingExtensionDays,
            LocalDate newRulingExtensionDecisionDue, Boolean newRulingExtensionGranted,
            List<org.apertura.appeal.CoerciveMeasure> measures, LocalDate writtenOn, LocalDate forwardDue,
            LocalDate forwardedOn, Boolean forwardedLate) {

        static Acts of(Inconformity i) {
            return new Acts(i.getPreventionNotifiedOn(), i.getAdmissionNotifiedOn(), i.getResolutionNotifiedOn(),
                    i.getAllegationsExtensionDays(), i.getInstructionClosedOn(), i.getThirdPartyNotifiedOn(),
                    i.getThirdPartyDue(), i.getThirdPartyAllegedOn(), i.getThirdPartyOnTime(),
                    i.getNewRulingExtensionAskBy(), i.getNewRulingExtensionAskedOn(), i.getNewRulingExtensionDays(),
                    i.getNewRulingExtensionDecisionDue(), i.getNewRulingExtensionGranted(), i.measureList(),
                    i.getWrittenOn(), i.getForwardDue(), i.getForwardedOn(), i.getForwardedLate());
        }
    }

    private View view(Inconformity i) {
        return new View(Summary.of(i), i.getReasons(), i.getPreventionQuestion(), i.getPreventionReplyDue(),
                i.getPreventionReply(), i.getAdmittedOn(), i.getReportDue(), i.getReport(), i.getReportOnTime(),
                i.getAllegationsDue(), i.getAllegation(), i.isExtended(), i.getExtensionReason(),
                i.getDismissalGround(), i.getDiscontinuanceGround(), i.getResolutionText(), i.getResolvedOnTime(),
                i.getNewRuling(), i.getNewRulingOn(), i.getNewRulingOnTime(), i.getComplianceReport(),
                i.getComplianceReportedOn(), i.getComplianceOnTime(), service.steps(i).stream().map(StepView::of)
                .toList(), Acts.of(i));
    }

    record StepView(String type, Instant at, InconformityCapacity capacity, String actor, String basis, String note,
            String term, Integer termDays, LocalDate termFrom, LocalDate dueDate, String calendarVersion,
            LocalDate notifiedOn, String notifiedBy) {

        static StepView of(InconformityStep s) {
            return new StepView(s.getType().getKey(), s.getAt(), s.getCapacity(), s.getActor(), s.getBasis(), s.getNote(),
                    s.getTerm() == null ? null : s.getTerm().name(), s.getTermDays(), s.getTermFrom(), s.getDueDate(),
                    s.getCalendarVersion(), s.getNotifiedOn(),
                    s.getNotifiedBy() == null ? null : s.getNotifiedBy().name());
        }
    }
}
