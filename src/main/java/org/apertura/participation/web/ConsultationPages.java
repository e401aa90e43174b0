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
 * A process's consultations (ADR 0039): the page of one (its question, whom it asks, whether it binds, the answer
 * form for a verified voter, the form for an official at a table, the count once published, as CSV too), and the form
 * that opens one for those who run the exercise. Plain forms: no script needed.
 */
@Controller
class ConsultationPages {

    static final String PATH = ProcessPages.BASE + "/{slug}/consultas";
    static final List<String> RESULT_COLUMNS = List.of("participation.consultation", "participation.question",
            "participation.option", "participation.district", "participation.votesOnline",
            "participation.votesInPerson", "participation.votesPaper", "participation.votes");
    /** A line per table and option of a published consultation (ADR 0054). */
    static final List<String> TABLE_COLUMNS = List.of("participation.consultation", "participation.table.name",
            "participation.district", "participation.consultation.paperCount", "participation.tally.act",
            "participation.tally.actSha256", "participation.tally.received", "participation.consultation.tableValid",
            "participation.tally.void", "participation.option", "participation.consultation.tableVotes");

    private final ParticipationService service;
    private final ConsultationService consultations;
    private final FlashOutcome outcome;
    private final CsvExport csv;

    ConsultationPages(ParticipationService service, ConsultationService consultations, FlashOutcome outcome,
            CsvExport csv) {
        this.service = service;
        this.consultations = consultations;
        this.outcome = outcome;
        this.csv = csv;
    }

    @InitBinder("form")
    void fields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @GetMapping(PATH + "/{number}")
    String consultation(@PathVariable String slug, @PathVariable int number, Model model) {
        BudgetProcess process = service.process(slug);
        Consultation consultation = consultations.consultation(process, number);
        List<BudgetDistrict> districts = service.districts(process);
        model.addAttribute("process", process);
        model.addAttribute("consultation", consultation);
        model.addAttribute("options", consultations.options(consultation));
        model.addAttribute("districts", districts);
        model.addAttribute("districtNames", ProcessPages.names(districts));
        model.addAttribute("allowed", consultations.allowedOn(process, consultation));
        model.addAttribute("voter", service.myVote(process).orElse(null));
        model.addAttribute("mine", consultations.myAnswer(process, consultation).orElse(null));
        model.addAttribute("answers", consultations.answers(consultation));
        model.addAttribute("count", consultation.isPublished() ? consultations.count(consultation) : null);
        model.addAttribute("tablesCounted", consultations.tallies(consultation).size());
        model.addAttribute("tallyDistricts", consultation.getDistrictId() == null ? districts
                : districts.stream().filter(d -> d.getId().equals(consultation.getDistrictId())).toList());
        return "participation/consultation";
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

    @PostMapping(PATH + "/{number}/respuesta")
    String answer(@PathVariable String slug, @PathVariable int number, @RequestParam(required = false) String option,
            Locale locale, RedirectAttributes redirect) {
        outcome.run(redirect, locale, "participation.notice.answered",
                () -> consultations.answer(slug, number, BallotPages.number(option).orElse(null)));
        return back(slug, number, "responder");
    }

    @PostMapping(PATH + "/{number}/mesa")
    String registerAtTable(@PathVariable String slug, @PathVariable int number,
            @RequestParam(required = false) String curp, @RequestParam(required = false) String districtSlug,
            @RequestParam(required = false) String pollingTable, @RequestParam(required = false) String option,
            Locale locale, RedirectAttributes redirect) {
        outcome.run(redirect, locale, "participation.notice.registered", () -> consultations.registerInPerson(slug,
                number, curp, districtSlug, pollingTable, BallotPages.number(option).orElse(null)));
        redirect.addFlashAttribute("lastTable", pollingTable);
        return back(slug, number, "mesa");
    }

    @PostMapping(PATH + "/{number}/resultados")
    String publish(@PathVariable String slug, @PathVariable int number, Locale locale, RedirectAttributes redirect) {
        outcome.run(redirect, locale, "participation.notice.published", () -> consultations.publish(slug, number));
        return back(slug, number, "resultados");
    }

    /** The published count of every consultation of the process: a line per option and district (none before). */
    @GetMapping(ProcessPages.BASE + "/{slug}/consultas.csv")
    ResponseEntity<byte[]> csv(@PathVariable String slug) {
        BudgetProcess process = service.process(slug);
        List<BudgetDistrict> districts = service.districts(process);
        List<List<?>> rows = new ArrayList<>();
        for (Consultation c : consultations.of(process)) {
            if (!c.isPublished()) {
                continue;
            }
            for (ConsultationService.Line line : consultations.count(c).lines()) {
                rows.add(Arrays.asList(c.getNumber(), c.getQuestion(), line.option().label(), null, line.online(),
                        line.inPerson(), line.paper(), line.total()));
                for (BudgetDistrict d : districts) {
                    if (line.byDistrict().containsKey(d.getId())) {
                        rows.add(Arrays.asList(c.getNumber(), c.getQuestion(), line.option().label(), d.getName(),
                                null, null, null, line.byDistrict().get(d.getId())));
                    }
                }
            }
        }
        return csv.download(slug + "-consultas.csv", RESULT_COLUMNS, rows);
    }

    /** An official enters a polling table's paper count with its act (ADR 0054). */
    @PostMapping(PATH + "/{number}/mesas")
    String enterTally(@PathVariable String slug, @PathVariable int number,
            @RequestParam MultiValueMap<String, String> fields,
            @RequestParam(name = "act", required = false) MultipartFile act, Locale locale,
            RedirectAttributes redirect) throws IOException {
        ConsultationTally.Entry entry = new ConsultationTally.Entry(fields.getFirst("tableName"),
                fields.getFirst("districtSlug"), fields.getFirst("actReference"),
                TallyPages.integer(fields.getFirst("received")), TallyPages.integer(fields.getFirst("valid")),
                TallyPages.integer(fields.getFirst("voided")), TallyPages.votes(fields));
        byte[] content = act == null || act.isEmpty() ? null : act.getBytes();
        String name = act == null ? null : act.getOriginalFilename();
        outcome.run(redirect, locale, "participation.notice.tallied",
                () -> consultations.enterTableTally(slug, number, entry, name, content));
        return back(slug, number, "mesa-papel");
    }

    /** The published count per table of a consultation: a line per table and option (none before publication). */
    @GetMapping(PATH + "/{number}/mesas.csv")
    ResponseEntity<byte[]> tablesCsv(@PathVariable String slug, @PathVariable int number) {
        BudgetProcess process = service.process(slug);
        Consultation consultation = consultations.consultation(process, number);
        Map<Long, String> names = ProcessPages.names(service.districts(process));
        List<List<?>> rows = new ArrayList<>();
        if (consultation.isPublished()) {
            ConsultationService.Count count = consultations.count(consultation);
            for (ConsultationService.TableCount t : count.tables()) {
                ConsultationTally tally = t.tally();
                for (ConsultationService.Line line : count.lines()) {
                    rows.add(Arrays.asList(number, t.table(), t.isPaper() ? names.get(t.districtId()) : null,
                            t.isPaper(), t.isPaper() ? tally.actReference() : null,
                            t.isPaper() ? tally.actSha256() : null, t.isPaper() ? tally.received() : null,
                            t.isPaper() ? tally.valid() : null, t.isPaper() ? tally.voided() : null,
                            line.option().label(), t.votesOf(line.option().id())));
                }
            }
        }
        return csv.download(slug + "-consulta-" + number + "-mesas.csv", TABLE_COLUMNS, rows);
    }

    /** The act of a table's paper count, public with the results. */
    @GetMapping(PATH + "/{number}/mesas/{id}/acta")
    ResponseEntity<byte[]> act(@PathVariable String slug, @PathVariable int number, @PathVariable long id) {
        Consultation consultation = consultations.consultation(service.process(slug), number);
        ConsultationTally tally = consultation.isPublished() ? consultations.tallies(consultation).stream()
                .filter(t -> t.id() == id).findFirst().orElse(null) : null;
        if (tally == null) {
            throw new NotFoundException("act " + id + " of consultation " + number);
        }
        byte[] content = service.act(tally.actSha256()).orElseThrow(() -> new NotFoundException("act of " + id));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(tally.actType()))
                .header("X-Content-Type-Options", "nosniff").body(content);
    }

    private static String back(String slug, int number, String anchor) {
        return "redirect:" + ProcessPages.BASE + "/" + slug + "/consultas/" + number + "#" + anchor;
    }
}
