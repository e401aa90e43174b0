package org.apertura.participation.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apertura.participation.BudgetDistrict;
import org.apertura.participation.BudgetProcess;
import org.apertura.participation.BudgetProject;
import org.apertura.participation.ParticipationService;
import org.apertura.participation.TableTally;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.web.CsvExport;
import org.apertura.platform.web.FlashOutcome;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The paper counts of the polling tables, in public: each table's current count with its act, and every earlier
 * version a correction replaced, with the correction's reason; as CSV too. The secretariat's people enter a table's
 * count (or correct it) on the same page.
 */
@Controller
class TallyPages {

    /**
     * The paper count's form ({@code participation/parts :: tallyForm}, on the tables page and a consultation's
     * page): its fields' ids are {@code tally-FIELD}, so a refused count links each problem to its field.
     */
    static final FlashOutcome.Form TALLY_FORM = FlashOutcome.Form.of("tally", "tableName", "districtSlug",
            "actReference", "act", "received", "valid", "voided", "reason");
    static final List<String> TALLY_COLUMNS = List.of("participation.table.name", "participation.district",
            "participation.tally.version", "participation.tally.current", "participation.tally.act",
            "participation.tally.actSha256", "participation.tally.received", "participation.tally.valid",
            "participation.tally.void", "participation.tally.votes", "participation.tally.reason",
            "participation.tally.enteredAt");

    private final ParticipationService service;
    private final FlashOutcome outcome;
    private final CsvExport csv;

    TallyPages(ParticipationService service, FlashOutcome outcome, CsvExport csv) {
        this.service = service;
        this.outcome = outcome;
        this.csv = csv;
    }

    /** A table's count as the page shows it: whether it is the current one, and its votes by project. */
    public record Shown(TableTally tally, boolean current, List<ProjectVotes> votes) {
    }

    /** A project's votes at a table. */
    public record ProjectVotes(BudgetProject project, int votes) {
    }

    private List<Shown> shown(BudgetProcess process) {
        List<BudgetProject> projects = service.projects(process);
        List<TableTally> current = service.currentTableTallies(process);
        List<Shown> list = new ArrayList<>();
        for (TableTally t : service.tableTallies(process)) {
            List<ProjectVotes> votes = projects.stream().filter(p -> t.votes().containsKey(p.getId()))
                    .map(p -> new ProjectVotes(p, t.votesOf(p.getId()))).toList();
            list.add(new Shown(t, current.contains(t), votes));
        }
        return list;
    }

    @GetMapping(ProcessPages.BASE + "/{slug}/mesas")
    String tables(@PathVariable String slug, Model model) {
        BudgetProcess process = service.process(slug);
        List<BudgetProject> all = service.projects(process);
        List<BudgetDistrict> districts = service.districts(process);
        Map<Long, List<BudgetProject>> offers = new LinkedHashMap<>();
        districts.forEach(d -> offers.put(d.getId(), all.stream().filter(p -> p.getDistrictId().equals(d.getId()))
                .filter(BudgetProject::isCandidate).toList()));
        model.addAttribute("process", process);
        model.addAttribute("phase", service.phase(process));
        model.addAttribute("districts", districts);
        model.addAttribute("districtNames", ProcessPages.names(districts));
        model.addAttribute("offers", offers);
        model.addAttribute("tallies", shown(process));
        model.addAttribute("paperBallots", service.paperBallots(process));
        model.addAttribute("allowed", service.allowedOn(process));
        return "participation/tallies";
    }

    @PostMapping(ProcessPages.BASE + "/{slug}/mesas")
    String enter(@PathVariable String slug, @RequestParam MultiValueMap<String, String> fields,
            @RequestParam(name = "act", required = false) MultipartFile act, Locale locale,
            RedirectAttributes redirect) throws IOException {
        Map<Long, Integer> votes = votes(fields);
        TableTally.Entry entry = new TableTally.Entry(fields.getFirst("tableName"), fields.getFirst("districtSlug"),
                fields.getFirst("actReference"), integer(fields.getFirst("received")),
                integer(fields.getFirst("valid")), integer(fields.getFirst("voided")), votes,
                fields.getFirst("reason"));
        byte[] content = act == null || act.isEmpty() ? null : act.getBytes();
        String name = act == null ? null : act.getOriginalFilename();
        outcome.run(redirect, locale, TALLY_FORM, "participation.notice.tallied",
                () -> service.enterTableTally(slug, entry, name, content));
        return "redirect:" + ProcessPages.BASE + "/" + slug + "/mesas";
    }

    @GetMapping(ProcessPages.BASE + "/{slug}/mesas.csv")
    ResponseEntity<byte[]> tablesCsv(@PathVariable String slug) {
        BudgetProcess process = service.process(slug);
        Map<Long, String> names = ProcessPages.names(service.districts(process));
        return csv.download(slug + "-mesas.csv", TALLY_COLUMNS, shown(process).stream().<List<?>>map(s -> {
            TableTally t = s.tally();
            StringBuilder votes = new StringBuilder();
            s.votes().forEach(v -> votes.append(votes.isEmpty() ? "" : "; ").append(v.project().getNumber())
                    .append(": ").append(v.votes()));
            return java.util.Arrays.asList(t.tableName(), names.get(t.districtId()), t.version(), s.current(),
                    t.actReference(), t.actSha256(), t.received(), t.valid(), t.voided(), votes.toString(),
                    t.reason(), t.enteredAt());
        }).toList());
    }

    @GetMapping(ProcessPages.BASE + "/{slug}/mesas/{id}/acta")
    ResponseEntity<byte[]> act(@PathVariable String slug, @PathVariable long id) {
        BudgetProcess process = service.process(slug);
        TableTally tally = service.tableTallies(process).stream().filter(t -> t.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("table count " + id));
        byte[] content = service.tableAct(tally).orElseThrow(() -> new NotFoundException("act of " + id));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(tally.actType()))
                .header("X-Content-Type-Options", "nosniff").body(content);
    }

    /** The votes typed in a table's count form, as fields {@code votos-<id>} (a project's or an option's id). */
    static Map<Long, Integer> votes(MultiValueMap<String, String> fields) {
        Map<Long, Integer> votes = new LinkedHashMap<>();
        fields.forEach((name, values) -> {
            if (name.startsWith("votos-") && !values.isEmpty() && !values.get(0).isBlank()) {
                votes.put(number(name.substring(6)), number(values.get(0)).intValue());
            }
        });
        return votes;
    }

    /** A whole number typed in a form, or -1 when it is not one (the domain refuses it with the reason). */
    static Long number(String text) {
        String t = text == null ? "" : text.strip().replace(",", "");
        return !t.isEmpty() && t.length() <= 9 && t.chars().allMatch(Character::isDigit) ? Long.parseLong(t) : -1L;
    }

    static Integer integer(String text) {
        return text == null || text.isBlank() ? null : number(text).intValue();
    }
}
