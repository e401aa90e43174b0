package org.apertura.cocreation.web;

import org.apertura.cocreation.Call;
import org.apertura.cocreation.CallAction;
import org.apertura.cocreation.CocreationService;
import org.apertura.cocreation.WorkingTable;
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

/** Working tables of a call: the public record, and the coordinator's form. */
@Controller
class TablePages {

    private final CocreationService service;

    TablePages(CocreationService service) {
        this.service = service;
    }

    @InitBinder
    void fields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @GetMapping("/mesas/{id}")
    String table(@PathVariable Long id, Model model) {
        WorkingTable table = service.table(id);
        Call call = service.callOf(table);
        model.addAttribute("t", table);
        model.addAttribute("call", call);
        model.addAttribute("proposals", service.proposals(call).stream()
                .filter(p -> table.getProposalIds().contains(p.getId())).toList());
        model.addAttribute("commitments", service.commitmentsOf(call).stream()
                .filter(c -> table.getCommitmentIds().contains(c.getId())).toList());
        model.addAttribute("allowed", service.allowedOn(call));
        return "cocreation/table";
    }

    @GetMapping("/convocatorias/{slug}/mesas/nueva")
    String newTable(@PathVariable String slug, @ModelAttribute("form") CocreationForms.TableForm form,
            BindingResult errors, Model model) {
        return tableForm(service.call(slug), null, model);
    }

    @PostMapping("/convocatorias/{slug}/mesas")
    String record(@PathVariable String slug, @ModelAttribute("form") CocreationForms.TableForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return FormErrors.submit(errors, () -> service.recordTable(slug, form.toRecord()), redirect,
                "cocreation.notice.tableRecorded", t -> "/mesas/" + t.getId(),
                () -> tableForm(service.call(slug), null, model));
    }

    @GetMapping("/mesas/{id}/editar")
    String editTable(@PathVariable Long id, Model model) {
        WorkingTable table = service.table(id);
        model.addAttribute("form", CocreationForms.TableForm.of(table));
        return tableForm(service.callOf(table), table, model);
    }

    @PostMapping("/mesas/{id}")
    String update(@PathVariable Long id, @ModelAttribute("form") CocreationForms.TableForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        WorkingTable table = service.table(id);
        return FormErrors.submit(errors, () -> service.updateTable(id, form.toRecord()), redirect,
                "cocreation.notice.tableChanged", t -> "/mesas/" + id,
                () -> tableForm(service.callOf(table), table, model));
    }

    private String tableForm(Call call, WorkingTable table, Model model) {
        service.require(service.exerciseOf(call), table == null ? CallAction.RECORD_TABLE : CallAction.EDIT_TABLE);
        model.addAttribute("call", call);
        model.addAttribute("table", table);
        model.addAttribute("sectors", WorkingTable.Sector.values());
        model.addAttribute("proposals", service.proposals(call));
        model.addAttribute("commitments", service.commitmentsOf(call));
        return "cocreation/table-form";
    }
}
