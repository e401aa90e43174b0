package org.apertura.opendata.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.opendata.Catalog;
import org.apertura.opendata.DataTheme;
import org.apertura.opendata.Dataset;
import org.apertura.opendata.DatasetPublishing;
import org.apertura.opendata.FieldType;
import org.apertura.opendata.FileUpload;
import org.apertura.opendata.Frequency;
import org.apertura.opendata.Licence;
import org.apertura.opendata.OpenDataPolicy;
import org.apertura.opendata.Resource;
import org.apertura.opendata.ResourceDraft;
import org.apertura.opendata.ResourceVersion;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.web.FlashOutcome;
import org.apertura.platform.web.FormErrors;
import org.springframework.security.access.AccessDeniedException;
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
 * The publisher's pages ({@code /datos/publicar/**}): their institutions' datasets, creating one, uploading a file and
 * reading its quality report, filling the data dictionary (pre-filled from the detected types), publishing, editing the
 * metadata, replacing a file (earlier versions stay downloadable), adding a link and withdrawing with a reason. Every
 * form works without JavaScript; bad input shows every problem and saves nothing. Only the institution's data
 * publishers (OpenDataPolicy) see them.
 */
@Controller
class PublisherPages {

    static final String BASE = "/datos/publicar";

    private final Catalog catalog;
    private final DatasetPublishing publishing;
    private final OpenDataPolicy policy;
    private final JurisdictionService directory;
    private final FlashOutcome outcome;

    PublisherPages(Catalog catalog, DatasetPublishing publishing, OpenDataPolicy policy, JurisdictionService directory,
            FlashOutcome outcome) {
        this.catalog = catalog;
        this.publishing = publishing;
        this.policy = policy;
        this.directory = directory;
        this.outcome = outcome;
    }

    private void requirePublisher() {
        if (policy.publishersNow().isEmpty()) {
            throw new AccessDeniedException("data publishers only");
        }
    }

    private Dataset editable(String name) {
        requirePublisher();
        Dataset dataset = catalog.findForEditing(name).orElseThrow(() -> new NotFoundException("dataset " + name));
        if (!policy.allowedNow(dataset).any() && !policy.publishersNow().contains(dataset.getInstitutionSlug())) {
            throw new AccessDeniedException("not a publisher of " + dataset.getInstitutionSlug());
        }
        return dataset;
    }

    @GetMapping(BASE)
    String home(Model model) {
        requirePublisher();
        model.addAttribute("datasets", catalog.forPublisher());
        model.addAttribute("institutions", policy.publishersNow().stream().map(directory::institution).toList());
        return "opendata/publish-home";
    }

    // ---- create and edit

    @GetMapping(BASE + "/nuevo")
    String newForm(@ModelAttribute("form") DatasetForm form, Model model) {
        requirePublisher();
        if (form.getInstitution() == null && policy.publishersNow().size() == 1) {
            form.setInstitution(policy.publishersNow().iterator().next());
        }
        return datasetForm(model, null);
    }

    @PostMapping(BASE + "/nuevo")
    String create(@ModelAttribute("form") DatasetForm form, BindingResult errors, Model model,
            HttpServletResponse response) {
        requirePublisher();
        var created = FormErrors.attempt(errors, () -> publishing.create(form.draft()));
        if (created.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return datasetForm(model, null);
        }
        return "redirect:" + BASE + "/" + created.get().getName() + "?creado";
    }

    @GetMapping(BASE + "/{name}/editar")
    String editForm(@PathVariable String name, Model model) {
        Dataset dataset = editable(name);
        model.addAttribute("form", DatasetForm.of(dataset));
        return datasetForm(model, dataset);
    }

    @PostMapping(BASE + "/{name}/editar")
    String edit(@PathVariable String name, @ModelAttribute("form") DatasetForm form, BindingResult errors, Model model,
            HttpServletResponse response) {
        Dataset dataset = editable(name);
        form.setName(dataset.getName());
        form.setInstitution(dataset.getInstitutionSlug());
        var updated = FormErrors.attempt(errors, () -> publishing.update(name, form.draft()));
        if (updated.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return datasetForm(model, dataset);
        }
        return "redirect:" + BASE + "/" + name + "?guardado";
    }

    private String datasetForm(Model model, Dataset dataset) {
        model.addAttribute("dataset", dataset);
        model.addAttribute("institutions", policy.publishersNow().stream().map(directory::institution).toList());
        model.addAttribute("themes", DataTheme.values());
        model.addAttribute("frequencies", Frequency.values());
        model.addAttribute("licences", Licence.values());
        return "opendata/publish-dataset-form";
    }

    // ---- one dataset: its resources, publish, withdraw

    @GetMapping(BASE + "/{name}")
    String dataset(@PathVariable String name, Model model) {
        Dataset dataset = editable(name);
        model.addAttribute("dataset", dataset);
        model.addAttribute("institution", directory.institution(dataset.getInstitutionSlug()));
        model.addAttribute("allowed", policy.allowedNow(dataset));
        List<Resource> resources = catalog.resources(dataset);
        model.addAttribute("resources", resources);
        model.addAttribute("completeness", catalog.completeness(dataset));
        model.addAttribute("maxUpload", DatasetPublishing.sizeInWords(publishing.maxUpload().toBytes()));
        return "opendata/publish-dataset";
    }

    @PostMapping(BASE + "/{name}/publicar")
    String publish(@PathVariable String name, RedirectAttributes redirect, Locale locale) {
        editable(name);
        outcome.run(redirect, locale, "opendata.publish.done", () -> publishing.publish(name));
        return "redirect:" + BASE + "/" + name;
    }

    /** The dataset page's forms (fields {@code upload-file}, {@code link-url}, {@code withdraw-reason}…). */
    static final FlashOutcome.Form UPLOAD_FORM = FlashOutcome.Form.of("upload", "file", "resourceName",
            "resourceDescription");
    static final FlashOutcome.Form LINK_FORM = FlashOutcome.Form.of("link", "resourceName", "url", "format",
            "resourceDescription");
    static final FlashOutcome.Form WITHDRAW_FORM = FlashOutcome.Form.of("withdraw", "reason");
    /** The resource page's form that replaces its file ({@code replace-file}). */
    static final FlashOutcome.Form REPLACE_FORM = FlashOutcome.Form.of("replace", "file");

    @PostMapping(BASE + "/{name}/retirar")
    String withdraw(@PathVariable String name, @RequestParam(name = "motivo", required = false) String reason,
            RedirectAttributes redirect, Locale locale) {
        editable(name);
        outcome.run(redirect, locale, WITHDRAW_FORM, "opendata.withdraw.done",
                () -> publishing.withdraw(name, reason));
        return "redirect:" + BASE + "/" + name;
    }

    @PostMapping(BASE + "/{name}/enlaces")
    String addLink(@PathVariable String name, @RequestParam(name = "nombre", required = false) String title,
            @RequestParam(name = "descripcion", required = false) String description,
            @RequestParam(name = "url", required = false) String url,
            @RequestParam(name = "formato", required = false) String format, RedirectAttributes redirect,
            Locale locale) {
        editable(name);
        outcome.run(redirect, locale, LINK_FORM, "opendata.link.done",
                () -> publishing.addLink(name, ResourceDraft.link(title, description, url, format)));
        return "redirect:" + BASE + "/" + name;
    }

    // ---- files

    @PostMapping(BASE + "/{name}/archivos")
    String upload(@PathVariable String name, @RequestParam(name = "archivo", required = false) MultipartFile file,
            @RequestParam(name = "nombre", required = false) String title,
            @RequestParam(name = "descripcion", required = false) String description,
            @RequestParam(name = "convertir", defaultValue = "false") boolean convert, RedirectAttributes redirect,
            Locale locale) {
        editable(name);
        Resource[] added = new Resource[1];
        if (!outcome.run(redirect, locale, UPLOAD_FORM, null, () -> added[0] = received(file, convert,
                upload -> publishing.addFile(name, ResourceDraft.named(title, description), upload)))) {
            return "redirect:" + BASE + "/" + name + "#subir";
        }
        return "redirect:" + BASE + "/" + name + "/recursos/" + added[0].getId() + "?subido";
    }

    /** Hands the uploaded file (its stream null when none was sent) to what stores it, and closes its stream. */
    private static <T> T received(MultipartFile file, boolean convert, Function<FileUpload, T> store) {
        try (InputStream in = file == null || file.isEmpty() ? null : file.getInputStream()) {
            return store.apply(new FileUpload(file == null ? null : file.getOriginalFilename(), in, convert));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping(BASE + "/{name}/recursos/{id}")
    String resource(@PathVariable String name, @PathVariable String id, Model model) {
        Dataset dataset = editable(name);
        Resource resource = resourceOf(dataset, id);
        if (!model.containsAttribute("dictionary")) {
            DictionaryForm form = new DictionaryForm();
            catalog.suggestedDictionary(resource).forEach(f -> form.getFields().add(new DictionaryForm.Row(
                    f.getName(), f.getType(), f.getDescription().orElse(null), f.getUnit().orElse(null),
                    f.getAllowedValues().orElse(null))));
            model.addAttribute("dictionary", form);
        }
        return resourcePage(model, dataset, resource);
    }

    private String resourcePage(Model model, Dataset dataset, Resource resource) {
        model.addAttribute("dataset", dataset);
        model.addAttribute("resource", resource);
        model.addAttribute("allowed", policy.allowedNow(dataset));
        List<ResourceVersion> versions = catalog.versions(resource);
        model.addAttribute("versions", versions);
        model.addAttribute("report", versions.isEmpty() ? null : versions.get(0).getQualityReport().orElse(null));
        model.addAttribute("fieldTypes", FieldType.values());
        model.addAttribute("maxUpload", DatasetPublishing.sizeInWords(publishing.maxUpload().toBytes()));
        return "opendata/publish-resource";
    }

    @PostMapping(BASE + "/{name}/recursos/{id}/diccionario")
    String dictionary(@PathVariable String name, @PathVariable String id,
            @ModelAttribute("dictionary") DictionaryForm form, BindingResult errors, Model model,
            HttpServletResponse response) {
        Dataset dataset = editable(name);
        Resource resource = resourceOf(dataset, id);
        var saved = FormErrors.attempt(errors, () -> publishing.defineDictionary(id, form.toFields()));
        if (saved.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return resourcePage(model, dataset, resource);
        }
        return "redirect:" + BASE + "/" + name + "?diccionario";
    }

    @PostMapping(BASE + "/{name}/recursos/{id}/reemplazar")
    String replace(@PathVariable String name, @PathVariable String id,
            @RequestParam(name = "archivo", required = false) MultipartFile file,
            @RequestParam(name = "convertir", defaultValue = "false") boolean convert, RedirectAttributes redirect,
            Locale locale) {
        Dataset dataset = editable(name);
        resourceOf(dataset, id);
        outcome.run(redirect, locale, REPLACE_FORM, "opendata.replace.done",
                () -> received(file, convert, upload -> publishing.replaceFile(id, upload)));
        return "redirect:" + BASE + "/" + name + "/recursos/" + id;
    }

    private Resource resourceOf(Dataset dataset, String id) {
        return catalog.resourceForEditing(id).filter(r -> r.getDatasetId().equals(dataset.getId()))
                .orElseThrow(() -> new NotFoundException("resource " + id));
    }
}
