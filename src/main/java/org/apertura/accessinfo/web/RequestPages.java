package org.apertura.accessinfo.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apertura.accessinfo.AccessRequest;
import org.apertura.accessinfo.AccessRequestService.Filed;
import org.apertura.accessinfo.AccessRequestService.FilingRequest;
import org.apertura.accessinfo.AccessRequestService.Upload;
import org.apertura.accessinfo.AccessRequestService;
import org.apertura.accessinfo.AcusePdf;
import org.apertura.accessinfo.Channel;
import org.apertura.accessinfo.CommitteeResolution;
import org.apertura.accessinfo.Decision;
import org.apertura.accessinfo.Modality;
import org.apertura.accessinfo.NotificationMedium;
import org.apertura.accessinfo.Outcome;
import org.apertura.accessinfo.RequestFigures;
import org.apertura.accessinfo.RequestPage;
import org.apertura.accessinfo.RequestFeed;
import org.apertura.accessinfo.RequestPageQuery;
import org.apertura.accessinfo.RequestSearch;
import org.apertura.accessinfo.RequestSearchParams;
import org.apertura.accessinfo.ResolutionKind;
import org.apertura.accessinfo.Stage;
import org.apertura.accessinfo.UnitInbox;
import org.apertura.jurisdiction.Institution;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.Texts;
import org.apertura.platform.security.PublicActor;
import org.apertura.platform.web.CsvExport;
import org.apertura.platform.web.FlashOutcome;
import org.apertura.platform.web.FormErrors;
import org.apertura.platform.web.PublicDataset;
import org.apertura.platform.web.SitemapSource;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Access requests in the browser: the public search and downloads, filing without a name, the acuse, a
 * request's public page with its steps, and the forms of whoever may act on it now — the requester (by
 * account or private key), the transparency unit and the committee.
 */
@Controller
class RequestPages implements PublicDataset.Source, SitemapSource {

    static final List<String> COLUMNS = List.of("accessinfo.folio", "accessinfo.institution", "accessinfo.channel",
            "accessinfo.receivedOn", "accessinfo.dueDate", "accessinfo.stage", "accessinfo.outcome",
            "accessinfo.answeredOn", "accessinfo.answeredOnTime", "accessinfo.extended", "accessinfo.description",
            "accessinfo.answer", "accessinfo.ruleSet", "accessinfo.calendarVersion");
    /** Most rows a CSV download holds; narrow the filters for more. */
    static final int CSV_ROWS = 10_000;

    private final AccessRequestService service;
    private final AcusePdf acuse;
    private final CsvExport csv;
    private final FlashOutcome flash;
    private final RequestFeed feed;
    private final MessageSource messages;

    private final RequestCharts charts;

    private final org.apertura.platform.web.ReaderLastModified lastModified;

    private final RequestPageQuery pages;

    RequestPages(AccessRequestService service, AcusePdf acuse, CsvExport csv, FlashOutcome flash,
            RequestFeed feed, MessageSource messages,
            RequestCharts charts,
            org.apertura.platform.web.ReaderLastModified lastModified, RequestPageQuery pages) {
        this.pages = pages;
        this.lastModified = lastModified;
        this.charts = charts;
        this.feed = feed;
        this.messages = messages;
        this.service = service;
        this.acuse = acuse;
        this.csv = csv;
        this.flash = flash;
    }

    @InitBinder
    void fields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @Override
    public List<PublicDataset> datasets() {
        return List.of(new PublicDataset("accessinfo.requests", "/solicitudes.csv", "/api/v1/requests", COLUMNS),
                new PublicDataset("accessinfo.figures", "/solicitudes/cifras.csv", "/api/v1/requests/figures",
                        FIGURE_COLUMNS),
                new PublicDataset("accessinfo.reserved", "/solicitudes/reservados.csv",
                        "/api/v1/requests/reserved-index", ReservedIndexPages.COLUMNS));
    }

    // ---- search

    @GetMapping("/solicitudes")
    @org.apertura.platform.web.ReaderPage
    String search(@RequestParam(name = "q", required = false) String text,
            @RequestParam(name = "institucion", required = false) String institution,
            @RequestParam(name = "resultado", required = false) String outcome,
            @RequestParam(name = "estado", required = false) String stage,
            @RequestParam(name = "desde", required = false) String from,
            @RequestParam(name = "hasta", required = false) String to,
            @RequestParam(name = "pagina", required = false, defaultValue = "1") long page, Model model,
            jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
            Locale locale) {
        RequestSearchParams params = new RequestSearchParams(text, institution, outcome, stage, from, to);
        Page<AccessRequest> results;
        try {
            params.query(service.today(), 0); // a refused search is answered below, never as not modified
            if (lastModified.notModified(new org.springframework.web.context.request.ServletWebRequest(request,
                    response))) {
                return null; // a reader's copy is still good: 304
            }
            results = org.apertura.platform.web.Paging.orLast(
                    org.apertura.platform.web.Paging.index((long) page - 1),
                    index -> service.search(params.query(service.today(), index)), model);
        } catch (InvalidInputException refused) {
            // the same refusal as the API's, in words, with the form kept as typed and no results (400)
            response.setStatus(jakarta.servlet.http.HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problems", problems(refused, locale));
            results = new org.springframework.data.domain.PageImpl<>(List.of(),
                    org.springframework.data.domain.PageRequest.of(0, 1), 0);
        }
        model.addAttribute("results", results);
        model.addAttribute("pagerBase", org.apertura.platform.web.Paging.base(request));
        model.addAttribute("countCapped", RequestSearch.countCapped(results));
        model.addAttribute("q", text);
        model.addAttribute("institucion", institution);
        model.addAttribute("resultado", outcome);
        model.addAttribute("estado", stage);
        model.addAttribute("desde", from);
        model.addAttribute("hasta", to);
        List<Institution> institutions = service.institutions();
        model.addAttribute("institutions", institutions);
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("stages", Stage.values());
        model.addAttribute("today", service.today());
        model.addAttribute("names", names(institutions));
        return "accessinfo/requests";
    }

    @GetMapping("/solicitudes.csv")
    ResponseEntity<byte[]> searchCsv(@RequestParam(name = "q", required = false) String text,
            @RequestParam(name = "institucion", required = false) String institution,
            @RequestParam(name = "resultado", required = false) String outcome,
            @RequestParam(name = "estado", required = false) String stage,
            @RequestParam(name = "desde", required = false) String from,
            @RequestParam(name = "hasta", required = false) String to, Locale locale) {
        RequestSearchParams params = new RequestSearchParams(text, institution, outcome, stage, from, to);
        try {
            params.query(service.today(), 0);
        } catch (InvalidInputException refused) {
            return ResponseEntity.badRequest().contentType(new MediaType(MediaType.TEXT_PLAIN,
                    java.nio.charset.StandardCharsets.UTF_8)).body(String.join("\n", problems(refused, locale))
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        List<List<?>> rows = new ArrayList<>();
        for (int page = 0; rows.size() < CSV_ROWS; page++) {
            Page<AccessRequest> results = service.search(params.query(service.today(), page));
            for (AccessRequest r : results) {
                rows.add(Arrays.asList(r.getFolio(), r.getInstitutionSlug(), r.getChannel(), r.getReceivedOn(),
                        r.getDueDate(), r.getStage(), r.getOutcome(), r.getAnsweredOn(), r.getAnsweredOnTime(),
                        r.isExtended(), r.getDescription(), r.getAnswerText(), r.getRuleSet(), r.getCalendarVersion()));
            }
            if (!results.hasNext()) {
                break;
            }
        }
        return csv.download("solicitudes.csv", COLUMNS, rows);
    }

    /** A refused search's problems in the reader's words. */
    private List<String> problems(InvalidInputException refused, Locale locale) {
        return refused.problems().stream().map(p -> messages.getMessage(p.messageKey(), p.args(), locale)).toList();
    }

    /** Institution names by slug, for lists. */
    private Map<String, String> names() {
        return names(service.institutions());
    }

    private static Map<String, String> names(List<Institution> institutions) {
        Map<String, String> names = new HashMap<>();
        institutions.forEach(i -> names.put(i.getSlug(), i.getName()));
        return names;
    }

    // ---- feeds

    @GetMapping("/solicitudes/institucion/{slug}")
    String institutionRequests(@PathVariable String slug) {
        return "redirect:/solicitudes?institucion=" + slug;
    }

    /** The public steps of an institution's requests as an Atom feed, newest first. */
    @GetMapping("/solicitudes/institucion/{slug}/feed.atom")
    ResponseEntity<byte[]> feed(@PathVariable String slug) {
        return feed.of(slug);
    }

    // ---- figures

    static final List<String> FIGURE_COLUMNS = List.of("accessinfo.group", "accessinfo.received", "accessinfo.answered",
            "accessinfo.answeredOnTime", "accessinfo.shareOnTime", "accessinfo.medianDays", "accessinfo.extended",
            "accessinfo.overdue", "accessinfo.open", "accessinfo.notFiled", "accessinfo.appeals",
            "accessinfo.appealsOpen", "accessinfo.appealsConfirmed", "accessinfo.appealsModifiedOrRevoked");

    /** The search and figures, then the newest requests (the folio page is public; who asked is not on it). */
    @Override
    public List<String> sitemapPaths(int limit) {
        List<String> paths = new ArrayList<>(List.of("/solicitudes", "/solicitudes/cifras", "/solicitudes/reservados"));
        service.newestFolios(Math.max(0, limit - paths.size())).forEach(f -> paths.add("/solicitudes/" + f));
        return paths.stream().limit(limit).toList();
    }

    @GetMapping("/solicitudes/cifras")
    String figures(@RequestParam(name = "jurisdiccion", required = false) String jurisdiction, Model model) {
        AccessRequestService.Figures figures = service.figures(jurisdiction);
        model.addAttribute("figures", figures);
        model.addAttribute("charts", charts.views(jurisdiction, figures));
        model.addAttribute("appealResolutions", figures.total().appealResolutions().keySet());
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("names", names());
        model.addAttribute("jurisdiccion", jurisdiction);
        return "accessinfo/figures";
    }

    @GetMapping("/solicitudes/cifras.csv")
    ResponseEntity<byte[]> figuresCsv(@RequestParam(name = "jurisdiccion", required = false) String jurisdiction) {
        AccessRequestService.Figures figures = service.figures(jurisdiction);
        List<List<?>> rows = new ArrayList<>();
        rows.add(figureRow(figures.total()));
        figures.jurisdictions().forEach(f -> rows.add(figureRow(f)));
        figures.institutions().forEach(f -> rows.add(figureRow(f)));
        return csv.download("solicitudes-cifras.csv", FIGURE_COLUMNS, rows);
    }

    private static List<?> figureRow(RequestFigures f) {
        return Arrays.asList(f.group(), f.received(), f.answered(), f.answeredOnTime(), f.shareOnTime(),
                f.medianDaysToAnswer(), f.extended(), f.overdue(), f.open(), f.notFiled(), f.appeals(), f.appealsOpen(),
                f.appealsConfirmed(), f.appealsModifiedOrRevoked());
    }

    // ---- filing

    @GetMapping("/solicitudes/nueva")
    String newRequest(@RequestParam(name = "institucion", required = false) String institution, Model model) {
        RequestForms.FilingForm form = new RequestForms.FilingForm();
        if (institution != null) {
            form.institutions.add(institution);
        }
        form.medium = PublicActor.current().isPresent()
                ? NotificationMedium.PLATFORM : NotificationMedium.EMAIL;
        return filingForm(form, model);
    }

    private String filingForm(RequestForms.FilingForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("institutions", service.institutions());
        model.addAttribute("modalities", Modality.values());
        model.addAttribute("media", NotificationMedium.values());
        model.addAttribute("signedIn", PublicActor.current().isPresent());
        return "accessinfo/new-request";
    }

    @PostMapping("/solicitudes")
    String file(@ModelAttribute("form") RequestForms.FilingForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return FormErrors.attempt(binding, () -> service.file(new FilingRequest(form.institutions, form.filing())))
                .map(filed -> acuseRedirect(filed, redirect))
                .orElseGet(() -> filingForm(form, model));
    }

    private static String acuseRedirect(Filed filed, RedirectAttributes redirect) {
        redirect.addFlashAttribute("followKey", filed.followKey());
        return "redirect:/acuses/" + filed.filingId();
    }

    @GetMapping("/acuses/{filingId}")
    String acuse(@PathVariable String filingId, Model model) {
        List<AccessRequest> filed = service.filing(filingId);
        model.addAttribute("requests", filed);
        model.addAttribute("names", names());
        model.addAttribute("laws", laws(filed));
        model.addAttribute("filingId", filingId);
        model.addAttribute("signedIn", PublicActor.current().isPresent());
        return "accessinfo/acuse";
    }

    @GetMapping(value = "/acuses/{filingId}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> acusePdf(@PathVariable String filingId) {
        List<AccessRequest> filed = service.filing(filingId);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"acuse-" + filingId + ".pdf\"")
                .body(acuse.pdf(filed, names(), laws(filed)));
    }

    private Map<String, org.apertura.accessinfo.AppliedLaw> laws(List<AccessRequest> filed) {
        Map<String, org.apertura.accessinfo.AppliedLaw> laws = new java.util.HashMap<>();
        filed.forEach(r -> laws.put(r.getFolio(), service.lawOf(r)));
        return laws;
    }

    // ---- one request

    @GetMapping("/solicitudes/{folio}")
    @org.apertura.platform.web.ReaderPage
    String request(@PathVariable String folio, Model model,
            org.springframework.web.context.request.NativeWebRequest webRequest) {
        var request = service.request(folio);
        if (lastModified.notModified(webRequest)) {
            return null; // a reader's copy is still good: 304
        }
        return requestPage(pages.of(request, RequestPage.Viewer.PUBLIC), model);
    }

    /**
     * Where a requester types (or pastes) the follow-up key of their acuse: a known key leads to their private page;
     * anything else is said plainly, without telling whether a similar key exists. Spaces and line breaks a paste
     * brings are ignored.
     */
    @GetMapping("/seguimiento")
    String followForm(@RequestParam(name = "clave", required = false) String typed, Model model) {
        if (typed != null && typed.isBlank()) {
            model.addAttribute("keyProblem", "accessinfo.followForm.blank");
        } else if (typed != null) {
            String key = typed.replaceAll("\\s+", "");
            if (key.matches("[A-Za-z0-9_-]{8,100}") && !service.followed(key).isEmpty()) {
                return "redirect:/seguimiento/" + key;
            }
            model.addAttribute("keyProblem", "accessinfo.followForm.unknown");
        }
        return "accessinfo/follow-form";
    }

    /** The requester's private view, opened by the follow-up key of their acuse. */
    @GetMapping("/seguimiento/{key}")
    String followed(@PathVariable String key, Model model) {
        List<AccessRequest> mine = service.followed(key);
        if (mine.isEmpty()) {
            throw new NotFoundException("follow-up key");
        }
        model.addAttribute("requests", mine);
        model.addAttribute("key", key);
        model.addAttribute("names", names());
        return "accessinfo/followed";
    }

    @GetMapping("/seguimiento/{key}/{folio}")
    String followedRequest(@PathVariable String key, @PathVariable String folio, Model model) {
        return requestPage(pages.of(folio, RequestPage.Viewer.byKey(key)), model);
    }

    @GetMapping("/mis-solicitudes")
    String mine(Model model) {
        if (PublicActor.current().isEmpty()) {
            return "redirect:/entrar";
        }
        model.addAttribute("requests", service.mine());
        model.addAttribute("names", names());
        return "accessinfo/mine";
    }

    private String requestPage(RequestPage page, Model model) {
        model.addAllAttributes(page.attributes());
        if (!model.containsAttribute("answer")) {
            model.addAttribute("answer", new RequestForms.AnswerForm());
        }
        return "accessinfo/request";
    }

    private static String back(AccessRequest request, String key) {
        return Texts.isBlank(key) ? "redirect:/solicitudes/" + request.getFolio()
                : "redirect:/seguimiento/" + key + "/" + request.getFolio();
    }

    @PostMapping("/solicitudes/{folio}/turnar")
    String turn(@PathVariable String folio, RedirectAttributes redirect, Locale locale) {
        flash.run(redirect, locale, "accessinfo.notice.turned", () -> service.turn(folio));
        return "redirect:/solicitudes/" + folio;
    }

    @PostMapping("/solicitudes/{folio}/aclaracion")
    String askClarification(@PathVariable String folio, @RequestParam(required = false) String question,
            @RequestParam(required = false) String replyDays, @RequestParam(required = false) String partial,
            RedirectAttributes redirect, Locale locale) {
        flash.run(redirect, locale, "accessinfo.notice.clarificationAsked", () -> service.askClarification(folio, question,
                FormNumbers.days(replyDays, "replyDays"), FormNumbers.yesNo(partial, "partial")));
        return "redirect:/solicitudes/" + folio;
    }

    @PostMapping("/solicitudes/{folio}/aclaracion/respuesta")
    String replyClarification(@PathVariable String folio, @RequestParam(required = false) String reply,
            @RequestParam(name = "clave", required = false) String key, RedirectAttributes redirect, Locale locale) {
        AccessRequest request = service.request(folio);
        flash.run(redirect, locale, "accessinfo.notice.replied", () -> service.replyClarification(folio, reply, key));
        return back(request, key);
    }

    @PostMapping("/solicitudes/{folio}/comite")
    String resolve(@PathVariable String folio, @RequestParam(required = false) ResolutionKind kind,
            @RequestParam(required = false) Decision decision, @RequestParam(required = false) String grounds,
            @RequestParam(required = false) Integer reserveGround, @RequestParam(required = false) String harmTest,
            @RequestParam(required = false) Integer reserveYears, @RequestParam(required = false) String searchDone,
            @RequestParam(required = false) String session, @RequestParam(required = false) String resolvedOn,
            @RequestParam(required = false) String extensionDays, @RequestParam(required = false) String area,
            @RequestParam(required = false) String document, @RequestParam(required = false) String reservePartial,
            @RequestParam(required = false) String notExcluded,
            @RequestParam(required = false) org.apertura.accessinfo.ConfidentialGround confidentialGround,
            RedirectAttributes redirect, Locale locale) {
        flash.run(redirect, locale, "accessinfo.notice.resolved", () -> service.resolve(folio,
                new CommitteeResolution.Terms(kind, decision, grounds, reserveGround, harmTest, reserveYears, searchDone,
                        session), new CommitteeResolution.ReserveFile(area, document,
                        FormNumbers.yesNo(reservePartial, "reservePartial"), FormNumbers.yesNo(notExcluded, "notExcluded")),
                confidentialGround, requiredDate(resolvedOn, "resolvedOn"),
                FormNumbers.days(extensionDays, "extensionDays")));
        return "redirect:/solicitudes/" + folio;
    }

    @PostMapping("/solicitudes/{folio}/reservas/{id}/ampliacion")
    String extendReserve(@PathVariable String folio, @PathVariable Long id, @RequestParam(required = false) String years,
            @RequestParam(required = false) String harmTest, RedirectAttributes redirect, Locale locale) {
        flash.run(redirect, locale, "accessinfo.notice.reserveExtended",
                () -> service.extendReserve(folio, id, FormNumbers.days(years, "years"), harmTest));
        return "redirect:/solicitudes/" + folio + "#comite";
    }

    @PostMapping("/solicitudes/{folio}/reservas/{id}/ampliacion-garante")
    String askGuarantorReserveExtension(@PathVariable String folio, @PathVariable Long id,
            @RequestParam(required = false) org.apertura.accessinfo.ReserveExtensionCase extensionCase,
            @RequestParam(required = false) String years, @RequestParam(required = false) String harmTest,
            RedirectAttributes redirect, Locale locale) {
        flash.run(redirect, locale, "accessinfo.notice.guarantorAsked", () -> service.askGuarantorReserveExtension(
                folio, id, extensionCase, FormNumbers.days(years, "years"), harmTest));
        return "redirect:/solicitudes/" + folio + "#comite";
    }

    @PostMapping("/solicitudes/{folio}/reservas/{id}/ampliacion-garante/resolucion")
    String decideReserveExtension(@PathVariable String folio, @PathVariable Long id,
            @RequestParam(required = false) String grant, @RequestParam(required = false) String years,
            @RequestParam(required = false) String reasons, RedirectAttributes redirect, Locale locale) {
        flash.run(redirect, locale, "accessinfo.notice.guarantorDecided", () -> service.decideReserveExtension(folio, id,
                grant == null || grant.isBlank() ? null : FormNumbers.yesNo(grant, "grant"),
                FormNumbers.days(years, "years"), reasons));
        return "redirect:/solicitudes/" + folio + "#comite";
    }

    @PostMapping("/solicitudes/{folio}/respuesta")
    String answer(@PathVariable String folio, @ModelAttribute("answer") RequestForms.AnswerForm form,
            @RequestParam(name = "archivos", required = false) List<MultipartFile> uploads,
            @RequestParam(name = "original", required = false) MultipartFile original, RedirectAttributes redirect,
            Locale locale) {
        boolean done = flash.run(redirect, locale, "accessinfo.notice.answered",
                () -> service.answer(folio, form.answer(), uploads(uploads), new AccessRequestService.PublicVersionRequest(
                        uploads(original == null ? List.of() : List.of(original)).stream().findFirst().orElse(null),
                        redactions(form.phrases, form.redactionBasis))));
        if (!done) {
            redirect.addFlashAttribute("answer", form);
        }
        return "redirect:/solicitudes/" + folio + (done ? "" : "#responder");
    }

    /**
     * The phrases to redact, one a line; a line may carry its own basis after a vertical bar
     * ("María López | art. 115: datos personales"), otherwise the common basis applies.
     */
    static List<AccessRequestService.PhraseRedaction> redactions(String phrases, String basis) {
        List<AccessRequestService.PhraseRedaction> out = new ArrayList<>();
        if (phrases == null) {
            return out;
        }
        for (String line : phrases.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int bar = line.indexOf('|');
            String phrase = (bar < 0 ? line : line.substring(0, bar)).strip();
            String own = bar < 0 ? null : line.substring(bar + 1).strip();
            out.add(new AccessRequestService.PhraseRedaction(phrase, Texts.isBlank(own) ? basis : own));
        }
        return out;
    }

    @PostMapping("/solicitudes/{folio}/pago")
    String payment(@PathVariable String folio, @RequestParam(required = false) String paidOn, RedirectAttributes redirect,
            Locale locale) {
        flash.run(redirect, locale, "accessinfo.notice.paid",
                () -> service.recordPayment(folio, Texts.day(paidOn, "paidOn")));
        return "redirect:/solicitudes/" + folio;
    }

    static List<Upload> uploads(List<MultipartFile> files) {
        List<Upload> out = new ArrayList<>();
        if (files == null) {
            return out;
        }
        for (MultipartFile f : files) {
            if (f != null && !f.isEmpty()) {
                try {
                    out.add(new Upload(f.getOriginalFilename(), f.getBytes()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return out;
    }

    @GetMapping("/solicitudes/{folio}/archivos/{id}")
    ResponseEntity<byte[]> file(@PathVariable String folio, @PathVariable Long id) {
        AccessRequest request = service.request(folio);
        var meta = service.publicFiles(request).stream().filter(f -> f.getId().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("file " + id));
        byte[] bytes = service.publicFile(request, id).orElseThrow(() -> new NotFoundException("file " + id));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(meta.getContentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + meta.getFileName().replace("\"", "") + "\"")
                .body(bytes);
    }

    // ---- the transparency unit

    @GetMapping("/unidad/{institution}/solicitudes")
    String queue(@PathVariable String institution,
            @RequestParam(name = "situacion", required = false) String urgency,
            @RequestParam(name = "estado", required = false) String stage,
            @RequestParam(name = "q", required = false) String text, Model model) {
        UnitInbox inbox = service.inbox(institution);
        // an unknown filter value filters nothing
        UnitInbox.Urgency wantedUrgency = Texts.choiceOrNull(UnitInbox.Urgency.class, Texts.blankToNull(urgency));
        Stage wantedStage = Texts.choiceOrNull(Stage.class, Texts.blankToNull(stage));
        model.addAttribute("institution", service.institutions().stream().filter(i -> i.getSlug().equals(institution))
                .findFirst().orElseThrow(() -> new NotFoundException("institution " + institution)));
        model.addAttribute("inbox", inbox);
        model.addAttribute("rows", inbox.filter(wantedUrgency, wantedStage, text));
        model.addAttribute("urgencies", UnitInbox.Urgency.values());
        model.addAttribute("stages", UnitInbox.STAGES);
        model.addAttribute("situacion", wantedUrgency);
        model.addAttribute("estado", wantedStage);
        model.addAttribute("q", text);
        model.addAttribute("filtered", !Texts.isBlank(urgency) || !Texts.isBlank(stage) || !Texts.isBlank(text));
        return "accessinfo/queue";
    }

    static final List<String> INBOX_COLUMNS = List.of("accessinfo.folio", "accessinfo.description",
            "accessinfo.channel", "accessinfo.receivedOn", "accessinfo.stage", "accessinfo.dueDate",
            "accessinfo.queue.left", "accessinfo.queue.urgency");

    /** The unit's inbox as it is filtered, for a spreadsheet (only the unit's staff read it). */
    @GetMapping("/unidad/{institution}/solicitudes.csv")
    ResponseEntity<byte[]> queueCsv(@PathVariable String institution,
            @RequestParam(name = "situacion", required = false) String urgency,
            @RequestParam(name = "estado", required = false) String stage,
            @RequestParam(name = "q", required = false) String text) {
        UnitInbox.Urgency wantedUrgency = Texts.choiceOrNull(UnitInbox.Urgency.class, Texts.blankToNull(urgency));
        Stage wantedStage = Texts.choiceOrNull(Stage.class, Texts.blankToNull(stage));
        List<List<?>> rows = service.inbox(institution).filter(wantedUrgency, wantedStage, text).stream()
                .<List<?>>map(r -> Arrays.<Object>asList(r.request().getFolio(), r.request().getDescription(),
                        r.request().getChannel(), r.request().getReceivedOn(), r.request().getStage(), r.due(),
                        r.daysLeft(), r.urgency()))
                .toList();
        return csv.download("solicitudes-por-atender-" + institution + ".csv", INBOX_COLUMNS, rows);
    }

    @GetMapping("/unidad")
    String myUnits(Model model) {
        List<Institution> units = service.myUnits();
        if (units.size() == 1) {
            return "redirect:/unidad/" + units.get(0).getSlug() + "/solicitudes";
        }
        model.addAttribute("units", units);
        return "accessinfo/units";
    }

    @GetMapping("/unidad/{institution}/registrar")
    String registerForm(@PathVariable String institution, Model model) {
        service.requireRegistering(institution);
        RequestForms.FilingForm form = new RequestForms.FilingForm();
        form.medium = NotificationMedium.NOTICE_BOARD;
        form.receivedOn = service.today().toString();
        return registerPage(institution, form, model);
    }

    private String registerPage(String institution, RequestForms.FilingForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("institutionSlug", institution);
        model.addAttribute("modalities", Modality.values());
        model.addAttribute("media", NotificationMedium.values());
        model.addAttribute("channels", Arrays.stream(Channel.values()).filter(Channel::registeredByUnit).toList());
        return "accessinfo/register";
    }

    @PostMapping("/unidad/{institution}/registrar")
    String register(@PathVariable String institution, @ModelAttribute("form") RequestForms.FilingForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormErrors.attempt(binding, () -> service.register(institution, form.filing(), form.channel,
                        Texts.day(form.receivedOn, "receivedOn")))
                .map(filed -> acuseRedirect(filed, redirect))
                .orElseGet(() -> registerPage(institution, form, model));
    }

    private static LocalDate requiredDate(String text, String field) {
        LocalDate date = Texts.day(text, field);
        if (date == null) {
            throw new InvalidInputException(field, "validation.date");
        }
        return date;
    }
}
