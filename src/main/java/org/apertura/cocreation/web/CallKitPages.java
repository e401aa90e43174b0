package org.apertura.cocreation.web;

import java.time.LocalDate;
import org.apertura.actionplan.Exercise;
import org.apertura.cocreation.CallAction;
import org.apertura.cocreation.CallKit;
import org.apertura.cocreation.CocreationService;
import org.apertura.platform.kits.KitImports;
import org.apertura.platform.kits.KitWriter;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A call's kit (issue 18, docs/KITS.md): anyone downloads it from the call's page; those who may create the calls of
 * an exercise import another government's call kit into it with their own address and dates. The result shows where
 * it was adapted from; a refused kit says why, in the reader's language, and changes nothing.
 */
@Controller
class CallKitPages {

    private final CocreationService service;
    private final CallKit kits;

    CallKitPages(CocreationService service, CallKit kits) {
        this.service = service;
        this.kits = kits;
    }

    /** The upload and how to adapt it; the file is bound as a field so its problems show beside it. */
    public static class CallKitForm {
        public MultipartFile kit;
        public String slug;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate submissionOpens;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate submissionCloses;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate supportOpens;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate supportCloses;
    }

    @InitBinder("form")
    void fields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @GetMapping("/convocatorias/{slug}/kit.zip")
    ResponseEntity<byte[]> kit(@PathVariable String slug) {
        byte[] zip = kits.zip(slug);
        return KitWriter.download(kits.fileName(service.call(slug)), zip);
    }

    @GetMapping("/ejercicios/{slug}/convocatorias/importar")
    String form(@PathVariable String slug, @ModelAttribute("form") CallKitForm form, BindingResult errors,
            Model model) {
        return page(slug, model);
    }

    @PostMapping("/ejercicios/{slug}/convocatorias/importar")
    String importKit(@PathVariable String slug, @ModelAttribute("form") CallKitForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        return KitImports.page(errors, form.kit, in -> kits.importInto(slug, new CallKit.Adapting(form.slug,
                form.submissionOpens, form.submissionCloses, form.supportOpens, form.supportCloses), in), redirect,
                "kit.notice.importedCall", call -> "/convocatorias/" + call.getSlug(), () -> page(slug, model));
    }

    private String page(String slug, Model model) {
        Exercise exercise = service.exercise(slug);
        service.require(exercise, CallAction.CREATE_CALL);
        model.addAttribute("exercise", exercise);
        return "cocreation/import-kit";
    }
}
