package org.apertura.appeal.web;

import static org.apertura.appeal.web.ActForms.parse;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apertura.appeal.Appeal;
import org.apertura.appeal.AppealCapacity;
import org.apertura.appeal.AppealPageQuery;
import org.apertura.appeal.AppealResolution;
import org.apertura.appeal.AppealService;
import org.apertura.appeal.AppealStage;
import org.apertura.appeal.DiscontinuanceGround;
import org.apertura.appeal.DismissalGround;
import org.apertura.platform.Texts;
import org.apertura.platform.security.PublicActor;
import org.apertura.platform.web.CsvExport;
import org.apertura.platform.web.PublicDataset;
import org.apertura.platform.web.SitemapSource;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public pages of appeals: the list with its filters and CSV, and each appeal with its steps and the forms
 * for whoever may act on it now. A refused form comes back with its problems next to its fields and what was
 * typed kept (status 400); a done one goes back to the appeal with a notice.
 */
@Controller
class AppealPages extends RemedyPages implements PublicDataset.Source, SitemapSource {

    static final List<String> COLUMNS = List.of("appeal.folio", "appeal.request", "appeal.institution",
            "appeal.guarantor", "appeal.act", "appeal.causes", "appeal.filed_on", "appeal.stage",
            "appeal.resolution_due", "appeal.resolution", "appeal.resolved_on", "appeal.compliance_due",
            "appeal.verified_on", "appeal.url");

    /** The columns of the public list of medidas de apremio (arts. 196–202): by position, never by name. */
    static final List<String> MEASURE_COLUMNS = List.of("appeal.measure.appeal", "appeal.institution",
            "appeal.guarantor", "appeal.measure.kind", "appeal.measure.person", "appeal.measure.position",
            "appeal.measure.fine_uma", "appeal.measure.recidivism", "appeal.measure.qualification",
            "appeal.measure.executor", "appeal.measure.imposed_on", "appeal.measure.notified_on",
            "appeal.measure.execution_due", "appeal.measure.executed_on", "appeal.measure.executed_on_time",
            "appeal.url");

    /** The fields of each form on an appeal's page. */
    static final Map<String, List<String>> FORMS = Map.ofEntries(Map.entry("ask", List.of("question", "days")),
            Map.entry("admit", List.of()), Map.entry("dismiss", List.of("ground", "text")),
            Map.entry("extend", List.of("reason", "days")),
            Map.entry("resolve", List.of("resolution", "text", "complianceDays", "complianceReason")),
            Map.entry("discontinue", List.of("ground", "text")), Map.entry("close", List.of()),
            Map.entry("notify", List.of("notifiedOn")), Map.entry("decideExtension", List.of("granted", "days", "text")),
            Map.entry("askExtension", List.of("days", "reason")), Map.entry("withdraw", List.of("reason")),
            Map.entry("verify", List.of("complied", "text")),
            Map.entry("measure", List.of("kind", "person", "position", "fineUma", "recidivism", "qualification")),
            Map.entry("measureNotify", List.of("on")), Map.entry("measureExecute", List.of("on")),
            Map.entry("requireSuperior", List.of("requiredOn", "text")),
            Map.entry("unitAllegation", List.of("text")),
            Map.entry("appellantAllegation", List.of("text")), Map.entry("report", List.of("report")),
            Map.entry("reply", List.of("reply")), Map.entry("objection", List.of("objection")));

    private final AppealService service;
    private final AppealPageQuery pages;
    private final CsvExport csv;

    AppealPages(AppealService service, AppealPageQuery pages, CsvExport csv, MessageSource messages) {
        super(new ActForms(FORMS, messages, "appeal.notice.done", "/recursos/"), "appeal/appeal");
        this.service = service;
        this.pages = pages;
        this.csv = csv;
    }

    @Override
    public List<PublicDataset> datasets() {
        return List.of(new PublicDataset("appeal.appeals", "/recursos.csv", "/api/v1/appeals", COLUMNS),
                new PublicDataset("appeal.measures", "/recursos/medidas.csv", "/api/v1/appeals/measures",
                        MEASURE_COLUMNS));
    }

    @Override
    public List<String> sitemapPaths(int limit) {
        return sitemap(List.of("/recursos", "/recursos/medidas"), "/recursos/", service::newestFolios, limit);
    }

    @GetMapping("/recursos")
    String list(@RequestParam(required = false) String garante, @RequestParam(required = false) AppealStage etapa,
            @RequestParam(required = false) AppealResolution resolucion, @RequestParam(defaultValue = "1") long pagina,
            Model model, jakarta.servlet.http.HttpServletRequest request) {
        Page<Appeal> page = org.apertura.platform.web.Paging.orLast(org.apertura.platform.web.Paging.index(pagina - 1),
                index -> service.search(garante, etapa, resolucion, index), model);
        model.addAttribute("page", page);
        model.addAttribute("pagerBase", org.apertura.platform.web.Paging.base(request));
        model.addAttribute("garante", garante);
        model.addAttribute("etapa", etapa);
        model.addAttribute("resolucion", resolucion);
        model.addAttribute("guarantors", service.guarantors());
        model.addAttribute("guarantorStaff", service.worksForAGuarantor());
        model.addAttribute("stages", AppealStage.values());
        model.addAttribute("resolutions", AppealResolution.values());
        return "appeal/appeals";
    }

    @GetMapping("/recursos.csv")
    ResponseEntity<byte[]> listCsv(@RequestParam(required = false) String garante,
            @RequestParam(required = false) AppealStage etapa, @RequestParam(required = false) AppealResolution resolucion) {
        List<List<?>> rows = allRows(p -> service.search(garante, etapa, resolucion, p), (Appeal a) -> Arrays.asList(
                a.getFolio(), a.getRequestFolio(), a.getInstitutionSlug(), a.getGuarantorSlug(), a.getAct(),
                a.getCauseList(), a.getFiledOn(), a.getStage(), a.getResolutionDue(), a.getResolution(),
                a.getResolvedOn(), a.getComplianceDue(), a.getVerifiedOn(), "/recursos/" + a.getFolio()));
        return csv.download("recursos.csv", COLUMNS, rows);
    }

    /**
     * The medidas de apremio imposed on appeals, public (art. 197 ¶2: "El incumplimiento de los sujetos obligados será
     * difundido"): the person by category and position, never by name (ADR 0053).
     */
    @GetMapping("/recursos/medidas")
    String measures(Model model) {
        model.addAttribute("rows", service.publicMeasures());
        return "appeal/measures";
    }

    @GetMapping("/recursos/medidas.csv")
    ResponseEntity<byte[]> measuresCsv() {
        List<List<?>> rows = service.publicMeasures().stream().<List<?>>map(r -> {
            org.apertura.appeal.EnforcementMeasure m = r.measure();
            return Arrays.asList(r.appealFolio(), r.institutionSlug(), r.guarantorSlug(), m.getKind(), m.getPerson(),
                    m.getPosition(), m.getFineUma(), m.isRecidivism(), m.getQualification(), m.getExecutor(),
                    m.getImposedOn(), m.getNotifiedOn(), m.getExecutionDue(), m.getExecutedOn(),
                    m.getExecutedOnTime(), "/recursos/" + r.appealFolio() + "#medida-" + m.getId());
        }).toList();
        return csv.download("medidas-de-apremio.csv", MEASURE_COLUMNS, rows);
    }

    @GetMapping("/recursos/{folio}")
    String appeal(@PathVariable String folio, @RequestParam(required = false) String clave, Model model) {
        return show(folio, clave, model, ActForms.Refusal.NONE);
    }

    @Override
    Map<String, ?> page(String folio, String clave) {
        return pages.of(folio, clave).attributes();
    }

    // ---- the guarantor ----

    @PostMapping("/recursos/{folio}/prevencion")
    String ask(@PathVariable String folio, @RequestParam(required = false) String question,
            @RequestParam(required = false) String days, PostedAct posted) {
        return act(folio, null, "ask", posted, () -> service.askClarification(folio, question, Texts.integer(days,
                -1)));
    }

    @PostMapping("/recursos/{folio}/admision")
    String admit(@PathVariable String folio, PostedAct posted) {
        return act(folio, null, "admit", posted, () -> service.admit(folio));
    }

    @PostMapping("/recursos/{folio}/desechamiento")
    String dismiss(@PathVariable String folio, @RequestParam(required = false) String ground,
            @RequestParam(required = false) String text, PostedAct posted) {
        return act(folio, null, "dismiss", posted, () -> service.dismiss(folio, parse(DismissalGround.class, ground,
                "ground"), text));
    }

    @PostMapping("/recursos/{folio}/ampliacion")
    String extend(@PathVariable String folio, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String days, PostedAct posted) {
        return act(folio, null, "extend", posted, () -> service.extend(folio, reason, Texts.integer(days, -1)));
    }

    /** Sobreseimiento (art. 159). */
    @PostMapping("/recursos/{folio}/sobreseimiento")
    String discontinue(@PathVariable String folio, @RequestParam(required = false) String ground,
            @RequestParam(required = false) String text, PostedAct posted) {
        return act(folio, null, "discontinue", posted, () -> service.discontinue(folio,
                parse(DiscontinuanceGround.class, ground, "ground"), text));
    }

    /** Cierre de instrucción (art. 153 fr. VI, VIII). */
    @PostMapping("/recursos/{folio}/cierre-instruccion")
    String close(@PathVariable String folio, PostedAct posted) {
        return act(folio, null, "close", posted, () -> service.closeInstruction(folio));
    }

    /** The day the resolution was notified (art. 156 ¶1). */
    @PostMapping("/recursos/{folio}/notificacion")
    String notifyResolution(@PathVariable String folio, @RequestParam(required = false) String notifiedOn,
            PostedAct posted) {
        return act(folio, null, "notify", posted, () -> service.notifyResolution(folio, Texts.day(notifiedOn,
                "notifiedOn")));
    }

    /** The guarantor decides on a requested compliance extension (art. 191 ¶3). */
    @PostMapping("/recursos/{folio}/ampliacion-cumplimiento/decision")
    String decideExtension(@PathVariable String folio, @RequestParam(required = false) String granted,
            @RequestParam(required = false) String days, @RequestParam(required = false) String text,
            PostedAct posted) {
        Boolean grant = "true".equals(granted) ? Boolean.TRUE : "false".equals(granted) ? Boolean.FALSE : null;
        return act(folio, null, "decideExtension", posted, () -> service.decideComplianceExtension(folio, grant,
                Texts.integer(days, -1), text));
    }

    /** The guarantor imposes a medida de apremio after finding non-compliance (arts. 193 fr. III, 196–199). */
    @PostMapping("/recursos/{folio}/medidas")
    String imposeMeasure(@PathVariable String folio, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String person, @RequestParam(required = false) String position,
            @RequestParam(required = false) String fineUma, @RequestParam(required = false) String recidivism,
            @RequestParam(required = false) String qualification, PostedAct posted) {
        return act(folio, null, "measure", posted, () -> service.imposeMeasure(folio, new
                org.apertura.appeal.EnforcementMeasure.Draft(parse(org.apertura.appeal.CoerciveMeasure.class, kind,
                "kind"), parse(org.apertura.appeal.EnforcedPerson.class, person, "person"), position,
                Texts.integer(fineUma, -1), "true".equals(recidivism), qualification)));
    }

    /** The day a measure was notified to the offender (art. 201). */
    @PostMapping("/recursos/{folio}/medidas/{id}/notificacion")
    String notifyMeasure(@PathVariable String folio, @PathVariable Long id, @RequestParam(required = false) String on,
            PostedAct posted) {
        return act(folio, null, "measureNotify", posted, () -> service.notifyMeasure(folio, id, Texts.day(on,
                "notifiedOn")));
    }

    /** The day a measure was executed (art. 202). */
    @PostMapping("/recursos/{folio}/medidas/{id}/ejecucion")
    String executeMeasure(@PathVariable String folio, @PathVariable Long id, @RequestParam(required = false) String on,
            PostedAct posted) {
        return act(folio, null, "measureExecute", posted, () -> service.executeMeasure(folio, id, Texts.day(on,
                "executedOn")));
    }

    /** The superior required to instruct compliance within five days, the measures having failed (art. 199 ¶1). */
    @PostMapping("/recursos/{folio}/medidas/requerimiento")
    String requireSuperior(@PathVariable String folio, @RequestParam(required = false) String requiredOn,
            @RequestParam(required = false) String text, PostedAct posted) {
        return act(folio, null, "requireSuperior", posted, () -> service.requireSuperior(folio, Texts.day(requiredOn,
                "requiredOn"), text));
    }

    @PostMapping("/recursos/{folio}/resolucion")
    String resolve(@PathVariable String folio, @RequestParam(required = false) String resolution,
            @RequestParam(required = false) String text, @RequestParam(required = false) String complianceDays,
            @RequestParam(required = false) String complianceReason, PostedAct posted) {
        return act(folio, null, "resolve", posted, () -> service.resolve(folio, parse(AppealResolution.class,
                resolution, "resolution"), text, Texts.integer(complianceDays, -1), complianceReason));
    }

    @PostMapping("/recursos/{folio}/verificacion")
    String verify(@PathVariable String folio, @RequestParam(required = false) String complied,
            @RequestParam(required = false) String text, PostedAct posted) {
        Boolean result = "true".equals(complied) ? Boolean.TRUE : "false".equals(complied) ? Boolean.FALSE : null;
        return act(folio, null, "verify", posted, () -> service.verify(folio, result, text));
    }

    // ---- the institution's unit ----

    @PostMapping("/recursos/{folio}/alegatos-unidad")
    String unitAllegation(@PathVariable String folio, @RequestParam(required = false) String text, PostedAct posted) {
        return act(folio, null, "unitAllegation", posted, () -> service.recordAllegation(folio,
                AppealCapacity.TRANSPARENCY_UNIT, text, null, null));
    }

    @PostMapping("/recursos/{folio}/cumplimiento")
    String report(@PathVariable String folio, @RequestParam(required = false) String report, PostedAct posted) {
        return act(folio, null, "report", posted, () -> service.reportCompliance(folio, report));
    }

    /** The unit asks to extend the compliance term (art. 191 ¶2–3). */
    @PostMapping("/recursos/{folio}/ampliacion-cumplimiento")
    String askExtension(@PathVariable String folio, @RequestParam(required = false) String days,
            @RequestParam(required = false) String reason, PostedAct posted) {
        return act(folio, null, "askExtension", posted, () -> service.askComplianceExtension(folio, Texts.integer(days,
                -1), reason));
    }

    // ---- the appellant ----

    /** Desistimiento (art. 159 fr. I). */
    @PostMapping("/recursos/{folio}/desistimiento")
    String withdraw(@PathVariable String folio, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String clave, PostedAct posted) {
        return act(folio, clave, "withdraw", posted, () -> service.withdraw(folio, reason, PublicActor.currentId(),
                clave));
    }

    /**
     * The objection to reported compliance (art. 192) was once posted to {@code /inconformidad}, the name of another
     * remedy (arts. 162–183): old forms and links are sent on, keeping the method and body (308).
     */
    @PostMapping("/recursos/{folio}/inconformidad")
    ResponseEntity<Void> oldObjectionPath(@PathVariable String folio) {
        return ResponseEntity.status(org.springframework.http.HttpStatus.PERMANENT_REDIRECT)
                .location(java.net.URI.create("/recursos/" + org.springframework.web.util.UriUtils.encodePathSegment(
                        folio, java.nio.charset.StandardCharsets.UTF_8) + "/objecion")).build();
    }

    @PostMapping("/recursos/{folio}/alegatos")
    String appellantAllegation(@PathVariable String folio, @RequestParam(required = false) String text,
            @RequestParam(required = false) String clave, PostedAct posted) {
        return act(folio, clave, "appellantAllegation", posted, () -> service.recordAllegation(folio,
                AppealCapacity.APPELLANT, text, PublicActor.currentId(), clave));
    }

    @PostMapping("/recursos/{folio}/aclaracion")
    String reply(@PathVariable String folio, @RequestParam(required = false) String reply,
            @RequestParam(required = false) String clave, PostedAct posted) {
        return act(folio, clave, "reply", posted, () -> service.replyClarification(folio, reply,
                PublicActor.currentId(), clave));
    }

    @PostMapping("/recursos/{folio}/objecion")
    String object(@PathVariable String folio, @RequestParam(required = false) String objection,
            @RequestParam(required = false) String clave, PostedAct posted) {
        return act(folio, clave, "objection", posted, () -> service.object(folio, objection, PublicActor.currentId(),
                clave));
    }
}
