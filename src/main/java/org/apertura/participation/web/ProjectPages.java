package org.apertura.participation.web;

import java.io.IOException;
import org.apertura.participation.BudgetAction;
import org.apertura.participation.BudgetProcess;
import org.apertura.participation.BudgetProject;
import org.apertura.participation.ParticipationService;
import org.apertura.participation.VotingRule;
import org.apertura.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Proposing a project (signed in, while proposals are open) and opening a process in an exercise (who runs it). */
@Controller
class ProjectPages {

    private final ParticipationService service;
    private final org.apertura.participation.DebateService debates;
    private final org.springframework.context.MessageSource messages;
    private final org.apertura.participation.ProjectMedia media;

    ProjectPages(ParticipationService service, org.apertura.participation.DebateService debates,
            org.springframework.context.MessageSource messages, org.apertura.participation.ProjectMedia media) {
        this.media = media;
        this.service = service;
        this.debates = debates;
        this.messages = messages;
    }

    @InitBinder
    void fields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @GetMapping(ProcessPages.BASE + "/{slug}/proponer")
    String proposeForm(@PathVariable String slug, @ModelAttribute("form") ParticipationForms.ProjectForm form,
            BindingResult errors, @org.springframework.web.bind.annotation.RequestParam(required = false) Integer debate,
            Model model, java.util.Locale locale) {
        service.requireSignedIn();
        BudgetProcess process = service.process(slug);
        if (debate != null && form.title == null) {
            // a debate turns into a proposal: its topic as the title, and a line that says where it came from
            var from = debates.debate(process, debate);
            form.title = from.getTitle();
            form.description = messages.getMessage("participation.debate.from", new Object[] {from.getTitle()},
                    locale);
        }
        return proposeForm(process, model);
    }

    private String proposeForm(BudgetProcess process, Model model) {
        model.addAttribute("process", process);
        model.addAttribute("districts", service.districts(process));
        model.addAttribute("phase", service.phase(process));
        model.addAttribute("allowed", service.allowedOn(process));
        org.apertura.platform.web.MediaForms.limits(model);
        model.addAttribute("htmx", true);
        return "participation/project-form";
    }

    @PostMapping(ProcessPages.BASE + "/{slug}/proyectos")
    String propose(@PathVariable String slug, @ModelAttribute("form") ParticipationForms.ProjectForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) throws IOException {
        var image = org.apertura.platform.web.MediaForms.upload(form.image, form.imageAlt);
        return FormErrors.submit(errors, () -> media.propose(slug, form.toText(), image), redirect,
                "participation.notice.proposed", p -> ProcessPages.BASE + "/" + slug + "/proyectos/" + p.getNumber(),
                () -> proposeForm(service.process(slug), model));
    }

    /**
     * The process's projects that resemble what the person is writing (ADR 0065's similar proposals, for projects),
     * with the form as they left it: the «Buscar proyectos parecidos» button without JavaScript, and htmx's request as
     * they type. Stores nothing.
     */
    @PostMapping(ProcessPages.BASE + "/{slug}/proyectos/parecidos")
    String similar(@PathVariable String slug, @ModelAttribute("form") ParticipationForms.ProjectForm form,
            BindingResult errors, Model model) {
        BudgetProcess process = service.process(slug);
        model.addAttribute("similar", org.apertura.platform.SimilarTexts.resembling(service.projects(process),
                p -> p.getTitle() + " " + p.getDescription(), BudgetProject::getNumber, form.title, form.description));
        return proposeForm(process, model);
    }

    @GetMapping("/ejercicios/{slug}/presupuestos-participativos/nuevo")
    String processForm(@PathVariable String slug, @ModelAttribute("form") ParticipationForms.ProcessForm form,
            BindingResult errors, Model model) {
        service.allowedOn(service.exercise(slug)).require(BudgetAction.CONFIGURE);
        return processForm(slug, model);
    }

    private String processForm(String slug, Model model) {
        model.addAttribute("exercise", service.exercise(slug));
        model.addAttribute("rules", VotingRule.values());
        return "participation/process-form";
    }

    @PostMapping("/ejercicios/{slug}/presupuestos-participativos")
    String create(@PathVariable String slug, @ModelAttribute("form") ParticipationForms.ProcessForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return FormErrors.submit(errors, () -> service.create(slug, form.toTerms()), redirect,
                "participation.notice.created", p -> ProcessPages.BASE + "/" + p.getSlug(),
                () -> processForm(slug, model));
    }
}
