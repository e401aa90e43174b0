package org.apertura.jurisdiction.web;

import org.apertura.jurisdiction.Branch;
import org.apertura.jurisdiction.GuarantorKind;
import org.apertura.jurisdiction.GuarantorService;
import org.apertura.jurisdiction.JurisdictionLevel;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators register guarantor authorities, assign them and record successions (the service refuses anyone
 * else; /admin/** is for administrators). Every problem shows next to its field, and nothing changes until every
 * rule holds.
 */
@Controller
class GuarantorAdminPages {

    /** Where every change made here leads: the public list of guarantor authorities. */
    private static final String GUARANTORS = "/autoridades-garantes";

    private final GuarantorService service;
    private final JurisdictionService directory;

    GuarantorAdminPages(GuarantorService service, JurisdictionService directory) {
        this.service = service;
        this.directory = directory;
    }

    @GetMapping("/admin/autoridades-garantes")
    String page(Model model) {
        return page(model, new GuarantorForms.AuthorityForm(), new GuarantorForms.AssignmentForm(),
                new GuarantorForms.SuccessionForm());
    }

    @PostMapping("/admin/autoridades-garantes")
    String register(@ModelAttribute("authorityForm") GuarantorForms.AuthorityForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        return FormErrors.submit(errors, () -> service.register(form.toDraft()), redirect,
                "guarantor.notice.registered", saved -> GUARANTORS,
                () -> page(model, form, new GuarantorForms.AssignmentForm(), new GuarantorForms.SuccessionForm()));
    }

    @PostMapping("/admin/autoridades-garantes/asignaciones")
    String assign(@ModelAttribute("assignmentForm") GuarantorForms.AssignmentForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        return FormErrors.submit(errors, () -> service.assign(form.toDraft()), redirect,
                "guarantor.notice.assigned", saved -> GUARANTORS,
                () -> page(model, new GuarantorForms.AuthorityForm(), form, new GuarantorForms.SuccessionForm()));
    }

    @PostMapping("/admin/autoridades-garantes/sucesion")
    String succeed(@ModelAttribute("successionForm") GuarantorForms.SuccessionForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (form.getAuthoritySlug() == null || service.authorities().stream()
                .noneMatch(a -> a.slug().equals(form.getAuthoritySlug()))) {
            errors.rejectValue("authoritySlug", "guarantor.error.notAnAuthority");
            return page(model, new GuarantorForms.AuthorityForm(), new GuarantorForms.AssignmentForm(), form);
        }
        return FormErrors.submit(errors, () -> service.succeed(form.getAuthoritySlug(), form.toDraft()), redirect,
                "guarantor.notice.succeeded", saved -> GUARANTORS,
                () -> page(model, new GuarantorForms.AuthorityForm(), new GuarantorForms.AssignmentForm(), form));
    }

    private String page(Model model, GuarantorForms.AuthorityForm authority, GuarantorForms.AssignmentForm assignment,
            GuarantorForms.SuccessionForm succession) {
        model.addAttribute("authorityForm", authority);
        model.addAttribute("assignmentForm", assignment);
        model.addAttribute("successionForm", succession);
        model.addAttribute("kinds", GuarantorKind.values());
        model.addAttribute("subjectKinds", Branch.values());
        model.addAttribute("authorities", service.authorities());
        model.addAttribute("jurisdictions", directory.all().stream()
                .filter(j -> j.getLevel() != JurisdictionLevel.MUNICIPALITY).toList());
        model.addAttribute("institutions", directory.allInstitutions().stream()
                .filter(i -> i.getJurisdiction().hasGuarantor()).toList());
        return "jurisdiction/admin-guarantors";
    }
}
