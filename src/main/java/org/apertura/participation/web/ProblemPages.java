package org.apertura.participation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apertura.participation.BudgetAction;
import org.apertura.participation.BudgetProcess;
import org.apertura.participation.ParticipationService;
import org.apertura.participation.ProblemSelection;
import org.apertura.participation.ProblemSelectionService;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.items.PublicItems;
import org.apertura.platform.web.CsvExport;
import org.apertura.platform.web.FlashOutcome;
import org.apertura.platform.web.PublicDataset;
import org.apertura.platform.web.SitemapSource;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Problem selection by dot voting (issue 21, theme h; ADR 0055): the page of a list (the method explained, the
 * problems, the dots form for the process's verified voters while it is open, the count after the close with its CSV
 * and JSON), the form that sets one up, recording the count, and linking it to a call for proposals.
 */
@Controller
class ProblemPages implements PublicDataset.Source, SitemapSource {

    static final String PATH = ProcessPages.BASE + "/{slug}/problemas";
    static final List<String> COLUMNS = List.of("participation.problemPosition", "participation.problemNumber",
            "participation.problem", "participation.dots", "participation.dotPeople", "participation.problemSelected");

    private final ParticipationService service;
    private final ProblemSelectionService selections;
    private final FlashOutcome outcome;
    private final CsvExport csv;
    private final PublicItems items;

    ProblemPages(ParticipationService service, ProblemSelectionService selections, FlashOutcome outcome,
            CsvExport csv, PublicItems items) {
        this.service = service;
        this.selections = selections;
        this.outcome = outcome;
        this.csv = csv;
        this.items = items;
    }

    /** The set-up form's fields: the problems one per line. */
    public static class SelectionForm {
        public String title;
        public String description;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate opensOn;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate closesOn;
        public Integer dotsPerPerson = 5;
        public Integer selects = 3;
        public String problems;

        ProblemSelection.Terms toTerms() {
            return new ProblemSelection.Terms(title, description, opensOn, closesOn, dotsPerPerson, selects,
                    problems == null ? List.of() : Arrays.asList(problems.split("\\R")));
        }
    }

    @InitBinder("form")
    void fields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @Override
    public List<PublicDataset> datasets() {
        return List.of(PublicDataset.perRecord("participation.problems", PATH + "/{number}.csv",
                "/api/v1/participatory-budgets/{slug}/problem-selections/{number}", COLUMNS, () -> {
                    for (BudgetProcess process : service.processes()) {
                        Optional<ProblemSelection> counted = selections.of(process).stream()
                                .filter(s -> s.isCountedOn(service.today())).findFirst();
                        if (counted.isPresent()) {
                            return Map.of("slug", process.getSlug(), "number",
                                    String.valueOf(counted.get().getNumber()));
                        }
                    }
                    return Map.of();
                }));
    }

    @Override
    public List<String> sitemapPaths(int limit) {
        List<String> paths = new ArrayList<>();
        for (BudgetProcess process : service.processes()) {
            selections.of(process).forEach(s -> paths.add(ProcessPages.BASE + "/" + process.getSlug() + "/problemas/"
                    + s.getNumber()));
        }
        return paths.size() > limit ? paths.subList(0, limit) : paths;
    }

    @GetMapping(PATH + "/{number}")
    String page(@PathVariable String slug, @PathVariable int number, Model model) {
        BudgetProcess process = service.process(slug);
        ProblemSelection selection = selections.selection(process, number);
        LocalDate day = service.today();
        model.addAttribute("process", process);
        model.addAttribute("selection", selection);
        model.addAttribute("problemList", selections.problems(selection));
        model.addAttribute("open", selection.isOpenOn(day));
        model.addAttribute("counted", selection.isCountedOn(day));
        model.addAttribute("lines", selection.isCountedOn(day) ? selections.count(selection) : List.of());
        model.addAttribute("participants", selections.participants(selection));
        model.addAttribute("verified", selections.verified(process));
        model.addAttribute("mine", selections.myDots(selection));
        model.addAttribute("running", service.entitledOn(process).may(BudgetAction.CONFIGURE));
        model.addAttribute("call", Optional.ofNullable(selection.getCallSlug())
                .flatMap(c -> items.find("call", c)).orElse(null));
        return "participation/problems";
    }

    @GetMapping(PATH + "/nueva")
    String form(@PathVariable String slug, @ModelAttribute("form") SelectionForm form, BindingResult errors,
            Model model) {
        service.requireSignedIn();
        BudgetProcess process = service.process(slug);
        service.entitledOn(process).require(BudgetAction.CONFIGURE);
        if (form.opensOn == null) {
            form.opensOn = service.today();
            form.closesOn = service.today().plusDays(14);
        }
        model.addAttribute("process", process);
        model.addAttribute("maxDots", ProblemSelection.MAX_DOTS);
        return "participation/problems-form";
    }

    @PostMapping(PATH)
    String setUp(HttpServletResponse response, @PathVariable String slug, @ModelAttribute("form") SelectionForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return ProcessPages.opened(response, errors, () -> selections.setUp(slug, form.toTerms()),
                ProblemSelection::getNumber, slug, "problemas", "participation.notice.problemsSetUp", redirect, () -> {
                    model.addAttribute("process", service.process(slug));
                    model.addAttribute("maxDots", ProblemSelection.MAX_DOTS);
                    return "participation/problems-form";
                });
    }

    /** The page's form of dots: its group of fields, {@code selection-dots}, holds one field per problem. */
    static final FlashOutcome.Form DOTS_FORM = FlashOutcome.Form.of("selection", "dots");

    /** A verified voter places their dots: one field per problem, {@code problem-N}. */
    @PostMapping(PATH + "/{number}/puntos")
    String place(@PathVariable String slug, @PathVariable int number, @RequestParam Map<String, String> params,
            Locale locale, RedirectAttributes redirect) {
        outcome.run(redirect, locale, DOTS_FORM, "participation.notice.dotsPlaced",
                () -> selections.place(slug, number, dots(params)));
        return "redirect:" + ProcessPages.BASE + "/" + slug + "/problemas/" + number + "#puntos";
    }

    /** The dots by problem number, from the fields {@code problem-N}; a blank field is no dots. */
    private static Map<Integer, Integer> dots(Map<String, String> params) {
        Map<Integer, Integer> dots = new HashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith("problem-")) {
                try {
                    int problem = Integer.parseInt(name.substring(8));
                    dots.put(problem, value == null || value.isBlank() ? 0 : Integer.parseInt(value.strip()));
                } catch (NumberFormatException e) {
                    throw new InvalidInputException("dots", "participation.validation.dotsEach");
                }
            }
        });
        return dots;
    }

    @PostMapping(PATH + "/{number}/resultado")
    String record(@PathVariable String slug, @PathVariable int number, Locale locale, RedirectAttributes redirect) {
        outcome.run(redirect, locale, "participation.notice.problemsCounted", () -> selections.record(slug, number));
        return "redirect:" + ProcessPages.BASE + "/" + slug + "/problemas/" + number + "#resultado";
    }

    /** Links the counted list to a call for proposals (from the call's page), which must exist. */
    @PostMapping(PATH + "/{number}/convocatoria")
    String feed(@PathVariable String slug, @PathVariable int number, @RequestParam(required = false) String call,
            Locale locale, RedirectAttributes redirect) {
        boolean done = outcome.run(redirect, locale, "participation.notice.problemsLinked", () -> {
            if (call != null && !call.isBlank() && items.find("call", call.strip()).isEmpty()) {
                service.entitledOn(service.process(slug)).require(BudgetAction.CONFIGURE);
                throw new InvalidInputException("call", "participation.validation.call");
            }
            selections.feed(slug, number, call);
        });
        return done ? "redirect:/convocatorias/" + call.strip() + "#problemas"
                : "redirect:" + ProcessPages.BASE + "/" + slug + "/problemas/" + number;
    }

    @GetMapping(PATH + "/{number}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String slug, @PathVariable int number) {
        ProblemSelection selection = selections.selection(service.process(slug), number);
        boolean counted = selection.isCountedOn(service.today());
        List<List<?>> rows = counted
                ? selections.count(selection).stream().<List<?>>map(l -> Arrays.asList(l.position(), l.number(),
                        l.title(), l.dots(), l.people(), l.selected())).toList()
                : selections.problems(selection).stream().<List<?>>map(p -> Arrays.asList(null, p.number(),
                        p.title(), null, null, null)).toList();
        return csv.download(slug + "-problemas-" + number + ".csv", COLUMNS, rows);
    }
}
