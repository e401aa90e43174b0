package org.apertura.participation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apertura.participation.BallotCount;
import org.apertura.participation.BudgetAction;
import org.apertura.participation.BudgetDistrict;
import org.apertura.participation.BudgetProcess;
import org.apertura.participation.BudgetProject;
import org.apertura.participation.ParticipationService;
import org.apertura.participation.VotingRule;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.Texts;
import org.apertura.platform.intake.Channel;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The ballot: anyone sees it and the projects it offers; a signed-in person declares where they live (with their
 * CURP) to become a verified voter, then fills or changes their ballot until the vote closes. Officials register the
 * ballots cast in person at a polling table. Everything works without JavaScript: checkboxes, or a place per project
 * when the rule ranks.
 */
@Controller
class BallotPages {

    private final ParticipationService service;
    private final org.apertura.platform.web.FlashOutcome outcome;

    BallotPages(ParticipationService service, org.apertura.platform.web.FlashOutcome outcome) {
        this.service = service;
        this.outcome = outcome;
    }

    /** A district's feasible projects, as a ballot offers them. */
    public record Offer(BudgetDistrict district, List<BudgetProject> projects) {
    }

    private List<Offer> offers(BudgetProcess process) {
        List<BudgetProject> all = service.projects(process);
        return service.districts(process).stream().map(d -> new Offer(d, all.stream()
                .filter(p -> p.getDistrictId().equals(d.getId())).filter(BudgetProject::isCandidate).toList()))
                .toList();
    }

    @GetMapping(ProcessPages.BASE + "/{slug}/votar")
    String ballot(@PathVariable String slug, Model model) {
        BudgetProcess process = service.process(slug);
        var mine = service.myVote(process).orElse(null);
        List<Offer> offers = offers(process);
        model.addAttribute("process", process);
        model.addAttribute("phase", service.phase(process));
        model.addAttribute("districts", service.districts(process));
        model.addAttribute("offers", offers);
        model.addAttribute("mine", mine);
        model.addAttribute("allowed", service.allowedOn(process));
        if (mine != null) {
            Offer offer = offers.stream().filter(o -> o.district().getId().equals(mine.district().getId()))
                    .findFirst().orElseThrow();
            model.addAttribute("offer", offer);
            model.addAttribute("spent", offer.projects().stream().filter(p -> mine.choices().contains(p.getId()))
                    .map(BudgetProject::getCost).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add));
        }
        return "participation/ballot";
    }

    /** The residence form's fields, whose problems link to them (ids {@code residence-curp}, …). */
    static final org.apertura.platform.web.FlashOutcome.Form RESIDENCE_FORM =
            org.apertura.platform.web.FlashOutcome.Form.of("residence", "districtSlug", "curp", "declared");

    @PostMapping(ProcessPages.BASE + "/{slug}/residencia")
    String declare(@PathVariable String slug, @RequestParam(name = "districtSlug", required = false) String district,
            @RequestParam(required = false) String curp, @RequestParam(required = false) boolean declared,
            Locale locale, RedirectAttributes redirect) {
        outcome.run(redirect, locale, RESIDENCE_FORM, "participation.notice.declared",
                () -> service.declareResidence(slug, district, curp, declared));
        return "redirect:" + ProcessPages.BASE + "/" + slug + "/votar";
    }

    @PostMapping(ProcessPages.BASE + "/{slug}/papeleta")
    String vote(@PathVariable String slug, @RequestParam MultiValueMap<String, String> fields, Locale locale,
            RedirectAttributes redirect) {
        BudgetProcess process = service.process(slug);
        outcome.run(redirect, locale, "participation.notice.voted",
                () -> service.vote(slug, choices(process.getRule(), fields)));
        return "redirect:" + ProcessPages.BASE + "/" + slug + "/votar";
    }

    @GetMapping(ProcessPages.BASE + "/{slug}/mesa")
    String table(@PathVariable String slug, Model model) {
        BudgetProcess process = service.process(slug);
        service.entitledOn(process).require(BudgetAction.REGISTER_BALLOT);
        model.addAttribute("process", process);
        model.addAttribute("phase", service.phase(process));
        model.addAttribute("districts", service.districts(process));
        model.addAttribute("offers", offers(process));
        model.addAttribute("allowed", service.allowedOn(process));
        model.addAttribute("ballots", ProcessPages.byName(service.ballotCounts(process)));
        model.addAttribute("channels", OFFICIAL_CHANNELS);
        return "participation/table";
    }

    @PostMapping(ProcessPages.BASE + "/{slug}/mesa")
    String registerAtTable(@PathVariable String slug, @RequestParam MultiValueMap<String, String> fields,
            Locale locale, RedirectAttributes redirect) {
        BudgetProcess process = service.process(slug);
        outcome.run(redirect, locale, ConsultationPages.TABLE_FORM, "participation.notice.registered",
                () -> service.registerByOfficial(slug, channel(fields.getFirst("channel")), fields.getFirst("curp"),
                        fields.getFirst("districtSlug"), fields.getFirst("pollingTable"),
                        choices(process.getRule(), fields)));
        redirect.addFlashAttribute("lastTable", fields.getFirst("pollingTable"));
        redirect.addFlashAttribute("lastChannel", fields.getFirst("channel"));
        return "redirect:" + ProcessPages.BASE + "/" + slug + "/mesa";
    }

    /** The channels an official registers a ballot through: at the polling table, or received there remotely. */
    static final List<Channel> OFFICIAL_CHANNELS = List.of(Channel.IN_PERSON, Channel.REMOTE);

    /** The channel the table's form names (in person when it names none, as before the form asked). */
    static Channel channel(String value) {
        return OFFICIAL_CHANNELS.stream().filter(c -> c.name().equals(value)).findFirst()
                .orElse(value == null || value.isBlank() ? Channel.IN_PERSON : null);
    }

    /**
     * The projects a ballot names, as typed: the checked {@code choices} (knapsack, approval), or, when the rule
     * ranks, each {@code lugar-{id}} given a place, ordered by it — two projects given the same place are kept as such,
     * for the service to refuse naming them, never ordered by the request. A place that is not a whole number from 1
     * is refused here, naming its project.
     */
    static BallotCount.Choices choices(VotingRule rule, MultiValueMap<String, String> fields) {
        if (rule != VotingRule.RANKED) {
            List<Long> chosen = new ArrayList<>();
            for (String value : fields.getOrDefault("choices", List.of())) {
                number(value).ifPresent(chosen::add);
            }
            return BallotCount.Choices.of(chosen);
        }
        Map<Long, Long> placeOf = new TreeMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : fields.entrySet()) {
            if (e.getKey().startsWith("lugar-") && !e.getValue().isEmpty() && !Texts.isBlank(e.getValue().get(0))) {
                var id = number(e.getKey().substring(6));
                var place = number(e.getValue().get(0)).filter(n -> n > 0);
                if (id.isPresent() && place.isPresent()) {
                    placeOf.put(id.get(), place.get());
                } else if (id.isPresent()) {
                    problems.add(new FieldProblem(e.getKey(), "participation.error.badPlace", e.getValue().get(0)));
                }
            }
        }
        InvalidInputException.throwIfAny(problems);
        return BallotCount.Choices.ranked(placeOf);
    }

    static java.util.Optional<Long> number(String text) {
        if (text == null || text.isBlank() || text.strip().length() > 18 || !text.strip().chars().allMatch(Character::isDigit)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Long.parseLong(text.strip()));
    }
}
