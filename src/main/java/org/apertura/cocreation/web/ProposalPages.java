package org.apertura.cocreation.web;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.actionplan.Commitment;
import org.apertura.actionplan.Evidence;
import org.apertura.actionplan.EvidenceService;
import org.apertura.actionplan.Milestone;
import org.apertura.actionplan.Progress;
import org.apertura.actionplan.Theme;
import org.apertura.cocreation.Call;
import org.apertura.cocreation.CallAction;
import org.apertura.platform.intake.Channel;
import org.apertura.cocreation.CocreationService;
import org.apertura.cocreation.Disposition;
import org.apertura.cocreation.Proposal;
import org.apertura.cocreation.WorkingTable;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.web.Downloads;
import org.apertura.platform.web.FlashOutcome;
import org.apertura.platform.web.FormErrors;
import org.springframework.http.MediaType;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Proposals: filing one online, a facilitator's entry from another channel, the public page with its supports,
 * comments, disposition and trace to the commitments, milestones and evidence it fed.
 */
@Controller
class ProposalPages {

    private final CocreationService service;
    private final org.springframework.beans.factory.ObjectProvider<org.apertura.platform.people.PublicProfiles> profiles;
    private final ActionPlanService plans;
    private final EvidenceService evidence;
    private final FlashOutcome outcome;
    private final org.apertura.cocreation.AmendmentService amendments;
    private final org.apertura.cocreation.SimilarProposals similar;
    private final org.apertura.platform.items.PublicItems items;
    private final org.apertura.platform.web.CsvExport csv;
    private final org.apertura.platform.comments.PublicComments comments;
    private final org.apertura.cocreation.ProposalMedia media;

    ProposalPages(CocreationService service, ActionPlanService plans, EvidenceService evidence, FlashOutcome outcome,
            org.springframework.beans.factory.ObjectProvider<org.apertura.platform.people.PublicProfiles> profiles,
            org.apertura.cocreation.AmendmentService amendments, org.apertura.cocreation.SimilarProposals similar,
            org.apertura.platform.items.PublicItems items, org.apertura.platform.web.CsvExport csv,
            org.apertura.platform.comments.PublicComments comments, org.apertura.cocreation.ProposalMedia media) {
        this.csv = csv;
        this.comments = comments;
        this.media = media;
        this.amendments = amendments;
        this.similar = similar;
        this.items = items;
        this.profiles = profiles;
        this.service = service;
        this.plans = plans;
        this.evidence = evidence;
        this.outcome = outcome;
    }

    @InitBinder
    void fields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    // ---- filing

    @GetMapping("/convocatorias/{slug}/propuestas/nueva")
    String newProposal(@PathVariable String slug, @ModelAttribute("form") CocreationForms.ProposalForm form,
            BindingResult errors, Model model) {
        return proposalForm(service.call(slug), null, model);
    }

    @PostMapping("/convocatorias/{slug}/propuestas")
    String propose(@PathVariable String slug, @ModelAttribute("form") CocreationForms.ProposalForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) throws IOException {
        org.apertura.cocreation.ProposalMedia.Extras extras = form.toExtras();
        return FormErrors.submit(errors, () -> media.propose(slug, form.toText(), extras), redirect,
                "cocreation.notice.proposed", p -> "/propuestas/" + p.getId(),
                () -> proposalForm(service.call(slug), null, model));
    }

    /**
     * The proposals of the call that resemble what the person is writing (issue 21), with the form as they left it:
     * the «Buscar propuestas parecidas» button without JavaScript, and htmx's request as they type. Stores nothing.
     */
    @PostMapping("/convocatorias/{slug}/propuestas/parecidas")
    String similar(@PathVariable String slug, @ModelAttribute("form") CocreationForms.ProposalForm form,
            BindingResult errors, Model model) {
        Call call = service.call(slug);
        model.addAttribute("similar", similar.in(call, form.title, form.problem, form.proposal));
        return proposalForm(call, null, model);
    }

    @GetMapping("/convocatorias/{slug}/propuestas/registrar")
    String newEntry(@PathVariable String slug, @ModelAttribute("form") CocreationForms.IntakeForm form,
            BindingResult errors, Model model) {
        return entryForm(service.call(slug), model);
    }

    @PostMapping("/convocatorias/{slug}/propuestas/registradas")
    String enter(@PathVariable String slug, @ModelAttribute("form") CocreationForms.IntakeForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) throws IOException {
        MultipartFile original = form.original;
        byte[] content = original == null || original.isEmpty() ? null : original.getBytes();
        String name = original == null ? null : original.getOriginalFilename();
        return FormErrors.submit(errors, () -> service.enter(slug, form.toText(), form.toIntake(), name, content),
                redirect, "cocreation.notice.entered", p -> "/propuestas/" + p.getId(),
                () -> entryForm(service.call(slug), model));
    }

    @GetMapping("/propuestas/{id}/editar")
    String editProposal(@PathVariable Long id, Model model) {
        Proposal proposal = service.proposal(id);
        service.allowedOn(proposal).require(CallAction.EDIT_PROPOSAL);
        model.addAttribute("form", CocreationForms.ProposalForm.of(proposal));
        return proposalForm(service.callOf(proposal), proposal, model);
    }

    @PostMapping("/propuestas/{id}")
    String edit(@PathVariable Long id, @ModelAttribute("form") CocreationForms.ProposalForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        Proposal proposal = service.proposal(id);
        return FormErrors.submit(errors, () -> service.edit(id, form.toText()), redirect,
                "cocreation.notice.edited", p -> "/propuestas/" + id,
                () -> proposalForm(service.callOf(proposal), proposal, model));
    }

    private String proposalForm(Call call, Proposal proposal, Model model) {
        model.addAttribute("call", call);
        model.addAttribute("proposal", proposal);
        model.addAttribute("themes", call.getThemes().isEmpty() ? EnumSet.allOf(Theme.class) : call.getThemes());
        model.addAttribute("places", service.places(call));
        model.addAttribute("open", call.acceptsProposalsOn(service.today()));
        model.addAttribute("onlyFacilitators", call.getProposers() == Call.Proposers.FACILITATORS);
        model.addAttribute("similarSearch", proposal == null);
        model.addAttribute("htmx", proposal == null);
        org.apertura.platform.web.MediaForms.limits(model);
        return "cocreation/proposal-form";
    }

    private String entryForm(Call call, Model model) {
        service.require(service.exerciseOf(call), CallAction.ENTER_PROPOSAL);
        model.addAttribute("call", call);
        model.addAttribute("themes", call.getThemes());
        model.addAttribute("places", service.places(call));
        model.addAttribute("channels", List.of(Channel.IN_PERSON, Channel.REMOTE));
        return "cocreation/entry-form";
    }

    // ---- the proposal's page

    /** A commitment the proposal fed, with its milestones and their evidence: the end of the trace. */
    public record TracedCommitment(Commitment commitment, Progress progress, List<TracedMilestone> milestones) {
    }

    public record TracedMilestone(Milestone milestone, List<Evidence> evidence) {
    }

    /**
     * A proposal's comments as a public list (issue 21): what its page shows, authors by their public name or
     * «Participante», official answers by the institution's name, hidden ones by their reason only.
     */
    @GetMapping("/propuestas/{id}/comentarios.csv")
    org.springframework.http.ResponseEntity<byte[]> commentsCsv(@PathVariable Long id) {
        Proposal proposal = service.proposal(id);
        return csv.download("comentarios-propuesta-" + proposal.getId() + ".csv",
                org.apertura.platform.comments.CommentFiles.COLUMNS, org.apertura.platform.comments.CommentFiles
                        .cells(comments.of("proposal", proposal.getId().toString())));
    }

    @GetMapping("/propuestas/{id}")
    String proposal(@PathVariable Long id, Model model) {
        Proposal proposal = service.proposal(id);
        Call call = service.callOf(proposal);
        model.addAttribute("p", proposal);
        model.addAttribute("authorProfile", service.onlineAuthorOf(proposal)
                .flatMap(a -> profiles.orderedStream().map(p -> p.pathOf(a)).flatMap(java.util.Optional::stream)
                        .findFirst()).orElse(null));
        model.addAttribute("call", call);
        model.addAttribute("exercise", service.exerciseOf(call));
        model.addAttribute("supports", service.supportCount(proposal));
        model.addAttribute("reachedTable", call.reachesTable(service.supportCount(proposal)));
        model.addAttribute("mine", service.mySupports(call).orElse(null));
        model.addAttribute("canSupport", call.acceptsSupportsOn(service.today()));
        model.addAttribute("allowed", service.allowedOn(proposal));
        model.addAttribute("versions", service.versions(proposal));
        List<org.apertura.cocreation.AmendmentService.Shown> amended = amendments.of(proposal);
        model.addAttribute("amendments", amended);
        model.addAttribute("amendmentNumbers", amended.stream().collect(java.util.stream.Collectors.toMap(
                s -> s.amendment().getId(), s -> s.amendment().getNumber())));
        model.addAttribute("canAmend", call.acceptsProposalsOn(service.today()) && !proposal.hasDisposition());
        List<WorkingTable> tables = service.tablesTakingUp(proposal);
        model.addAttribute("tables", tables);
        model.addAttribute("trace", proposal.getCommitmentIds().stream().map(this::traced)
                .sorted(java.util.Comparator.comparing(t -> t.commitment().getCode())).toList());
        model.addAttribute("dispositions", Disposition.values());
        model.addAttribute("commitments", service.commitmentsOf(call));
        model.addAttribute("today", service.today());
        model.addAttribute("dispositionForm", new CocreationForms.DispositionForm());
        model.addAttribute("panels", items.panels("proposal", proposal.getId().toString()));
        List<org.apertura.cocreation.ProposalFile> files = media.files(proposal);
        model.addAttribute("images", files.stream().filter(org.apertura.cocreation.ProposalFile::isImage).toList());
        model.addAttribute("documents", files.stream().filter(f -> !f.isImage()).toList());
        org.apertura.platform.web.MediaForms.limits(model);
        return "cocreation/proposal";
    }

    private TracedCommitment traced(Long commitmentId) {
        Commitment commitment = plans.commitment(commitmentId);
        Map<Long, List<Evidence>> byMilestone = evidence.byMilestone(commitment);
        return new TracedCommitment(commitment, plans.progress(commitment), plans.milestones(commitment).stream()
                .map(m -> new TracedMilestone(m, byMilestone.getOrDefault(m.getId(), List.of()))).toList());
    }

    /** The scan of a paper original may hold the author's handwriting and contact: only the secretariat sees it. */
    @GetMapping("/propuestas/{id}/original")
    ResponseEntity<byte[]> original(@PathVariable Long id) {
        Proposal proposal = service.proposal(id);
        service.allowedOn(proposal).require(CallAction.SEE_ORIGINAL);
        byte[] content = service.original(proposal).orElseThrow(() -> new NotFoundException("original " + id));
        return Downloads.attachmentUtf8(MediaType.parseMediaType(proposal.getOriginalType()),
                proposal.getOriginalName())
                .body(content);
    }

    // ---- actions on the proposal's page

    @PostMapping("/propuestas/{id}/apoyo")
    String support(@PathVariable Long id, Locale locale, RedirectAttributes redirect) {
        outcome.run(redirect, locale, "cocreation.notice.supported", () -> service.support(id));
        return "redirect:/propuestas/" + id + "#apoyos";
    }

    @PostMapping("/propuestas/{id}/retirar-apoyo")
    String withdraw(@PathVariable Long id, Locale locale, RedirectAttributes redirect) {
        outcome.run(redirect, locale, "cocreation.notice.withdrawn", () -> service.withdraw(id));
        return "redirect:/propuestas/" + id + "#apoyos";
    }

    /** The reasoned response's form: its problems link to its fields (ids {@code disposition-reason}, …). */
    static final org.apertura.platform.web.FlashOutcome.Form DISPOSITION_FORM =
            org.apertura.platform.web.FlashOutcome.Form.of("disposition", "disposition", "reason");

    @PostMapping("/propuestas/{id}/respuesta")
    String dispose(@PathVariable Long id, @ModelAttribute("dispositionForm") CocreationForms.DispositionForm form,
            BindingResult errors, Locale locale, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            outcome.run(redirect, locale, DISPOSITION_FORM, "", () -> {
                throw new InvalidInputException("disposition", "validation.required");
            });
        } else {
            outcome.run(redirect, locale, DISPOSITION_FORM, "cocreation.notice.disposed",
                    () -> service.dispose(id, form.disposition, form.reason, form.commitmentIds));
        }
        return "redirect:/propuestas/" + id + "#respuesta";
    }
}
