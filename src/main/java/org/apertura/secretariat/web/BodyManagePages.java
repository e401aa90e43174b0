package org.apertura.secretariat.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apertura.identity.Sector;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.web.FlashOutcome;
import org.apertura.platform.web.FormErrors;
import org.apertura.secretariat.BodyKind;
import org.apertura.secretariat.CollegiateBody;
import org.apertura.secretariat.MemberRole;
import org.apertura.secretariat.QuorumRule;
import org.apertura.secretariat.SecretariatService;
import org.apertura.secretariat.SessionKind;
import org.apertura.secretariat.VoteChoice;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How a coordinator runs a body: members, calling sessions, attendance, agreements and their votes,
 * approving the minutes. Each action goes through the service, which checks the role and the rules.
 */
@Controller
class BodyManagePages {

    private final SecretariatService service;
    private final JurisdictionService jurisdictions;
    private final FlashOutcome outcome;

    BodyManagePages(SecretariatService service, JurisdictionService jurisdictions, FlashOutcome outcome) {
        this.service = service;
        this.jurisdictions = jurisdictions;
        this.outcome = outcome;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("bodyKinds", BodyKind.values());
        model.addAttribute("quorumRules", QuorumRule.values());
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("memberRoles", MemberRole.values());
        model.addAttribute("sessionKinds", SessionKind.values());
    }

    @GetMapping("/admin/organos/nuevo")
    String newBody(Model model) {
        model.addAttribute("form", new BodyForms.BodyForm());
        model.addAttribute("jurisdictions", jurisdictions.all());
        return "secretariat/new-body";
    }

    @PostMapping("/admin/organos")
    String createBody(@ModelAttribute("form") BodyForms.BodyForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(errors, () -> service.createBody(form.toDraft()), redirect,
                "body.notice.created", body -> "/organos/" + body.getSlug() + "/gestion", () -> {
                    model.addAttribute("jurisdictions", jurisdictions.all());
                    return "secretariat/new-body";
                });
    }

    @GetMapping("/organos/{slug}/gestion")
    String manage(@PathVariable String slug, Model model) {
        model.addAttribute("memberForm", new BodyForms.MemberForm());
        model.addAttribute("sessionForm", new BodyForms.SessionForm());
        return managePage(slug, model);
    }

    @PostMapping("/organos/{slug}/integrantes")
    String addMember(@PathVariable String slug, @ModelAttribute("memberForm") BodyForms.MemberForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return FormErrors.submit(errors, () -> service.addMember(slug, form.toDraft()), redirect,
                "member.notice.added", member -> "/organos/" + slug + "/gestion", () -> {
                    model.addAttribute("sessionForm", new BodyForms.SessionForm());
                    return managePage(slug, model);
                });
    }

    @PostMapping("/organos/{slug}/sesiones")
    String callSession(@PathVariable String slug, @ModelAttribute("sessionForm") BodyForms.SessionForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return FormErrors.submit(errors, () -> service.callSession(slug, form.toDraft()), redirect,
                "session.notice.called", session -> "/organos/" + slug + "/sesiones/" + session.getNumber(), () -> {
                    model.addAttribute("memberForm", new BodyForms.MemberForm());
                    return managePage(slug, model);
                });
    }

    @PostMapping("/organos/{slug}/sesiones/{number}/asistencia")
    String attendance(@PathVariable String slug, @PathVariable int number,
            @RequestParam(name = "present", required = false) List<Long> present, Locale locale,
            RedirectAttributes redirect) {
        return act(slug, number, locale, redirect, "session.notice.attendance",
                () -> service.recordAttendance(slug, number, present == null ? Set.of() : new HashSet<>(present)));
    }

    /** The session page's form that proposes an agreement (field id {@code agreement-text}). */
    static final FlashOutcome.Form AGREEMENT_FORM = FlashOutcome.Form.of("agreement", "text");

    @PostMapping("/organos/{slug}/sesiones/{number}/acuerdos")
    String propose(@PathVariable String slug, @PathVariable int number, @RequestParam(required = false) String text,
            Locale locale, RedirectAttributes redirect) {
        outcome.run(redirect, locale, AGREEMENT_FORM, "agreement.notice.proposed",
                () -> service.proposeAgreement(slug, number, text));
        return "redirect:/organos/" + slug + "/sesiones/" + number + "#gestion";
    }

    @PostMapping("/organos/{slug}/sesiones/{number}/acuerdos/{agreement}/votos")
    String vote(@PathVariable String slug, @PathVariable int number, @PathVariable int agreement,
            @RequestParam(name = "cerrar", required = false) String close, HttpServletRequest request, Locale locale,
            RedirectAttributes redirect) {
        return act(slug, number, locale, redirect, close != null ? "agreement.notice.decided" : "agreement.notice.votes",
                () -> service.vote(slug, number, agreement, votes(request), close != null));
    }

    /** The votes of a form: one {@code voto-<memberId>} parameter per member who voted. */
    private static Map<Long, VoteChoice> votes(HttpServletRequest request) {
        Map<Long, VoteChoice> votes = new LinkedHashMap<>();
        try {
            request.getParameterMap().forEach((name, values) -> {
                if (name.startsWith("voto-") && values.length > 0 && !values[0].isBlank()) {
                    votes.put(Long.valueOf(name.substring("voto-".length())), VoteChoice.valueOf(values[0]));
                }
            });
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("votes", "validation.required");
        }
        return votes;
    }

    @PostMapping("/organos/{slug}/sesiones/{number}/acta")
    String approveMinutes(@PathVariable String slug, @PathVariable int number, Locale locale,
            RedirectAttributes redirect) {
        return act(slug, number, locale, redirect, "minutes.notice.approved", () -> service.approveMinutes(slug, number));
    }

    /** Runs one action on a session; the outcome (or what went wrong) is shown on the session page. */
    private String act(String slug, int number, Locale locale, RedirectAttributes redirect, String notice,
            Runnable action) {
        outcome.run(redirect, locale, notice, action);
        return "redirect:/organos/" + slug + "/sesiones/" + number + "#gestion";
    }

    private String managePage(String slug, Model model) {
        CollegiateBody body = service.body(slug);
        service.requireManaging(slug);
        model.addAttribute("body", body);
        model.addAttribute("members", service.members(body));
        model.addAttribute("missingSectors", body.missingSectors(service.members(body)));
        return "secretariat/manage";
    }
}
