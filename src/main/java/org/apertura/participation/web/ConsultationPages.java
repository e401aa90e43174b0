package org.apertura.participation.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Map;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apertura.participation.BudgetAction;
import org.apertura.participation.BudgetDistrict;
import org.apertura.participation.BudgetProcess;
import org.apertura.participation.Consultation;
import org.apertura.participation.ConsultationService;
import org.apertura.participation.ConsultationTally;
import org.apertura.participation.ParticipationService;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.items.PublicItems;
import org.apertura.platform.web.CsvExport;
import org.apertura.platform.web.FlashOutcome;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
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
 * A process's consultations (ADR 0039), and those that stand on their own at /consultas (ADR 0054), with the same
 * pages and forms: the page of one (its question, whom it asks, whether it binds, the answer
 * form for a verified voter, the form for an official at a table, the count once published, as CSV too), and the form
 * that opens one for those who run the exercise. Plain forms: no script needed.
 */
@Controller
class ConsultationPages {

    static final String PATH = ProcessPages.BASE + "/{slug}/consultas";
    /** The consultations of their own (ADR 0054): /consultas/{slug}. */
    static final String SOLO = "/consultas";
    static final String SOLO_API = "/api/v1/consultations";
    static final List<String> RESULT_COLUMNS = List.of("participation.consultation", "participation.question",
            "participation.option", "participation.consultation.district", "participation.consultation.answersOnline",
            "participation.consultation.answersInPerson", "participation.consultation.answersRemote",
            "participation.votesPaper", "participation.consultation.answers");
    /** A line per table and option of a published consultation (ADR 0054). */
    static final List<String> TABLE_COLUMNS = List.of("participation.consultation", "participation.table.name",
            "participation.consultation.tableDistrict", "participation.consultation.paperCount", "participation.tally.act",
            "participation.tally.actSha256", "participation.tally.received", "participation.consultation.tableValid",
            "participation.tally.void", "participation.option", "participation.consultation.tableVotes");
    /** The consultations of their own (ADR 0054): the same lines, each consultation by its address. */
    static final List<String> SOLO_COLUMNS = soloColumns(RESULT_COLUMNS);
    static final List<String> SOLO_TABLE_COLUMNS = soloColumns(TABLE_COLUMNS);

    private static List<String> soloColumns(List<String> columns) {
        List<String> solo = new ArrayList<>(columns);
        solo.set(0, "participation.consultation.slug");
        return List.copyOf(solo);
    }

    private final ParticipationService service;
    private final ConsultationService consultations;
    private final FlashOutcome outcome;
    private final CsvExport csv;
    private final PublicItems items;

    ConsultationPages(ParticipationService service, ConsultationService consultations, FlashOutcome outcome,
            CsvExport csv, PublicItems items) {
        this.items = items;
        this.service = service;
        this.consultations = consultations;
        this.outcome = outcome;
        this.csv = csv;
    }

    @InitBinder("form")
    void fields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @GetMapping({PATH + "/{number}", SOLO + "/{slug}"})
    String consultation(@PathVariable String slug, @PathVariable(required = false) Integer number, Model model) {
        ConsultationService.Held held = consultations.held(ref(slug, number));
        Consultation consultation = held.consultation();
        BudgetProcess process = held.process();
        model.addAttribute("process", process);
        model.addAttribute("exercise", held.exercise());
        model.addAttribute("consultation", consultation);
        model.addAttribute("base", base(held));
        model.addAttribute("apiBase", process == null ? SOLO_API + "/" + slug
                : "/api/v1/participatory-budgets/" + slug + "/consultations/" + number);
        model.addAttribute("listCsv", process == null ? SOLO + ".csv" : PATH.replace("{slug}", slug) + ".csv");
        model.addAttribute("listJson", process == null ? SOLO_API
                : "/api/v1/participatory-budgets/" + slug + "/consultations");
        model.addAttribute("options", consultations.options(consultation));
        model.addAttribute("districts", held.districts());
        model.addAttribute("districtNames", ProcessPages.names(held.districts()));
        model.addAttribute("allowed", consultations.allowedOn(held));
        model.addAttribute("voter", consultations.verified(held) ? Boolean.TRUE : null);
        model.addAttribute("mine", consultations.myAnswer(held).orElse(null));
        model.addAttribute("answers", consultations.answers(consultation));
        model.addAttribute("count", consultation.isPublished() ? consultations.count(consultation) : null);
        model.addAttribute("tablesCounted", consultations.tallies(consultation).size());
        model.addAttribute("tallyDistricts", held.population());
        model.addAttribute("channels", BallotPages.OFFICIAL_CHANNELS);
        // its meetings and following it: the item is named as ParticipationItems names it (slug, or slug/number)
        model.addAttribute("panels", items.panels("pc-consultation", number == null ? slug : slug + "/" + number));
        return "participation/consultation";
    }

    /** The consultations of their own, newest first (ADR 0054). */
    @GetMapping(SOLO)
    String list(Model model) {
        model.addAttribute("consultations", consultations.standalone().stream()
                .map(c -> consultations.held(ConsultationService.Ref.standalone(c.getSlug()))).toList());
        model.addAttribute("mayOpen", !service.exercisesToConfigure().isEmpty());
        return "participation/consultations";
    }

    @GetMapping(PATH + "/nueva")
    String form(@PathVariable String slug, @ModelAttribute("form") ParticipationForms.ConsultationForm form,
            BindingResult errors, Model model) {
        BudgetProcess process = service.process(slug);
        service.entitledOn(process).require(BudgetAction.CONFIGURE);
        return form(process, model);
    }

    private String form(BudgetProcess process, Model model) {
        model.addAttribute("process", process);
        model.addAttribute("districts", service.districts(process));
        model.addAttribute("formAction", PATH.replace("{slug}", process.getSlug()));
        return "participation/consultation-form";
    }

    /** The form of a consultation of its own: for those who run an exercise. */
    @GetMapping(SOLO + "/nueva")
    String soloForm(@ModelAttribute("form") ParticipationForms.ConsultationForm form, BindingResult errors,
            Model model) {
        service.requireSignedIn();
        if (service.exercisesToConfigure().isEmpty()) {
            throw new org.springframework.security.access.AccessDeniedException("runs no exercise");
        }
        return soloForm(model);
    }

    private String soloForm(Model model) {
        model.addAttribute("process", null);
        model.addAttribute("exercises", service.exercisesToConfigure());
        model.addAttribute("districts", List.of());
        model.addAttribute("formAction", SOLO);
        return "participation/consultation-form";
    }

    @PostMapping(PATH)
    String open(jakarta.servlet.http.HttpServletResponse response, @PathVariable String slug,
            @ModelAttribute("form") ParticipationForms.ConsultationForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return ProcessPages.opened(response, errors, () -> consultations.open(slug, form.toTerms()),
                Consultation::getNumber, slug, "consultas", "participation.notice.consultationOpened", redirect,
                () -> form(service.process(slug), model));
    }

    @PostMapping(SOLO)
    String openSolo(jakarta.servlet.http.HttpServletResponse response,
            @ModelAttribute("form") ParticipationForms.ConsultationForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return org.apertura.platform.web.FormErrors.submit(errors, () -> consultations.open(form.toStandalone(),
                form.toTerms()), redirect, "participation.notice.consultationOpened",
                opened -> SOLO + "/" + opened.getSlug(), () -> {
                    response.setStatus(400);
                    return soloForm(model);
                });
    }

    /** A person declares where they live to answer a consultation of its own (in a process: on its ballot page). */
    @PostMapping(SOLO + "/{slug}/residencia")
    String declare(@PathVariable String slug, @RequestParam(required = false) String districtSlug,
            @RequestParam(required = false) String curp, @RequestParam(required = false) boolean declared,
            Locale locale, RedirectAttributes redirect) {
        outcome.run(redirect, locale, BallotPages.RESIDENCE_FORM, "participation.notice.declared",
                () -> consultations.declareResidence(slug, districtSlug, curp, declared));
        return back(slug, null, "responder");
    }

    /** The table's form: its problems link to its fields (ids {@code table-curp}, …, the first option). */
    static final FlashOutcome.Form TABLE_FORM = FlashOutcome.Form.of("table", "pollingTable", "curp", "districtSlug",
            "option");

    /** The answer form's field, whose problem links to it (id {@code answer-option}, the first option). */
    static final FlashOutcome.Form ANSWER_FORM = FlashOutcome.Form.of("answer", "option");

    @PostMapping({PATH + "/{number}/respuesta", SOLO + "/{slug}/respuesta"})
    String answer(@PathVariable String slug, @PathVariable(required = false) Integer number,
            @RequestParam(required = false) String option, Locale locale, RedirectAttributes redirect) {
        outcome.run(redirect, locale, ANSWER_FORM, "participation.notice.answered",
                () -> consultations.answer(ref(slug, number), BallotPages.number(option).orElse(null)));
        return back(slug, number, "responder");
    }

    /** An official registers an answer given at the table in person or received there remotely, as ballots are. */
    @PostMapping({PATH + "/{number}/mesa", SOLO + "/{slug}/mesa"})
    String registerAtTable(@PathVariable String slug, @PathVariable(required = false) Integer number,
            @RequestParam(required = false) String channel, @RequestParam(required = false) String curp,
            @RequestParam(required = false) String districtSlug, @RequestParam(required = false) String pollingTable,
            @RequestParam(required = false) String option, Locale locale, RedirectAttributes redirect) {
        outcome.run(redirect, locale, TABLE_FORM, "participation.notice.answerRegistered", () -> consultations.registerByOfficial(
                ref(slug, number), BallotPages.channel(channel), curp, districtSlug, pollingTable,
                BallotPages.number(option).orElse(null)));
        redirect.addFlashAttribute("lastTable", pollingTable);
        redirect.addFlashAttribute("lastChannel", channel);
        return back(slug, number, "mesa");
    }

    @PostMapping({PATH + "/{number}/resultados", SOLO + "/{slug}/resultados"})
    String publish(@PathVariable String slug, @PathVariable(required = false) Integer number, Locale locale,
            RedirectAttributes redirect) {
        outcome.run(redirect, locale, "participation.notice.published",
                () -> consultations.publish(ref(slug, number)));
        return back(slug, number, "resultados");
    }

    /** The published count of every consultation of the process: a line per option and district (none before). */
    @GetMapping(ProcessPages.BASE + "/{slug}/consultas.csv")
    ResponseEntity<byte[]> csv(@PathVariable String slug) {
        BudgetProcess process = service.process(slug);
        return csv.download(slug + "-consultas.csv", RESULT_COLUMNS, resultRows(consultations.of(process).stream()
                .map(c -> consultations.held(process, c)).toList(), c -> c.getNumber()));
    }

    /** The published count of every consultation of its own (ADR 0054): a line per option and district. */
    @GetMapping(SOLO + ".csv")
    ResponseEntity<byte[]> soloCsv() {
        return csv.download("consultas.csv", SOLO_COLUMNS, resultRows(consultations.standalone().stream()
                .map(c -> consultations.held(ConsultationService.Ref.standalone(c.getSlug()))).toList(),
                Consultation::getSlug));
    }

    private List<List<?>> resultRows(List<ConsultationService.Held> held,
            java.util.function.Function<Consultation, Object> id) {
        List<List<?>> rows = new ArrayList<>();
        for (ConsultationService.Held h : held) {
            Consultation c = h.consultation();
            if (!c.isPublished()) {
                continue;
            }
            for (ConsultationService.Line line : consultations.count(c).lines()) {
                rows.add(Arrays.asList(id.apply(c), c.getQuestion(), line.option().label(), null, line.online(),
                        line.inPerson(), line.remote(), line.paper(), line.total()));
                for (BudgetDistrict d : h.districts()) {
                    if (line.byDistrict().containsKey(d.getId())) {
                        rows.add(Arrays.asList(id.apply(c), c.getQuestion(), line.option().label(), d.getName(),
                                null, null, null, null, line.byDistrict().get(d.getId())));
                    }
                }
            }
        }
        return rows;
    }

    /** An official enters a polling table's paper count with its act (ADR 0054). */
    @PostMapping({PATH + "/{number}/mesas", SOLO + "/{slug}/mesas"})
    String enterTally(@PathVariable String slug, @PathVariable(required = false) Integer number,
            @RequestParam MultiValueMap<String, String> fields,
            @RequestParam(name = "act", required = false) MultipartFile act, Locale locale,
            RedirectAttributes redirect) throws IOException {
        ConsultationTally.Entry entry = new ConsultationTally.Entry(fields.getFirst("tableName"),
                fields.getFirst("districtSlug"), fields.getFirst("actReference"),
                TallyPages.integer(fields.getFirst("received")), TallyPages.integer(fields.getFirst("valid")),
                TallyPages.integer(fields.getFirst("voided")), TallyPages.votes(fields));
        byte[] content = act == null || act.isEmpty() ? null : act.getBytes();
        String name = act == null ? null : act.getOriginalFilename();
        outcome.run(redirect, locale, TallyPages.TALLY_FORM, "participation.notice.tallied",
                () -> consultations.enterTableTally(ref(slug, number), entry, name, content));
        return back(slug, number, "mesa-papel");
    }

    /** The published count per table of a consultation: a line per table and option (none before publication). */
    @GetMapping({PATH + "/{number}/mesas.csv", SOLO + "/{slug}/mesas.csv"})
    ResponseEntity<byte[]> tablesCsv(@PathVariable String slug, @PathVariable(required = false) Integer number) {
        ConsultationService.Held held = consultations.held(ref(slug, number));
        Consultation consultation = held.consultation();
        Object id = number == null ? slug : number;
        Map<Long, String> names = ProcessPages.names(held.districts());
        List<List<?>> rows = new ArrayList<>();
        if (consultation.isPublished()) {
            ConsultationService.Count count = consultations.count(consultation);
            for (ConsultationService.TableCount t : count.tables()) {
                ConsultationTally tally = t.tally();
                for (ConsultationService.Line line : count.lines()) {
                    rows.add(Arrays.asList(id, t.table(), t.isPaper() ? names.get(t.districtId()) : null,
                            t.isPaper(), t.isPaper() ? tally.actReference() : null,
                            t.isPaper() ? tally.actSha256() : null, t.isPaper() ? tally.received() : null,
                            t.isPaper() ? tally.valid() : null, t.isPaper() ? tally.voided() : null,
                            line.option().label(), t.votesOf(line.option().id())));
                }
            }
        }
        return csv.download(number == null ? "consulta-" + slug + "-mesas.csv"
                : slug + "-consulta-" + number + "-mesas.csv", number == null ? SOLO_TABLE_COLUMNS : TABLE_COLUMNS,
                rows);
    }

    /** The act of a table's paper count, public with the results. */
    @GetMapping({PATH + "/{number}/mesas/{id}/acta", SOLO + "/{slug}/mesas/{id}/acta"})
    ResponseEntity<byte[]> act(@PathVariable String slug, @PathVariable(required = false) Integer number,
            @PathVariable long id) {
        Consultation consultation = consultations.held(ref(slug, number)).consultation();
        ConsultationTally tally = consultation.isPublished() ? consultations.tallies(consultation).stream()
                .filter(t -> t.id() == id).findFirst().orElse(null) : null;
        if (tally == null) {
            throw new NotFoundException("act " + id + " of consultation " + number);
        }
        byte[] content = service.act(tally.actSha256()).orElseThrow(() -> new NotFoundException("act of " + id));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(tally.actType()))
                .header("X-Content-Type-Options", "nosniff").body(content);
    }

    private static ConsultationService.Ref ref(String slug, Integer number) {
        return number == null ? ConsultationService.Ref.standalone(slug)
                : ConsultationService.Ref.inProcess(slug, number);
    }

    /** The address of a consultation's page: in its process, or of its own. */
    static String base(ConsultationService.Held held) {
        return held.process() == null ? SOLO + "/" + held.consultation().getSlug()
                : ProcessPages.BASE + "/" + held.process().getSlug() + "/consultas/" + held.consultation().getNumber();
    }

    private static String back(String slug, Integer number, String anchor) {
        return "redirect:" + (number == null ? SOLO + "/" + slug
                : ProcessPages.BASE + "/" + slug + "/consultas/" + number) + "#" + anchor;
    }
}
