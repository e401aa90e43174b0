package org.apertura.appeal.web;

import static org.apertura.appeal.web.ActForms.parse;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apertura.appeal.Inconformity;
import org.apertura.appeal.InconformityDiscontinuanceGround;
import org.apertura.appeal.InconformityListQuery;
import org.apertura.appeal.InconformityPageQuery;
import org.apertura.appeal.InconformityDismissalGround;
import org.apertura.appeal.InconformityResolution;
import org.apertura.appeal.InconformityService;
import org.apertura.appeal.InconformityStage;
import org.apertura.platform.Texts;
import org.apertura.platform.security.PublicActor;
import org.apertura.platform.web.CsvExport;
import org.apertura.platform.web.Paging;
import org.apertura.platform.web.PublicDataset;
import org.apertura.platform.web.SitemapSource;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public pages of the recurso de inconformidad (LGTAIP 2025 arts. 162–183): the list with its filters, CSV and
 * JSON, each remedy with its steps and the forms for whoever may act on it now, and the federal authority's queue.
 * As on an appeal's page, a refused form comes back with its problems next to its fields (status 400). The module
 * builds the remedy's page ({@link InconformityPageQuery}) and the list ({@link InconformityListQuery}); this
 * controller binds and routes.
 */
@Controller
class InconformityPages extends RemedyPages implements PublicDataset.Source, SitemapSource {

    static final List<String> COLUMNS = List.of("inconformity.folio", "inconformity.appeal", "inconformity.request",
            "inconformity.institution", "inconformity.local_authority", "inconformity.federal_authority",
            "inconformity.act", "inconformity.causes", "inconformity.filed_on", "inconformity.filing_due",
            "inconformity.filed_late", "inconformity.stage", "inconformity.resolution_due", "inconformity.resolution",
            "inconformity.resolved_on", "inconformity.new_ruling_due", "inconformity.compliance_due",
            "inconformity.url");

    /** The fields of each form on a remedy's page. */
    static final Map<String, List<String>> FORMS = Map.ofEntries(Map.entry("prevent", List.of("question", "days")),
            Map.entry("admit", List.of()), Map.entry("dismiss", List.of("ground", "text")),
            Map.entry("extend", List.of("reason", "days")), Map.entry("discontinue", List.of("ground", "text")),
            Map.entry("resolve", List.of("resolution", "measures", "text")), Map.entry("report", List.of("text")),
            Map.entry("newRuling", List.of("text")), Map.entry("compliance", List.of("text")),
            Map.entry("reply", List.of("reply")), Map.entry("allege", List.of("text")),
            Map.entry("withdraw", List.of("reason")), Map.entry("notice", List.of("notifiedOn")),
            Map.entry("extendAllegations", List.of("days")), Map.entry("closeInstruction", List.of()),
            Map.entry("thirdParty", List.of()), Map.entry("thirdPartyAllegation", List.of("text")),
            Map.entry("askMoreTime", List.of("days", "reason")), Map.entry("decideMoreTime", List.of("grant", "text")));

    private final InconformityService service;
    private final InconformityPageQuery pages;
    private final InconformityListQuery lists;
    private final CsvExport csv;

    InconformityPages(InconformityService service, InconformityPageQuery pages, InconformityListQuery lists,
            CsvExport csv, MessageSource messages) {
        super(new ActForms(FORMS, messages, "inconformity.notice.done", "/inconformidades/"), "appeal/inconformity");
        this.service = service;
        this.pages = pages;
        this.lists = lists;
        this.csv = csv;
    }

    @Override
    public List<PublicDataset> datasets() {
        return List.of(new PublicDataset("inconformity.inconformities", "/inconformidades.csv",
                "/api/v1/inconformities", COLUMNS));
    }

    @Override
    public List<String> sitemapPaths(int limit) {
        return sitemap(List.of("/inconformidades"), "/inconformidades/", service::newestFolios, limit);
    }

    @GetMapping("/inconformidades")
    String list(@RequestParam(required = false) InconformityStage etapa,
            @RequestParam(required = false) InconformityResolution resolucion,
            @RequestParam(defaultValue = "1") long pagina, Model model, jakarta.servlet.http.HttpServletRequest request) {
        model.addAllAttributes(lists.of(etapa, resolucion, pagina).attributes());
        model.addAttribute("pagerBase", Paging.base(request));
        return "appeal/inconformities";
    }

    @GetMapping("/inconformidades.csv")
    ResponseEntity<byte[]> listCsv(@RequestParam(required = false) InconformityStage etapa,
            @RequestParam(required = false) InconformityResolution resolucion) {
        List<List<?>> rows = allRows(p -> service.search(etapa, resolucion, p), (Inconformity i) -> Arrays.asList(
                i.getFolio(), i.getAppealFolio(), i.getRequestFolio(), i.getInstitutionSlug(),
                i.getLocalAuthoritySlug(), i.getFederalAuthoritySlug(), i.getAct(), i.causeList(), i.getFiledOn(),
                i.getFilingDue(), i.isFiledLate(), i.getStage(), i.getResolutionDue(), i.getResolution(),
                i.getResolvedOn(), i.getNewRulingDue(), i.getComplianceDue(), "/inconformidades/" + i.getFolio()));
        return csv.download("inconformidades.csv", COLUMNS, rows);
    }

    @GetMapping("/garante/inconformidades")
    String queue(Model model) {
        model.addAttribute("items", service.queue());
        return "appeal/inconformity-queue";
    }

    @GetMapping("/inconformidades/{folio}")
    String one(@PathVariable String folio, @RequestParam(required = false) String clave, Model model) {
        return show(folio, clave, model, ActForms.Refusal.NONE);
    }

    @Override
    Map<String, ?> page(String folio, String clave) {
        return pages.of(folio, clave).attributes();
    }

    // ---- the federal authority ----

    @PostMapping("/inconformidades/{folio}/prevencion")
    String prevent(@PathVariable String folio, @RequestParam(required = false) String question,
            @RequestParam(required = false) String days, PostedAct posted) {
        return act(folio, null, "prevent", posted, () -> service.prevent(folio, question, Texts.integer(days, -1)));
    }

    @PostMapping("/inconformidades/{folio}/admision")
    String admit(@PathVariable String folio, PostedAct posted) {
        return act(folio, null, "admit", posted, () -> service.admit(folio));
    }

    @PostMapping("/inconformidades/{folio}/desechamiento")
    String dismiss(@PathVariable String folio, @RequestParam(required = false) String ground,
            @RequestParam(required = false) String text, PostedAct posted) {
        return act(folio, null, "dismiss", posted, () -> service.dismiss(folio, parse(InconformityDismissalGround.class,
                ground, "ground"), text));
    }

    @PostMapping("/inconformidades/{folio}/ampliacion")
    String extend(@PathVariable String folio, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String days, PostedAct posted) {
        return act(folio, null, "extend", posted, () -> service.extend(folio, reason, Texts.integer(days, -1)));
    }

    @PostMapping("/inconformidades/{folio}/sobreseimiento")
    String discontinue(@PathVariable String folio, @RequestParam(required = false) String ground,
            @RequestParam(required = false) String text, PostedAct posted) {
        return act(folio, null, "discontinue", posted, () -> service.discontinue(folio,
                parse(InconformityDiscontinuanceGround.class, ground, "ground"), text));
    }

    @PostMapping("/inconformidades/{folio}/resolucion")
    String resolve(@PathVariable String folio, @RequestParam(required = false) String resolution,
            @RequestParam(required = false) List<String> measures, @RequestParam(required = false) String text,
            PostedAct posted) {
        List<String> chosen = measures == null ? List.of() : measures;
        return act(folio, null, "resolve", posted, () -> service.resolve(folio, parse(InconformityResolution.class,
                resolution, "resolution"), chosen.stream().map(m -> parse(org.apertura.appeal.CoerciveMeasure.class, m,
                "measures")).collect(java.util.stream.Collectors.toSet()), text));
    }

    @PostMapping("/inconformidades/{folio}/notificacion")
    String notice(@PathVariable String folio, @RequestParam(required = false) String notifiedOn, PostedAct posted) {
        return act(folio, null, "notice", posted, () -> service.recordNotice(folio, Texts.day(notifiedOn,
                "notifiedOn")));
    }

    @PostMapping("/inconformidades/{folio}/cierre-instruccion")
    String closeInstruction(@PathVariable String folio, PostedAct posted) {
        return act(folio, null, "closeInstruction", posted, () -> service.closeInstruction(folio));
    }

    @PostMapping("/inconformidades/{folio}/tercero")
    String thirdParty(@PathVariable String folio, PostedAct posted) {
        return act(folio, null, "thirdParty", posted, () -> service.notifyThirdParty(folio));
    }

    @PostMapping("/inconformidades/{folio}/tercero/alegatos")
    String thirdPartyAllegation(@PathVariable String folio, @RequestParam(required = false) String text,
            PostedAct posted) {
        return act(folio, null, "thirdPartyAllegation", posted, () -> service.recordThirdParty(folio, text));
    }

    @PostMapping("/inconformidades/{folio}/mas-tiempo/decision")
    String decideMoreTime(@PathVariable String folio, @RequestParam(required = false) String grant,
            @RequestParam(required = false) String text, PostedAct posted) {
        return act(folio, null, "decideMoreTime", posted, () -> service.decideNewRulingExtension(folio,
                Texts.isBlank(grant) ? null : "true".equals(grant), text));
    }

    // ---- the local authority and the subject ----

    @PostMapping("/inconformidades/{folio}/mas-tiempo")
    String askMoreTime(@PathVariable String folio, @RequestParam(required = false) String days,
            @RequestParam(required = false) String reason, PostedAct posted) {
        return act(folio, null, "askMoreTime", posted, () -> service.askNewRulingExtension(folio, Texts.integer(days,
                -1), reason));
    }

    @PostMapping("/inconformidades/{folio}/informe")
    String report(@PathVariable String folio, @RequestParam(required = false) String text, PostedAct posted) {
        return act(folio, null, "report", posted, () -> service.localReport(folio, text));
    }

    @PostMapping("/inconformidades/{folio}/nueva-resolucion")
    String newRuling(@PathVariable String folio, @RequestParam(required = false) String text, PostedAct posted) {
        return act(folio, null, "newRuling", posted, () -> service.newRuling(folio, text));
    }

    @PostMapping("/inconformidades/{folio}/cumplimiento")
    String compliance(@PathVariable String folio, @RequestParam(required = false) String text, PostedAct posted) {
        return act(folio, null, "compliance", posted, () -> service.reportCompliance(folio, text));
    }

    // ---- the appellant ----

    @PostMapping("/inconformidades/{folio}/desahogo")
    String reply(@PathVariable String folio, @RequestParam(required = false) String reply,
            @RequestParam(required = false) String clave, PostedAct posted) {
        return act(folio, clave, "reply", posted, () -> service.replyPrevention(folio, reply, PublicActor.currentId(),
                clave));
    }

    @PostMapping("/inconformidades/{folio}/alegatos")
    String allege(@PathVariable String folio, @RequestParam(required = false) String text,
            @RequestParam(required = false) String clave, PostedAct posted) {
        return act(folio, clave, "allege", posted, () -> service.allege(folio, text, PublicActor.currentId(), clave));
    }

    @PostMapping("/inconformidades/{folio}/alegatos/ampliacion")
    String extendAllegations(@PathVariable String folio, @RequestParam(required = false) String days,
            @RequestParam(required = false) String clave, PostedAct posted) {
        return act(folio, clave, "extendAllegations", posted, () -> service.extendAllegations(folio, Texts.integer(days,
                -1), PublicActor.currentId(), clave));
    }

    @PostMapping("/inconformidades/{folio}/desistimiento")
    String withdraw(@PathVariable String folio, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String clave, PostedAct posted) {
        return act(folio, clave, "withdraw", posted, () -> service.withdraw(folio, reason, PublicActor.currentId(),
                clave));
    }
}
