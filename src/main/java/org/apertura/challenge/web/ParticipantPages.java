package org.apertura.challenge.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apertura.challenge.Challenge;
import org.apertura.challenge.ChallengeAction;
import org.apertura.challenge.ChallengeService;
import org.apertura.challenge.FreeLicences;
import org.apertura.challenge.Team;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.security.PublicActor;
import org.apertura.platform.web.FlashOutcome;
import org.apertura.platform.web.FormErrors;
import org.springframework.security.access.AccessDeniedException;
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

/** The pages of the people taking part: a team's own page (its join code and its submission) and the jury's. */
@Controller
class ParticipantPages {

    private final ChallengeService service;
    private final FlashOutcome outcome;

    ParticipantPages(ChallengeService service, FlashOutcome outcome) {
        this.service = service;
        this.outcome = outcome;
    }

    @InitBinder
    void fields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @GetMapping("/retos/{slug}/mi-equipo")
    String team(@PathVariable String slug, Model model) {
        if (PublicActor.current().isEmpty()) {
            throw new AccessDeniedException("a team's page is for its members: sign in first");
        }
        Challenge c = service.challenge(slug);
        Team team = service.myTeam(c).orElseThrow(() -> new NotFoundException("no team"));
        model.addAttribute("form", ChallengeForms.SubmissionForm.of(service.submissionOf(team).orElse(null)));
        return teamPage(c, team, model);
    }

    @PostMapping("/retos/{slug}/entrega")
    String submit(@PathVariable String slug, @ModelAttribute("form") ChallengeForms.SubmissionForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return FormErrors.submit(errors, () -> service.submit(slug, form.title, form.description, form.link,
                form.licence), redirect, "challenge.notice.submitted", s -> "/retos/" + slug + "/mi-equipo", () -> {
                    Challenge c = service.challenge(slug);
                    return service.myTeam(c).map(team -> teamPage(c, team, model))
                            .orElseGet(() -> "redirect:/retos/" + slug);
                });
    }

    private String teamPage(Challenge c, Team team, Model model) {
        model.addAttribute("c", c);
        model.addAttribute("team", team);
        model.addAttribute("members", service.detail(c.getSlug()).teams().stream()
                .filter(t -> t.id().equals(team.getId())).findFirst().orElseThrow().members());
        model.addAttribute("submission", service.submissionOf(team).orElse(null));
        model.addAttribute("submissionsOpen", c.submissionsOpenOn(service.today()));
        model.addAttribute("rubric", service.rubric(c));
        model.addAttribute("licences", FreeLicences.list());
        return "challenge/team";
    }

    @GetMapping("/retos/{slug}/calificar")
    String jury(@PathVariable String slug, Model model) {
        Challenge c = service.challenge(slug);
        service.allowedOn(c).require(ChallengeAction.SCORE);
        model.addAttribute("c", c);
        model.addAttribute("judging", c.judgingOn(service.today()));
        model.addAttribute("rubric", service.rubric(c));
        model.addAttribute("submissions", service.toScore(c));
        model.addAttribute("teamNames", service.detail(slug).teams().stream()
                .collect(java.util.stream.Collectors.toMap(t -> t.id(), t -> t.name())));
        model.addAttribute("mine", service.myEvaluations(c));
        return "challenge/jury";
    }

    @PostMapping("/retos/{slug}/entregas/{id}/calificacion")
    String score(@PathVariable String slug, @PathVariable Long id, @RequestParam Map<String, String> params,
            Locale locale, RedirectAttributes redirect) {
        Map<Long, Integer> scores = new HashMap<>();
        params.forEach((key, value) -> {
            if (key.startsWith("criterio-")) {
                try {
                    scores.put(Long.valueOf(key.substring("criterio-".length())), Integer.valueOf(value.strip()));
                } catch (NumberFormatException ignored) {
                    // a missing or unreadable score is reported by the rule
                }
            }
        });
        outcome.run(redirect, locale, "challenge.notice.scored",
                () -> service.score(slug, id, scores, params.get("comment")));
        return "redirect:/retos/" + slug + "/calificar#entrega-" + id;
    }
}
