package org.apertura.infographics.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import org.apertura.infographics.DayType;
import org.apertura.infographics.NormAction;
import org.apertura.infographics.NormKit;
import org.apertura.infographics.NormService;
import org.apertura.infographics.NormType;
import org.apertura.infographics.NormView;
import org.apertura.plainlanguage.AnalysisView;
import org.apertura.plainlanguage.PlainLanguageService;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.kits.KitReader;
import org.apertura.platform.kits.KitWriter;
import org.apertura.platform.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editor of norms in the browser, for the institution's NORMS_EDITOR: a desk with their institutions' norms, a
 * form to publish a new norm and one to publish a new version of a norm. The form works without JavaScript: "add a
 * step" sends it back with one more row; the score of the citizen version in plain language shows beside it.
 */
@Controller
class NormEditorPages {

    static final String ADD_STEP = "agregar-paso";

    private final NormService service;
    private final MessageSource messages;
    private final NormKit kits;

    NormEditorPages(NormService service, MessageSource messages, NormKit kits) {
        this.service = service;
        this.messages = messages;
        this.kits = kits;
    }

    /** Another government's norm kit and the institution (of the editor's) whose new norm it starts. */
    public static class NormKitForm {
        private MultipartFile kit;
        private String institution;

        public MultipartFile getKit() {
            return kit;
        }

        public void setKit(MultipartFile kit) {
            this.kit = kit;
        }

        public String getInstitution() {
            return institution;
        }

        public void setInstitution(String institution) {
            this.institution = institution;
        }
    }

    @GetMapping("/normas/{slug}/kit.zip")
    ResponseEntity<byte[]> kit(@PathVariable String slug) {
        byte[] zip = kits.zip(slug);
        return KitWriter.download(kits.fileName(slug), zip);
    }

    @GetMapping("/normas/gestion/importar")
    String importForm(@ModelAttribute("form") NormKitForm form, BindingResult errors, Model model) {
        return importPage(model);
    }

    /**
     * Reads another government's norm kit (issue 18, docs/KITS.md) into the form of a new norm of one of the editor's
     * institutions, to adapt before publishing; a refused kit says why beside the field. Nothing is written here.
     */
    @PostMapping("/normas/gestion/importar")
    String importKit(@ModelAttribute("form") NormKitForm form, BindingResult errors, Model model) {
        service.desksRequired();
        service.allowedOn(form.institution == null ? "" : form.institution).require(NormAction.CREATE);
        Optional<NormKit.Read> read = FormErrors.attempt(errors, () -> KitReader.fromUpload(form.kit, kits::read));
        if (read.isEmpty()) {
            return importPage(model);
        }
        model.addAttribute("notice", "kit.notice.readNorm");
        return form(NormForm.adapted(read.get(), form.institution), null, model);
    }

    private String importPage(Model model) {
        model.addAttribute("desks", service.desksRequired());
        return "infographics/import-kit";
    }

    @GetMapping("/normas/gestion")
    String desk(Model model) {
        var desks = service.desksRequired();
        model.addAttribute("desks", desks);
        model.addAttribute("norms", service.all().stream()
                .filter(n -> desks.stream().anyMatch(i -> i.getSlug().equals(n.institutionSlug()))).toList());
        return "infographics/desk";
    }

    @GetMapping("/normas/gestion/nueva")
    String newForm(@RequestParam(name = "institucion", required = false) String institution, Model model) {
        var desks = service.desksRequired();
        String chosen = institution != null ? institution : desks.get(0).getSlug();
        service.allowedOn(chosen).require(NormAction.CREATE);
        return form(NormForm.empty(chosen), null, model);
    }

    @PostMapping("/normas/gestion/nueva")
    String create(@ModelAttribute("form") NormForm form, BindingResult binding,
            @RequestParam(name = "accion", required = false) String action,
            @RequestParam(name = "officialTextFile", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect) {
        service.desksRequired();
        if (ADD_STEP.equals(action)) {
            form.addEmptySteps(1);
            return form(form, null, model);
        }
        form.dropEmptySteps();
        return FormErrors.submit(binding, () -> form.adaptation() == null
                ? service.create(form.draft(), upload(file))
                : service.importNorm(form.draft(), upload(file), form.adaptation()), redirect,
                "norm.published.flash", created -> "/normas/" + created.getSlug(), () -> {
                    form.addEmptySteps(1);
                    return form(form, null, model);
                });
    }

    @GetMapping("/normas/{slug}/editar")
    String editForm(@PathVariable String slug, Model model) {
        NormView norm = service.find(slug).orElseThrow(() -> new NotFoundException("norm"));
        service.allowedOn(norm.institutionSlug()).require(NormAction.EDIT);
        return form(NormForm.of(norm), norm, model);
    }

    @PostMapping("/normas/{slug}/editar")
    String revise(@PathVariable String slug, @ModelAttribute("form") NormForm form, BindingResult binding,
            @RequestParam(name = "accion", required = false) String action,
            @RequestParam(name = "officialTextFile", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect) {
        NormView norm = service.find(slug).orElseThrow(() -> new NotFoundException("norm"));
        service.allowedOn(norm.institutionSlug()).require(NormAction.EDIT);
        form.setSlug(slug);
        form.setInstitution(norm.institutionSlug());
        if (ADD_STEP.equals(action)) {
            form.addEmptySteps(1);
            return form(form, norm, model);
        }
        form.dropEmptySteps();
        return FormErrors.submit(binding, () -> service.revise(slug, form.draft(), upload(file)), redirect,
                "norm.revised.flash", revised -> "/normas/" + slug, () -> {
                    form.addEmptySteps(1);
                    return form(form, norm, model);
                });
    }

    private static NormService.OfficialFile upload(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            return new NormService.OfficialFile(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String form(NormForm form, NormView norm, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("norm", norm);
        model.addAttribute("adaptation", norm == null ? form.shownAdaptation() : null);
        model.addAttribute("desks", service.desks());
        model.addAttribute("types", NormType.values());
        model.addAttribute("dayTypes", DayType.values());
        String text = form.draft().citizenVersion().plainText();
        Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        model.addAttribute("analysis", text.isBlank() ? null
                : AnalysisView.of(PlainLanguageService.analyseUnchecked(text), messages, locale));
        return "infographics/editor";
    }
}
