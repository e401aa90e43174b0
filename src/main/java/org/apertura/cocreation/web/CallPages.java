package org.apertura.cocreation.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apertura.actionplan.Exercise;
import org.apertura.actionplan.Theme;
import org.apertura.cocreation.Call;
import org.apertura.cocreation.CallAction;
import org.apertura.cocreation.CallFeed;
import org.apertura.platform.Texts;
import org.apertura.platform.intake.Channel;
import org.apertura.cocreation.CocreationService;
import org.apertura.cocreation.Disposition;
import org.apertura.cocreation.Proposal;
import org.apertura.platform.web.CsvExport;
import org.apertura.platform.web.FormErrors;
import org.apertura.platform.web.PublicDataset;
import org.apertura.platform.web.SitemapSource;
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

/** Calls for proposals: the public list and page with its proposals, downloads and feed; creating and editing. */
@Controller
class CallPages implements PublicDataset.Source, SitemapSource {

    static final List<String> CALL_COLUMNS = List.of("cocreation.call", "cocreation.exercise", "title",
            "cocreation.submissionOpens", "cocreation.submissionCloses", "cocreation.supportOpens",
            "cocreation.supportCloses", "cocreation.supportsPerPerson", "cocreation.proposals", "cocreation.undisposed");
    static final List<String> PROPOSAL_COLUMNS = List.of("cocreation.number", "title", "cocreation.problem",
            "cocreation.proposal", "cocreation.themes", "cocreation.municipality", "cocreation.neighbourhood",
            "cocreation.channel", "cocreation.receivedOn", "cocreation.author", "cocreation.supports",
            "cocreation.disposition", "cocreation.reason", "cocreation.commitments");
    static final List<String> SUPPORT_COLUMNS = List.of("cocreation.number", "title", "cocreation.supports",
            "cocreation.reachedTable");
    static final List<String> DISPOSITION_COLUMNS = List.of("cocreation.number", "title", "cocreation.channel",
            "cocreation.disposition", "cocreation.reason", "cocreation.commitments", "cocreation.disposedBy",
            "cocreation.disposedAt");

    private final CocreationService service;
    private final CsvExport csv;
    private final CallFeed callFeed;

    private final CallCharts charts;
    private final org.apertura.platform.items.PublicItems items;
    /** Public profiles, when the community module is there: an online author's name links to theirs. */
    private final org.springframework.beans.factory.ObjectProvider<org.apertura.platform.people.PublicProfiles> profiles;

    private final org.apertura.platform.web.FlashOutcome outcome;

    CallPages(CocreationService service, CsvExport csv, CallFeed callFeed, CallCharts charts,
            org.apertura.platform.items.PublicItems items, org.apertura.platform.web.FlashOutcome outcome,
            org.springframework.beans.factory.ObjectProvider<org.apertura.platform.people.PublicProfiles> profiles) {
        this.outcome = outcome;
        this.items = items;
        this.profiles = profiles;
        this.service = service;
        this.charts = charts;
        this.csv = csv;
        this.callFeed = callFeed;
    }

    @InitBinder
    void fields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @Override
    public List<PublicDataset> datasets() {
        java.util.function.Supplier<Map<String, String>> aCall = () -> service.calls().stream().findFirst()
                .map(c -> Map.of("convocatoria", c.getSlug())).orElse(Map.of());
        String proposals = "/api/v1/calls/{convocatoria}/proposals";
        return List.of(new PublicDataset("cocreation.calls", "/convocatorias.csv", "/api/v1/calls", CALL_COLUMNS),
                PublicDataset.perRecord("cocreation.proposals", "/convocatorias/{convocatoria}/propuestas.csv",
                        proposals, PROPOSAL_COLUMNS, aCall),
                PublicDataset.perRecord("cocreation.supports", "/convocatorias/{convocatoria}/apoyos.csv",
                        proposals, SUPPORT_COLUMNS, aCall),
                PublicDataset.perRecord("cocreation.dispositions", "/convocatorias/{convocatoria}/respuestas.csv",
                        proposals, DISPOSITION_COLUMNS, aCall),
                PublicDataset.perRecord("cocreation.amendments", "/convocatorias/{convocatoria}/enmiendas.csv",
                        "/api/v1/calls/{convocatoria}/amendments", AmendmentPages.COLUMNS, aCall),
                PublicDataset.perRecord("cocreation.proposalComments", "/propuestas/{propuesta}/comentarios.csv",
                        "/api/v1/proposals/{propuesta}/comments", org.apertura.platform.comments.CommentFiles.COLUMNS,
                        () -> service.calls().stream().flatMap(c -> service.proposals(c).stream()).findFirst()
                                .map(p -> Map.of("propuesta", String.valueOf(p.getId()))).orElse(Map.of())));
    }

    /** The calls, and each one's proposals. */
    @Override
    public List<String> sitemapPaths(int limit) {
        List<String> paths = new ArrayList<>(List.of("/convocatorias"));
        for (Call call : service.calls()) {
            paths.add("/convocatorias/" + call.getSlug());
            service.proposals(call).forEach(p -> paths.add("/propuestas/" + p.getId()));
        }
        return paths.stream().limit(limit).toList();
    }

    @GetMapping("/convocatorias")
    String calls(Model model) {
        model.addAttribute("calls", service.calls().stream().map(this::summary).toList());
        model.addAttribute("drafts", service.myDrafts().stream().map(this::summary).toList());
        model.addAttribute("today", service.today());
        return "cocreation/calls";
    }

    /** A call with its numbers, as lists show it. */
    public record CallSummary(Call call, Exercise exercise, int proposals, int undisposed, Call.Stage stage) {
    }

    private CallSummary summary(Call call) {
        List<Proposal> all = service.proposals(call);
        return new CallSummary(call, service.exerciseOf(call), all.size(),
                (int) all.stream().filter(p -> !p.hasDisposition()).count(), call.stageOn(service.today()));
    }

    @GetMapping("/convocatorias.csv")
    ResponseEntity<byte[]> callsCsv() {
        return csv.download("convocatorias.csv", CALL_COLUMNS, service.calls().stream().<List<?>>map(c -> {
            CallSummary s = summary(c);
            return List.<Object>of(c.getSlug(), s.exercise().getSlug(), c.getTitle(), c.getSubmissionOpens(),
                    c.getSubmissionCloses(), c.getSupportOpens(), c.getSupportCloses(), c.getSupportsPerPerson(),
                    s.proposals(), s.undisposed());
        }).toList());
    }

    /** A proposal in a call's list. */
    /** A proposal in the call's list; {@code authorProfile} is its online author's public profile, if they chose one. */
    public record Row(Proposal proposal, long supports, boolean reachedTable, boolean mine, String authorProfile) {
    }

    @GetMapping("/convocatorias/{slug}")
    String call(@PathVariable String slug, @RequestParam(name = "tema", required = false) Theme theme,
            @RequestParam(name = "canal", required = false) Channel channel,
            @RequestParam(name = "respuesta", required = false) String disposition,
            @RequestParam(name = "orden", required = false, defaultValue = "apoyos") String order, Model model) {
        if (disposition != null && !disposition.isBlank() && !"PENDING".equals(disposition)) {
            org.apertura.platform.web.UnreadableFilter.choice(Disposition.class, "respuesta", disposition);
        }
        if (!"apoyos".equals(order) && !"recientes".equals(order)) {
            throw new org.apertura.platform.web.UnreadableFilter("orden");
        }
        Call call = service.call(slug);
        Map<Long, Long> counts = service.supportCounts(call);
        var mine = service.mySupports(call);
        List<Proposal> all = service.proposals(call);
        Map<Long, Long> authors = new java.util.HashMap<>();
        all.forEach(p -> service.onlineAuthorOf(p).ifPresent(a -> authors.put(p.getId(), a)));
        Map<Long, String> authorProfiles = profiles.orderedStream().findFirst()
                .map(p -> p.pathsOf(authors.values())).orElse(Map.of());
        List<Row> rows = new ArrayList<>(all.stream()
                .filter(p -> theme == null || p.getThemes().contains(theme))
                .filter(p -> channel == null || p.getChannel() == channel)
                .filter(p -> disposition == null || disposition.isBlank()
                        || ("PENDING".equals(disposition) ? !p.hasDisposition()
                                : p.getDisposition() != null && p.getDisposition().name().equals(disposition)))
                .map(p -> new Row(p, counts.getOrDefault(p.getId(), 0L), call.reachesTable(counts.getOrDefault(p.getId(), 0L)),
                        mine.map(m -> m.proposals().contains(p.getId())).orElse(false),
                        authorProfiles.get(authors.get(p.getId()))))
                .toList());
        rows.sort("recientes".equals(order) ? Comparator.comparing((Row r) -> r.proposal().getNumber()).reversed()
                : Comparator.comparingLong(Row::supports).reversed().thenComparing(r -> r.proposal().getNumber()));
        model.addAttribute("call", call);
        model.addAttribute("exercise", service.exerciseOf(call));
        model.addAttribute("stage", call.stageOn(service.today()));
        model.addAttribute("rows", rows);
        model.addAttribute("total", all.size());
        model.addAttribute("undisposed", all.stream().filter(p -> !p.hasDisposition()).count());
        model.addAttribute("byChannel", all.stream().collect(java.util.stream.Collectors.groupingBy(Proposal::getChannel,
                () -> new java.util.EnumMap<>(Channel.class), java.util.stream.Collectors.counting())));
        model.addAttribute("tables", service.tables(call));
        model.addAttribute("proposalChart", charts.view(call, all));
        model.addAttribute("mine", mine.orElse(null));
        model.addAttribute("canPropose", call.getProposers() == Call.Proposers.ANYONE && call.acceptsProposalsOn(service.today()));
        model.addAttribute("canSupport", call.acceptsSupportsOn(service.today()));
        model.addAttribute("allowed", service.allowedOn(call));
        model.addAttribute("themes", call.getThemes());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("dispositions", Disposition.values());
        model.addAttribute("filter", new Filter(theme, channel, disposition, order));
        model.addAttribute("panels", items.panels("call", call.getSlug()));
        model.addAttribute("problemSelection", call.isDraft() ? service.problemSelectionOf(call).orElse(null) : null);
        return "cocreation/call";
    }

    /** The filters of a call's list, kept in the form. */
    public record Filter(Theme theme, Channel channel, String disposition, String order) {
    }

    @GetMapping("/convocatorias/{slug}/propuestas.csv")
    ResponseEntity<byte[]> proposalsCsv(@PathVariable String slug) {
        Call call = service.call(slug);
        Map<Long, Long> counts = service.supportCounts(call);
        Map<Long, String> codes = codes(call);
        return csv.download("propuestas-" + slug + ".csv", PROPOSAL_COLUMNS, service.proposals(call).stream()
                .<List<?>>map(p -> java.util.Arrays.asList(p.getNumber(), p.getTitle(), p.getProblem(), p.getProposal(),
                        p.getThemes().stream().sorted().toList(), Texts.orEmpty(p.getMunicipalitySlug()), Texts.orEmpty(p.getNeighbourhood()), p.getChannel(),
                        p.getReceivedOn(), p.getAuthorName(), counts.getOrDefault(p.getId(), 0L),
                        p.getDisposition(), Texts.orEmpty(p.getDispositionReason()),
                        commitments(p, codes)))
                .toList());
    }

    @GetMapping("/convocatorias/{slug}/apoyos.csv")
    ResponseEntity<byte[]> supportsCsv(@PathVariable String slug) {
        Call call = service.call(slug);
        Map<Long, Long> counts = service.supportCounts(call);
        return csv.download("apoyos-" + slug + ".csv", SUPPORT_COLUMNS, service.proposals(call).stream()
                .<List<?>>map(p -> List.of(p.getNumber(), p.getTitle(), counts.getOrDefault(p.getId(), 0L),
                        call.reachesTable(counts.getOrDefault(p.getId(), 0L))))
                .toList());
    }

    @GetMapping("/convocatorias/{slug}/respuestas.csv")
    ResponseEntity<byte[]> dispositionsCsv(@PathVariable String slug) {
        Call call = service.call(slug);
        Map<Long, String> codes = codes(call);
        return csv.download("respuestas-" + slug + ".csv", DISPOSITION_COLUMNS, service.proposals(call).stream()
                .<List<?>>map(p -> java.util.Arrays.asList(p.getNumber(), p.getTitle(), p.getChannel(),
                        p.getDisposition(), Texts.orEmpty(p.getDispositionReason()),
                        commitments(p, codes), Texts.orEmpty(p.getDisposedBy()),
                        p.getDisposedAt() == null ? "" : p.getDisposedAt().toString()))
                .toList());
    }

    @GetMapping("/convocatorias/{slug}/feed.atom")
    ResponseEntity<byte[]> feed(@PathVariable String slug) {
        return callFeed.of(slug);
    }

    // ---- creating and editing a call

    @GetMapping("/ejercicios/{slug}/convocatorias/nueva")
    String newCall(@PathVariable String slug, @ModelAttribute("form") CocreationForms.CallForm form, BindingResult errors,
            Model model) {
        return callForm(slug, null, model);
    }

    @PostMapping("/ejercicios/{slug}/convocatorias")
    String createCall(@PathVariable String slug, @ModelAttribute("form") CocreationForms.CallForm form,
            BindingResult errors, Model model, RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletResponse response) {
        return FormErrors.submit(errors, () -> service.draftCall(slug, form.toTerms(), form.problemSelection), redirect,
                "cocreation.notice.callDrafted", call -> "/convocatorias/" + call.getSlug(), () -> {
                    response.setStatus(jakarta.servlet.http.HttpServletResponse.SC_BAD_REQUEST); // the form again, with its problems
                    return callForm(slug, null, model);
                });
    }

    @GetMapping("/convocatorias/{slug}/editar")
    String editCall(@PathVariable String slug, Model model) {
        Call call = service.call(slug);
        model.addAttribute("form", CocreationForms.CallForm.of(call));
        return callForm(service.exerciseOf(call).getSlug(), call, model);
    }

    @PostMapping("/convocatorias/{slug}")
    String updateCall(@PathVariable String slug, @ModelAttribute("form") CocreationForms.CallForm form,
            BindingResult errors, Model model, RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletResponse response) {
        Call call = service.call(slug);
        return FormErrors.submit(errors, () -> service.updateCall(slug, form.toTerms(), form.problemSelection),
                redirect, "cocreation.notice.callChanged", c -> "/convocatorias/" + c.getSlug(), () -> {
                    response.setStatus(jakarta.servlet.http.HttpServletResponse.SC_BAD_REQUEST);
                    return callForm(service.exerciseOf(call).getSlug(), call, model);
                });
    }

    private String callForm(String exerciseSlug, Call call, Model model) {
        Exercise exercise = call == null ? service.exercise(exerciseSlug) : service.exerciseOf(call);
        service.require(exercise, call == null ? CallAction.CREATE_CALL : CallAction.EDIT_CALL);
        model.addAttribute("exercise", exercise);
        model.addAttribute("call", call);
        model.addAttribute("allThemes", Theme.values());
        model.addAttribute("proposerOptions", Call.Proposers.values());
        if (call == null || call.isDraft()) {
            List<org.apertura.platform.items.CallInputs.Choice> choices = new ArrayList<>(
                    service.problemSelections(exercise));
            if (call != null) {
                service.problemSelectionOf(call).filter(c -> !choices.contains(c)).ifPresent(c -> choices.add(0, c));
            }
            model.addAttribute("problemSelections", choices);
        }
        return "cocreation/call-form";
    }

    /** Publishes a draft (ADR 0061): it becomes public and goes to the ledger, or the page says why not. */
    @PostMapping("/convocatorias/{slug}/publicar")
    String publish(@PathVariable String slug, RedirectAttributes redirect, java.util.Locale locale) {
        outcome.run(redirect, locale, "cocreation.notice.callPublished", () -> service.publish(slug));
        return "redirect:/convocatorias/" + slug;
    }

    private Map<Long, String> codes(Call call) {
        return service.commitmentsOf(call).stream().collect(java.util.stream.Collectors.toMap(c -> c.getId(), c -> c.getCode()));
    }

    static String commitments(Proposal p, Map<Long, String> codes) {
        return p.getCommitmentIds().stream().map(id -> codes.getOrDefault(id, "")).sorted()
                .reduce((a, b) -> a + " " + b).orElse("");
    }
}
