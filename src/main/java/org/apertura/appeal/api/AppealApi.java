package org.apertura.appeal.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apertura.appeal.Appeal;
import org.apertura.appeal.AppealCapacity;
import org.apertura.appeal.AppealCause;
import org.apertura.appeal.AppealResolution;
import org.apertura.appeal.AppealService;
import org.apertura.appeal.AppealStage;
import org.apertura.appeal.AppealStep;
import org.apertura.appeal.DismissalGround;
import org.springframework.data.domain.Page;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import org.apertura.appeal.DiscontinuanceGround;
import org.apertura.platform.security.PublicActor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Appeals for machines: public data only; the appellant is never named nor linked to an account. */
@RestController
@RequestMapping("/api/v1/appeals")
@Tag(name = "api.tag.appeals", description = "api.tag.appeals.description")
class AppealApi {

    private final AppealService service;

    AppealApi(AppealService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "api.op.accessinfo.appeals")
    AppealPage appeals(@Parameter(description = "api.param.accessinfo.guarantor")
            @RequestParam(required = false) String guarantor, @RequestParam(required = false) AppealStage stage,
            @RequestParam(required = false) AppealResolution resolution, @RequestParam(defaultValue = "0") int page) {
        Page<Appeal> found = service.search(guarantor, stage, resolution,
                org.apertura.platform.web.Paging.apiIndex(page, "page"));
        return new AppealPage(found.getNumber(), found.getTotalPages(), found.getTotalElements(),
                found.getContent().stream().map(AppealSummary::of).toList());
    }

    /** The medidas de apremio imposed on appeals (arts. 196–202), newest first; by position, never by name. */
    @GetMapping("/measures")
    @Operation(summary = "api.op.appeal.measures")
    List<MeasureView> measures() {
        return service.publicMeasures().stream().map(MeasureView::of).toList();
    }

    /** One medida de apremio in the public list. */
    record MeasureView(String appeal, String institution, String guarantorAuthority,
            org.apertura.appeal.CoerciveMeasure kind, org.apertura.appeal.EnforcedPerson person, String position,
            Integer fineUma, boolean recidivism, String qualification, org.apertura.appeal.MeasureExecutor executor,
            LocalDate imposedOn, LocalDate notifiedOn, LocalDate executionDue, LocalDate executedOn,
            Boolean executedOnTime, String basis, String url) {

        static MeasureView of(AppealService.PublicMeasure r) {
            org.apertura.appeal.EnforcementMeasure m = r.measure();
            return new MeasureView(r.appealFolio(), r.institutionSlug(), r.guarantorSlug(), m.getKind(), m.getPerson(),
                    m.getPosition(), m.getFineUma(), m.isRecidivism(), m.getQualification(), m.getExecutor(),
                    m.getImposedOn(), m.getNotifiedOn(), m.getExecutionDue(), m.getExecutedOn(), m.getExecutedOnTime(),
                    m.getKind().basis(), "/recursos/" + r.appealFolio() + "#medida-" + m.getId());
        }
    }

    @GetMapping("/{folio}")
    @Operation(summary = "api.op.accessinfo.appeal")
    AppealView appeal(@PathVariable String folio) {
        Appeal a = service.byFolio(folio);
        return view(a);
    }

    // ---- the acts of LGTAIP 2025 arts. 153, 156, 159 and 191 (a bearer token; the policy says who) ----

    /** The appellant withdraws: signed in as the requester, or with the request's follow-up key. */
    @PostMapping("/{folio}/withdrawal")
    @Operation(summary = "api.op.appeal.withdraw", security = @SecurityRequirement(name = "bearer"))
    AppealView withdraw(@PathVariable String folio, @RequestBody(required = false) Withdrawal body) {
        Withdrawal w = body == null ? new Withdrawal(null, null) : body;
        Long me = PublicActor.currentId();
        return view(service.withdraw(folio, w.reason(), me, w.followKey()));
    }

    @PostMapping("/{folio}/discontinuance")
    @Operation(summary = "api.op.appeal.discontinue", security = @SecurityRequirement(name = "bearer"))
    AppealView discontinue(@PathVariable String folio, @RequestBody Discontinuance body) {
        return view(service.discontinue(folio, body.ground(), body.text()));
    }

    @PostMapping("/{folio}/instruction-closure")
    @Operation(summary = "api.op.appeal.closeInstruction", security = @SecurityRequirement(name = "bearer"))
    AppealView closeInstruction(@PathVariable String folio) {
        return view(service.closeInstruction(folio));
    }

    @PostMapping("/{folio}/notification")
    @Operation(summary = "api.op.appeal.notify", security = @SecurityRequirement(name = "bearer"))
    AppealView notifyResolution(@PathVariable String folio, @RequestBody Notification body) {
        return view(service.notifyResolution(folio, body.notifiedOn()));
    }

    @PostMapping("/{folio}/compliance-extension")
    @Operation(summary = "api.op.appeal.askExtension", security = @SecurityRequirement(name = "bearer"))
    AppealView askExtension(@PathVariable String folio, @RequestBody ExtensionRequest body) {
        return view(service.askComplianceExtension(folio, body.days(), body.reason()));
    }

    @PostMapping("/{folio}/compliance-extension/decision")
    @Operation(summary = "api.op.appeal.decideExtension", security = @SecurityRequirement(name = "bearer"))
    AppealView decideExtension(@PathVariable String folio, @RequestBody ExtensionDecision body) {
        return view(service.decideComplianceExtension(folio, body.granted(), body.days(), body.text()));
    }

    record Withdrawal(String reason, String followKey) {
    }

    record Discontinuance(DiscontinuanceGround ground, String text) {
    }

    record Notification(LocalDate notifiedOn) {
    }

    record ExtensionRequest(Integer days, String reason) {
    }

    record ExtensionDecision(Boolean granted, Integer days, String text) {
    }

    private AppealView view(Appeal a) {
        return new AppealView(AppealSummary.of(a), a.getReasons(), a.getClarificationQuestion(),
                a.getClarificationDue(), a.getClarificationReply(), a.getAdmittedOn(), a.getAllegationsDue(),
                a.isExtended(), a.getExtensionReason(), a.getAppellantAllegation(), a.getInstitutionAllegation(),
                a.getDismissalGround(), a.getResolutionText(), a.getResolvedOnTime(), a.getComplianceDays(),
                a.getComplianceReport(), a.getComplianceReportedOn(), a.getComplianceOnTime(), a.getObjectionDue(),
                a.getObjection(), a.getVerificationDue(), a.getVerificationText(), a.getVerifiedOn(),
                a.isFiledLate(), a.getExtraCauseList(), a.getDiscontinuanceGround(), a.getInstructionClosedOn(),
                a.getClosedResolutionDue(), a.getNotifiedOn(), a.getNotifiedOnTime(), a.getComplianceReason(),
                a.getExtensionAskedOn(), a.getExtensionAskedDays(), a.getExtensionDecisionDue(),
                a.getExtensionGranted(), a.getExtensionGrantedDays(), a.getSuperiorDue(), a.getReportDue(),
                a.getReportedOnTime(), service.steps(a).stream().map(StepView::of).toList());
    }

    record AppealPage(int page, int pages, long total, List<AppealSummary> appeals) {
    }

    record AppealSummary(String folio, String url, String request, String requestUrl, String institution,
            String guarantor, Appeal.Act act, LocalDate actDate, LocalDate appealDue, LocalDate filedOn,
            List<AppealCause> causes, AppealStage stage, LocalDate nextDue, LocalDate resolutionDue,
            AppealResolution resolution, LocalDate resolvedOn, LocalDate complianceDue) {

        static AppealSummary of(Appeal a) {
            return new AppealSummary(a.getFolio(), "/recursos/" + a.getFolio(), a.getRequestFolio(),
                    "/solicitudes/" + a.getRequestFolio(), a.getInstitutionSlug(), a.getGuarantorSlug(), a.getAct(),
                    a.getActDate(), a.getAppealDue(), a.getFiledOn(), a.getCauseList(), a.getStage(), a.nextDue(),
                    a.getResolutionDue(), a.getResolution(), a.getResolvedOn(), a.getComplianceDue());
        }
    }

    record AppealView(AppealSummary appeal, String reasons, String clarificationQuestion, LocalDate clarificationDue,
            String clarificationReply, LocalDate admittedOn, LocalDate allegationsDue, boolean extended,
            String extensionReason, String appellantAllegation, String institutionAllegation,
            DismissalGround dismissalGround, String resolutionText, Boolean resolvedOnTime, Integer complianceDays,
            String complianceReport, LocalDate complianceReportedOn, Boolean complianceOnTime, LocalDate objectionDue,
            String objection, LocalDate verificationDue, String verificationText, LocalDate verifiedOn,
            boolean filedLate, List<String> stateCauses, DiscontinuanceGround discontinuanceGround,
            LocalDate instructionClosedOn, LocalDate closedResolutionDue, LocalDate notifiedOn, Boolean notifiedOnTime,
            String complianceReason, LocalDate extensionAskedOn, Integer extensionAskedDays,
            LocalDate extensionDecisionDue, Boolean extensionGranted, Integer extensionGrantedDays,
            LocalDate superiorDue, LocalDate reportDue, Boolean reportedOnTime, List<StepView> steps) {
    }

    record StepView(String type, Instant at, AppealCapacity capacity, String actor, String basis, String note,
            String term, Integer termDays, LocalDate termFrom, LocalDate dueDate, String calendarVersion,
            LocalDate notifiedOn, AppealStep.Channel notifiedBy) {

        static StepView of(AppealStep s) {
            return new StepView(s.getType().getKey(), s.getAt(), s.getCapacity(), s.getActor(), s.getBasis(), s.getNote(),
                    s.getTerm() == null ? null : s.getTerm().name(), s.getTermDays(), s.getTermFrom(), s.getDueDate(),
                    s.getCalendarVersion(), s.getNotifiedOn(), s.getNotifiedBy());
        }
    }
}
