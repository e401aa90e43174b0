package org.apertura.cocreation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apertura.cocreation.AmendmentService;
import org.apertura.cocreation.Call;
import org.apertura.cocreation.CallAction;
import org.apertura.cocreation.CocreationService;
import org.apertura.cocreation.Proposal;
import org.apertura.platform.Texts;
import org.apertura.platform.web.CsvExport;
import org.apertura.platform.web.FlashOutcome;
import org.apertura.platform.web.FormErrors;
import org.springframework.http.HttpStatus;
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
 * Amendments to a proposal (ADR 0065): the form to propose one, the author's acceptance or rejection and the
 * proposer's withdrawal from the proposal's page, and every amendment of a call as CSV.
 */
@Controller
class AmendmentPages {

    static final List<String> COLUMNS = List.of("cocreation.number", "title", "cocreation.amendment.number",
            "cocreation.amendment.author", "cocreation.amendment.status", "cocreation.amendment.text",
            "cocreation.amendment.reason", "cocreation.amendment.decisionReason", "cocreation.amendment.proposedAt",
            "cocreation.amendment.decidedAt");

    private final AmendmentService amendments;
    private final CocreationService service;
    private final FlashOutcome outcome;
    private final CsvExport csv;

    AmendmentPages(AmendmentService amendments, CocreationService service, FlashOutcome outcome, CsvExport csv) {
        this.amendments = amendments;
        this.service = service;
        this.outcome = outcome;
        this.csv = csv;
    }

    @InitBinder
    void fields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    /** The amendment form: what the proposal proposes, to be rewritten, and why. */
    public static class AmendmentForm {
        public String text;
        public String reason;
    }

    @GetMapping("/propuestas/{id}/enmiendas/nueva")
    String form(@PathVariable Long id, Model model) {
        Proposal proposal = service.proposal(id);
        service.allowedOn(proposal).require(CallAction.PROPOSE_AMENDMENT);
        AmendmentForm form = new AmendmentForm();
        form.text = proposal.getProposal();
        model.addAttribute("form", form);
        return form(proposal, model);
    }

    @PostMapping("/propuestas/{id}/enmiendas")
    String propose(@PathVariable Long id, @ModelAttribute("form") AmendmentForm form, BindingResult errors,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Proposal proposal = service.proposal(id);
        return FormErrors.submit(errors, () -> amendments.propose(id, form.text, form.reason), redirect,
                "cocreation.notice.amendmentProposed", a -> "/propuestas/" + id + "#enmienda-" + a.getId(), () -> {
                    response.setStatus(HttpStatus.BAD_REQUEST.value());
                    return form(proposal, model);
                });
    }

    private String form(Proposal proposal, Model model) {
        Call call = service.callOf(proposal);
        model.addAttribute("p", proposal);
        model.addAttribute("call", call);
        model.addAttribute("exercise", service.exerciseOf(call));
        return "cocreation/amendment-form";
    }

    @PostMapping("/enmiendas/{id}/aceptar")
    String accept(@PathVariable Long id, Locale locale, RedirectAttributes redirect) {
        outcome.run(redirect, locale, "cocreation.notice.amendmentAccepted", () -> amendments.accept(id));
        return back(id);
    }

    @PostMapping("/enmiendas/{id}/rechazar")
    String reject(@PathVariable Long id, @RequestParam(required = false) String reason, Locale locale,
            RedirectAttributes redirect) {
        outcome.run(redirect, locale, FlashOutcome.Form.of("reject-" + id, "decisionReason"),
                "cocreation.notice.amendmentRejected", () -> amendments.reject(id, reason));
        return back(id);
    }

    @PostMapping("/enmiendas/{id}/retirar")
    String withdraw(@PathVariable Long id, Locale locale, RedirectAttributes redirect) {
        outcome.run(redirect, locale, "cocreation.notice.amendmentWithdrawn", () -> amendments.withdraw(id));
        return back(id);
    }

    private String back(Long amendmentId) {
        return "redirect:/propuestas/" + amendments.amendment(amendmentId).getProposalId() + "#enmienda-" + amendmentId;
    }

    /** Every amendment of the call's proposals, with its proposer's public nickname only (or «Participante»). */
    @GetMapping("/convocatorias/{slug}/enmiendas.csv")
    ResponseEntity<byte[]> csv(@PathVariable String slug) {
        Call call = service.call(slug);
        return csv.download("enmiendas-" + slug + ".csv", COLUMNS, amendments.of(call).stream()
                .<List<?>>map(s -> Arrays.asList(s.proposal().getNumber(), s.proposal().getTitle(),
                        s.amendment().getNumber(), s.author(), s.amendment().getStatus(),
                        s.amendment().getAmendedText(), s.amendment().getReason(),
                        Texts.orEmpty(s.amendment().getDecisionReason()), s.amendment().getCreatedAt().toString(),
                        s.amendment().getDecidedAt() == null ? "" : s.amendment().getDecidedAt().toString()))
                .toList());
    }
}
