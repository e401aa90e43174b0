package org.apertura.national.web;

import org.apertura.national.Harvester;
import org.apertura.national.NationalService;
import org.apertura.national.NationalView;
import org.apertura.platform.chart.Charts;
import org.apertura.platform.web.FormErrors;
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
 * Administrators make this instance a national node, add and remove member instances (an http(s) address, the state
 * and, for a municipality, its name) and harvest them now. The services check that the person is an administrator.
 */
@Controller
class NationalAdminPages {

    private final NationalService service;
    private final NationalView view;

    NationalAdminPages(NationalService service, NationalView view) {
        this.service = service;
        this.view = view;
    }

    @GetMapping("/admin/nacional")
    String page(Model model) {
        model.addAttribute("form", new MemberForm());
        return listPage(model);
    }

    private String listPage(Model model) {
        model.addAttribute("node", service.isNationalNode());
        model.addAttribute("configured", service.isConfiguredNational());
        model.addAttribute("members", view.members());
        model.addAttribute("stateNames", Charts.states());
        return "national/admin";
    }

    @PostMapping("/admin/nacional/nodo")
    String switchNode(@RequestParam(name = "activo", defaultValue = "false") boolean on, RedirectAttributes redirect) {
        service.switchNode(on);
        redirect.addFlashAttribute("notice", on ? "national.notice.on" : "national.notice.off");
        return "redirect:/admin/nacional";
    }

    @PostMapping("/admin/nacional/miembros")
    String add(@ModelAttribute("form") MemberForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        return FormErrors.submit(errors, () -> service.add(form.toDraft()), redirect,
                "national.notice.added", added -> "/admin/nacional#miembro-" + added.getId(), () -> listPage(model));
    }

    @PostMapping("/admin/nacional/miembros/{id}/cosecha")
    String harvest(@PathVariable long id, RedirectAttributes redirect) {
        Harvester.Result result = service.harvestNow(id);
        redirect.addFlashAttribute("notice", notice(result));
        return "redirect:/admin/nacional#miembro-" + id;
    }

    @PostMapping("/admin/nacional/cosecha")
    String harvestAll(RedirectAttributes redirect) {
        service.harvestAllNow();
        redirect.addFlashAttribute("notice", "national.notice.harvestedAll");
        return "redirect:/admin/nacional";
    }

    @PostMapping("/admin/nacional/miembros/{id}/baja")
    String remove(@PathVariable long id, RedirectAttributes redirect) {
        service.remove(id);
        redirect.addFlashAttribute("notice", "national.notice.removed");
        return "redirect:/admin/nacional";
    }

    private static String notice(Harvester.Result result) {
        return switch (result.status()) {
            case CURRENT -> "national.notice.harvested";
            case ALTERED -> "national.notice.altered";
            default -> "national.notice.stale";
        };
    }
}
