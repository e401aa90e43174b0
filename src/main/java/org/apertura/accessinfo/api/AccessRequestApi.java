package org.apertura.accessinfo.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apertura.accessinfo.AccessRequestService;
import org.apertura.accessinfo.AccessRequestService.FilingRequest;
import org.apertura.accessinfo.Channel;
import org.apertura.accessinfo.CommitteeResolution;
import org.apertura.accessinfo.AccessRequest;
import org.apertura.accessinfo.Modality;
import org.apertura.accessinfo.NotificationMedium;
import org.apertura.accessinfo.Outcome;
import org.apertura.accessinfo.RequestEvent;
import org.apertura.accessinfo.RequestFigures;
import org.apertura.accessinfo.RequestFile;
import org.apertura.accessinfo.RequestSearchParams;
import org.apertura.accessinfo.Stage;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.Texts;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Access requests for machines: the public search with filters, one request with its steps, committee
 * resolutions and public files, the figures, and filing with a personal token. Never who asked.
 */
@RestController
@RequestMapping("/api/v1/requests")
@Tag(name = "api.tag.access-requests", description = "api.tag.access-requests.description")
class AccessRequestApi {

    private final AccessRequestService service;

    AccessRequestApi(AccessRequestService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "api.op.accessinfo.search")
    Results search(@RequestParam(required = false) String q, @RequestParam(required = false) String institution,
            @RequestParam(required = false) String outcome, @RequestParam(required = false) String stage,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false, defaultValue = "0") int page) {
        Page<AccessRequest> found = service.search(new RequestSearchParams(q, institution, outcome, stage, from, to)
                .query(service.today(), org.apertura.platform.web.Paging.apiIndex(page, "page")));
        return new Results(found.getTotalElements(), found.getNumber(), found.getTotalPages(),
                found.getContent().stream().map(r -> Summary.of(r, service.today())).toList());
    }

    @GetMapping("/{folio}")
    @Operation(summary = "api.op.accessinfo.request")
    Detail request(@PathVariable String folio) {
        AccessRequest r = service.request(folio);
        return new Detail(Summary.of(r, service.today()), r.getClarificationQuestion(), r.getClarificationReply(),
                r.getAnswerText(), r.getCompetentBody(), r.getPublicSource(), r.getPages(), r.getCost(), r.getPaymentDue(),
                service.daysLeft(r).orElse(null),
                service.steps(r).stream().map(Step::of).toList(),
                service.resolutions(r).stream().map(Resolution::of).toList(),
                service.publicFiles(r).stream().map(f -> FileView.of(r, f)).toList());
    }

    @GetMapping("/figures")
    @Operation(summary = "api.op.accessinfo.figures")
    AccessRequestService.Figures figures(@RequestParam(required = false) String jurisdiction) {
        return service.figures(jurisdiction);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "api.op.accessinfo.file", security = @SecurityRequirement(name = "bearer"))
    FiledView file(@RequestBody NewRequest body) {
        var filed = service.file(new FilingRequest(body.institutions(), new AccessRequest.Filing(body.description(),
                body.modality(), body.accessibleFormat(), body.medium(), body.contactEmail())));
        return new FiledView(filed.filingId(), "/acuses/" + filed.filingId(),
                filed.requests().stream().map(r -> Summary.of(r, service.today())).toList());
    }

    @PostMapping("/registrations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "api.op.accessinfo.register", security = @SecurityRequirement(name = "bearer"))
    FiledView register(@RequestBody Registration body) {
        var filed = service.register(body.institution(), new AccessRequest.Filing(body.description(), body.modality(),
                body.accessibleFormat(), body.medium(), body.contactEmail()), body.channel(),
                Texts.day(body.receivedOn(), "receivedOn", "calendar.error.date"));
        return new FiledView(filed.filingId(), "/acuses/" + filed.filingId(),
                filed.requests().stream().map(r -> Summary.of(r, service.today())).toList());
    }

    @PostMapping("/{folio}/clarification")
    @Operation(summary = "api.op.accessinfo.clarification", security = @SecurityRequirement(name = "bearer"))
    Summary askClarification(@PathVariable String folio, @RequestBody Clarification body) {
        return Summary.of(service.askClarification(folio, body.question(), body.replyDays(),
                Boolean.TRUE.equals(body.partial())), service.today());
    }

    @PostMapping("/{folio}/committee-resolutions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "api.op.accessinfo.committee", security = @SecurityRequirement(name = "bearer"))
    Resolution resolve(@PathVariable String folio, @RequestBody NewResolution body) {
        return Resolution.of(service.resolve(folio, new CommitteeResolution.Terms(body.kind(), body.decision(),
                body.grounds(), body.reserveGround(), body.harmTest(), body.reserveYears(), body.searchDone(),
                body.session()), new CommitteeResolution.ReserveFile(body.area(), body.document(),
                Boolean.TRUE.equals(body.reservePartial()), Boolean.TRUE.equals(body.notExcluded())),
                body.confidentialGround(), Texts.day(body.resolvedOn(), "resolvedOn", "calendar.error.date"), body.extensionDays()));
    }

    @GetMapping("/reserved-index")
    @Operation(summary = "api.op.accessinfo.reserved-index")
    ReservedIndexView reservedIndex(@RequestParam(required = false) String semester) {
        org.apertura.accessinfo.ReservedIndex.HalfYear half = Texts.isBlank(semester)
                ? org.apertura.accessinfo.ReservedIndex.HalfYear.of(service.today())
                : org.apertura.accessinfo.ReservedIndex.HalfYear.parse(semester)
                        .orElseThrow(() -> new InvalidInputException("semester", "accessinfo.validation.halfYear"));
        return new ReservedIndexView(half.toString(), half.first(), half.last(), service.reservedIndex(half));
    }

    @PostMapping("/{folio}/committee-resolutions/{id}/reserve-extension")
    @Operation(summary = "api.op.accessinfo.extend-reserve", security = @SecurityRequirement(name = "bearer"))
    Resolution extendReserve(@PathVariable String folio, @PathVariable Long id, @RequestBody ReserveExtension body) {
        return Resolution.of(service.extendReserve(folio, id, body.years(), body.harmTest()));
    }

    @PostMapping("/{folio}/committee-resolutions/{id}/guarantor-reserve-extension")
    @Operation(summary = "api.op.accessinfo.ask-guarantor-reserve-extension",
            security = @SecurityRequirement(name = "bearer"))
    Resolution askGuarantorReserveExtension(@PathVariable String folio, @PathVariable Long id,
            @RequestBody GuarantorExtensionAsk body) {
        return Resolution.of(service.askGuarantorReserveExtension(folio, id, body.extensionCase(), body.years(),
                body.harmTest()));
    }

    @PostMapping("/{folio}/committee-resolutions/{id}/guarantor-reserve-extension/decision")
    @Operation(summary = "api.op.accessinfo.decide-reserve-extension", security = @SecurityRequirement(name = "bearer"))
    Resolution decideReserveExtension(@PathVariable String folio, @PathVariable Long id,
            @RequestBody GuarantorExtensionDecision body) {
        return Resolution.of(service.decideReserveExtension(folio, id, body.grant(), body.years(), body.reasons()));
    }

    @PostMapping("/{folio}/answer")
    @Operation(summary = "api.op.accessinfo.answer", security = @SecurityRequirement(name = "bearer"))
    Summary answer(@PathVariable String folio, @RequestBody NewAnswer body) {
        return Summary.of(service.answer(folio, new AccessRequest.Answer(body.outcome(), body.text(),
                body.competentBody(), body.publicSource(), body.pages(), body.cost()), List.of()), service.today());
    }

    record NewRequest(List<String> institutions, String description, Modality modality, String accessibleFormat,
            NotificationMedium medium, String contactEmail) {
    }

    /** A request the unit received in person, by e-mail, post or verbally (arts. 124–125). */
    record Registration(String institution, Channel channel, String receivedOn, String description, Modality modality,
            String accessibleFormat, NotificationMedium medium, String contactEmail) {
    }

    /** The unit's one requirement (art. 130): fewer days than the law's "hasta diez" may be given; partial or not. */
    record Clarification(String question, Integer replyDays, Boolean partial) {
    }

    /** The committee's resolution (art. 40 fr. II); an extension may be shorter than the law's "hasta diez". */
    record NewResolution(org.apertura.accessinfo.ResolutionKind kind, org.apertura.accessinfo.Decision decision,
            String grounds, Integer reserveGround, String harmTest, Integer reserveYears, String searchDone,
            String session, String resolvedOn, Integer extensionDays, String area, String document,
            Boolean reservePartial, Boolean notExcluded, org.apertura.accessinfo.ConfidentialGround confidentialGround) {
    }

    /** The committee's one extension of a reserve (art. 104 ¶3). */
    record ReserveExtension(Integer years, String harmTest) {
    }

    /** The committee's request to the guarantor authority for a further extension (art. 104 ¶4). */
    record GuarantorExtensionAsk(org.apertura.accessinfo.ReserveExtensionCase extensionCase, Integer years,
            String harmTest) {
    }

    /** The guarantor authority's decision on it: granted (with at most the years asked) or not, with reasons. */
    record GuarantorExtensionDecision(Boolean grant, Integer years, String reasons) {
    }

    /** A half-year's index of reserved files (art. 105). */
    record ReservedIndexView(String semester, LocalDate from, LocalDate to,
            List<org.apertura.accessinfo.ReservedIndex.Row> files) {
    }

    record NewAnswer(Outcome outcome, String text, String competentBody, String publicSource, Integer pages,
            BigDecimal cost) {
    }

    record FiledView(String filingId, String acuse, List<Summary> requests) {
    }

    /** A page of results; {@code total} is exact up to 1,000 past the page's first result; one more means more. */
    record Results(long total, int page, int pages, List<Summary> requests) {
    }

    record Summary(String folio, String institution, Channel channel, LocalDate receivedOn, LocalDate dueDate,
            Stage stage, boolean overdue, Outcome outcome, LocalDate answeredOn, Boolean answeredOnTime, boolean extended,
            String description, String ruleSet, String calendar, String calendarVersion, boolean clarificationPartial,
            LocalDate registrationDue, boolean registeredLate, String freeDeliveryAppeal) {

        static Summary of(AccessRequest r, LocalDate today) {
            return new Summary(r.getFolio(), r.getInstitutionSlug(), r.getChannel(), r.getReceivedOn(), r.getDueDate(),
                    r.getStage(), r.isOverdue(today), r.getOutcome(), r.getAnsweredOn(), r.getAnsweredOnTime(),
                    r.isExtended(), r.getDescription(), r.getRuleSet(), r.getCalendar(), r.getCalendarVersion(),
                    r.isClarificationPartial(), r.getRegistrationDue(), r.isRegisteredLate(), r.getFreeDeliveryAppeal());
        }
    }

    record Detail(Summary request, String clarificationQuestion, String clarificationReply, String answer,
            String competentBody, String publicSource, Integer pages, BigDecimal cost, LocalDate paymentDue,
            Integer businessDaysLeft, List<Step> steps, List<Resolution> resolutions, List<FileView> files) {
    }

    record Step(String type, Instant at, String actor, String basis, String note, String term, Integer termDays,
            LocalDate termFrom, LocalDate dueDate, String calendarVersion) {

        static Step of(RequestEvent e) {
            return new Step(e.getType().getKey(), e.getAt(), e.getActor(), e.getBasis(), e.getNote(),
                    e.getTerm() == null ? null : e.getTerm().getKey(),
                    e.getTermDays(), e.getTermFrom(), e.getDueDate(), e.getCalendarVersion());
        }
    }

    record Resolution(Long id, String kind, String decision, String grounds, Integer reserveGround, String harmTest,
            Integer reserveYears, String searchDone, String session, LocalDate resolvedOn, String area, String document,
            boolean reservePartial, LocalDate reserveFrom, LocalDate reserveUntil, Integer extensionYears,
            LocalDate extendedOn, org.apertura.accessinfo.ConfidentialGround confidentialGround,
            GuarantorExtension guarantorExtension) {

        static Resolution of(CommitteeResolution c) {
            return new Resolution(c.getId(), c.getKind().name(), c.getDecision().name(), c.getGrounds(),
                    c.getReserveGround(), c.getHarmTest(), c.getReserveYears(), c.getSearchDone(), c.getSession(),
                    c.getResolvedOn(), c.getArea(), c.getDocument(), c.isReservePartial(), c.getReserveFrom(),
                    c.getReserveUntil(), c.getExtensionYears(), c.getExtendedOn(), c.getConfidentialGround(),
                    c.getGuarantorAskedOn() == null ? null : new GuarantorExtension(c.getGuarantorCase(),
                            c.getGuarantorAskYears(), c.getGuarantorAskedOn(), c.getGuarantorSlug(),
                            c.getGuarantorGranted(), c.getGuarantorGrantedYears(), c.getGuarantorReasons(),
                            c.getGuarantorDecidedOn()));
        }
    }

    /** The further extension asked of the guarantor authority (art. 104 ¶4) and, once decided, its decision. */
    record GuarantorExtension(org.apertura.accessinfo.ReserveExtensionCase extensionCase, Integer yearsAsked,
            LocalDate askedOn, String guarantorAuthority, Boolean granted, Integer yearsGranted, String reasons,
            LocalDate decidedOn) {
    }

    record FileView(String kind, String fileName, String contentType, long sizeBytes, String sha256, int redactions,
            String bases, String url) {

        static FileView of(AccessRequest r, RequestFile f) {
            return new FileView(f.getKind().name(), f.getFileName(), f.getContentType(), f.getSizeBytes(), f.getSha256(),
                    f.getRedactions(), f.getBases(), "/solicitudes/" + r.getFolio() + "/archivos/" + f.getId());
        }
    }
}
