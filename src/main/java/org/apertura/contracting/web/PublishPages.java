package org.apertura.contracting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apertura.contracting.OcdsPublication;
import org.apertura.contracting.ProcedureMethod;
import org.apertura.contracting.ProcessDesk;
import org.apertura.contracting.ProcessDesk.Buyer;
import org.apertura.contracting.ProcessStep;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.apertura.platform.web.Downloads;
import org.apertura.platform.web.Paging;
import org.springframework.security.access.AccessDeniedException;
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
 * The procurement officer's pages: their institution's processes with the next step of each, a form per step
 * (each submission one OCDS release through {@link ProcessDesk}, hence {@link OcdsPublication}), and the upload
 * of OCDS files. What may come next is asked of the domain ({@link ProcessStep#next}), never decided here.
 */
@Controller
class PublishPages {

    static final String DESK = "/contrataciones/publicar";

    private final ProcessDesk desk;
    private final OcdsPublication publication;
    private final MessageSource messages;

    PublishPages(ProcessDesk desk, OcdsPublication publication, MessageSource messages) {
        this.desk = desk;
        this.publication = publication;
        this.messages = messages;
    }

    @InitBinder("form")
    void fields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @GetMapping(DESK)
    String desk(@RequestParam(name = "institucion", required = false) String slug,
            @RequestParam(name = "q", required = false) String search,
            @RequestParam(name = "pagina", required = false, defaultValue = "1") int page, Model model,
            jakarta.servlet.http.HttpServletRequest request) {
        List<Buyer> buyers = desk.institutions();
        Buyer chosen = buyers.stream().filter(b -> b.slug().equals(slug)).findFirst().orElse(buyers.get(0));
        model.addAttribute("buyers", buyers);
        model.addAttribute("buyer", chosen);
        String query = search == null ? "" : search.strip();
        model.addAttribute("q", query);
        model.addAttribute("lines", Paging.orLast(Paging.index((long) page - 1),
                index -> desk.processes(chosen.slug(), query, index), model));
        model.addAttribute("pagerBase", Paging.base(request)); // the shared pager keeps the institution and the search
        return "contracting/desk";
    }

    @GetMapping(DESK + "/nuevo")
    String newProcess(@RequestParam(name = "institucion", required = false) String slug,
            @ModelAttribute("form") StepForm form, Model model) {
        form.institution = slug;
        return createPage(form, model);
    }

    @PostMapping(DESK + "/nuevo")
    String create(@ModelAttribute("form") StepForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        List<Buyer> buyers = desk.institutions();
        String slug = buyers.size() == 1 ? buyers.get(0).slug() : form.institution;
        if (slug == null || buyers.stream().noneMatch(b -> b.slug().equals(slug))) {
            result.rejectValue("institution", "contracting.form.institution");
            return createPage(form, model);
        }
        try {
            String ocid = desk.create(slug, form.input());
            redirect.addFlashAttribute("notice", "contracting.desk.created");
            return "redirect:" + DESK + "/" + ocid;
        } catch (InvalidInputException e) {
            apply(e, result);
            return createPage(form, model);
        }
    }

    private String createPage(StepForm form, Model model) {
        List<Buyer> buyers = desk.institutions();
        model.addAttribute("buyers", buyers);
        model.addAttribute("step", ProcessStep.PLANNING);
        model.addAttribute("creating", true);
        model.addAttribute("action", DESK + "/nuevo");
        commonChoices(model);
        return "contracting/step";
    }

    @GetMapping(DESK + "/{ocid}")
    String process(@PathVariable String ocid, Model model) {
        model.addAttribute("process", desk.process(ocid));
        return "contracting/process-desk";
    }

    @GetMapping(DESK + "/{ocid}/{step}")
    String stepPage(@PathVariable String ocid, @PathVariable("step") String stepSlug,
            @ModelAttribute("form") StepForm form, Model model) {
        return stepPage(ocid, step(stepSlug), form, model);
    }

    @PostMapping(DESK + "/{ocid}/{step}")
    String publishStep(@PathVariable String ocid, @PathVariable("step") String stepSlug,
            @ModelAttribute("form") StepForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        ProcessStep step = step(stepSlug);
        try {
            desk.publish(ocid, step, form.input());
            redirect.addFlashAttribute("notice", "contracting.desk.published");
            return "redirect:" + DESK + "/" + ocid;
        } catch (InvalidInputException e) {
            apply(e, result);
            return stepPage(ocid, step, form, model);
        }
    }

    private String stepPage(String ocid, ProcessStep step, StepForm form, Model model) {
        ProcessDesk.Process process = desk.process(ocid);
        model.addAttribute("process", process);
        model.addAttribute("step", step);
        model.addAttribute("creating", false);
        model.addAttribute("allowed", process.next().contains(step));
        model.addAttribute("action", DESK + "/" + ocid + "/" + step.slug());
        commonChoices(model);
        return "contracting/step";
    }

    private static void commonChoices(Model model) {
        model.addAttribute("methods", ProcedureMethod.values());
        model.addAttribute("categories", List.of("goods", "works", "services"));
    }

    private static ProcessStep step(String slug) {
        return ProcessStep.bySlug(slug).orElseThrow(() -> new NotFoundException("step " + slug));
    }

    /** The problems onto the form: a field's next to it, the others at the top. */
    static void apply(InvalidInputException e, BindingResult result) {
        for (FieldProblem problem : e.problems()) {
            if (problem.field() == null || problem.field().isBlank() || problem.field().startsWith("/")) {
                result.reject(problem.messageKey(), problem.args(), problem.messageKey());
            } else if (result.getFieldErrorCount(problem.field()) == 0) {
                result.rejectValue(problem.field(), problem.messageKey(), problem.args(), problem.messageKey());
            }
        }
    }

    // ---- upload of OCDS files

    @GetMapping(DESK + "/subir")
    String uploadPage(Model model) {
        requireOfficer();
        return "contracting/upload";
    }

    @PostMapping(DESK + "/subir")
    String upload(@RequestParam(name = "archivo", required = false) MultipartFile file, Model model,
            HttpServletResponse response, Locale locale) {
        requireOfficer();
        if (file == null || file.isEmpty()) {
            model.addAttribute("problems", words(List.of(new FieldProblem("", "contracting.compile.noFile")), locale));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "contracting/upload";
        }
        try (InputStream input = file.getInputStream()) {
            model.addAttribute("published", publication.publish(input));
            model.addAttribute("fileName", file.getOriginalFilename());
        } catch (InvalidInputException e) {
            model.addAttribute("problems", words(e.problems(), locale));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        } catch (AccessDeniedException e) {
            model.addAttribute("problems", words(List.of(new FieldProblem("", "contracting.upload.notYourBuyer")),
                    locale));
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "contracting/upload";
    }

    private List<String> words(List<FieldProblem> problems, Locale locale) {
        return problems.stream().map(p -> messages.getMessage(p.messageKey(), p.args(), p.messageKey(), locale))
                .toList();
    }

    private void requireOfficer() {
        desk.institutions(); // refuses whoever publishes for no institution
    }

    // ---- documents published with a step

    @GetMapping("/contrataciones/documentos/{sha256}")
    ResponseEntity<byte[]> document(@PathVariable String sha256) {
        ProcessDesk.StoredDocument document = desk.document(sha256)
                .orElseThrow(() -> new NotFoundException("document " + sha256));
        return Downloads.inlineUtf8(MediaType.parseMediaType(document.contentType()), document.fileName())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=31536000, immutable")
                .body(document.content());
    }

    /**
     * Every field of every step's form, bound by name (direct field access); a step reads the ones it shows. The
     * fields are public for the page to show them back (the inputs are written without th:field, whose generated
     * ids would not match their labels inside a parameterised fragment).
     */
    static class StepForm {
        static final int ITEM_ROWS = 5;
        static final int DOCUMENT_ROWS = 2;

        public String institution;
        public String title;
        public String description;
        public String category;
        public String budget;
        public String budgetDescription;
        public String projectId;
        public String project;
        public String rationale;
        public String method;
        public String value;
        public String startDate;
        public String endDate;
        public String supplierName;
        public String supplierRfc;
        public String date;
        public String award;
        public String contract;
        public String signedDate;
        public String paymentAmount;
        public String paymentDate;
        public String milestoneTitle;
        public String milestoneDate;
        public String milestoneMet;
        public List<ItemRow> items = new ArrayList<>(rows(ITEM_ROWS, ItemRow::new));
        public List<DocumentRow> documents = new ArrayList<>(rows(DOCUMENT_ROWS, DocumentRow::new));

        /** The item rows, for the page to list them. */
        public List<ItemRow> getItems() {
            return items;
        }

        public List<DocumentRow> getDocuments() {
            return documents;
        }

        private static <T> List<T> rows(int n, java.util.function.Supplier<T> row) {
            List<T> list = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                list.add(row.get());
            }
            return list;
        }

        ProcessDesk.StepInput input() {
            Map<String, String> fields = new LinkedHashMap<>();
            put(fields, "title", title);
            put(fields, "description", description);
            put(fields, "category", category);
            put(fields, "budget", budget);
            put(fields, "budgetDescription", budgetDescription);
            put(fields, "projectId", projectId);
            put(fields, "project", project);
            put(fields, "rationale", rationale);
            put(fields, "method", method);
            put(fields, "value", value);
            put(fields, "startDate", startDate);
            put(fields, "endDate", endDate);
            put(fields, "supplierName", supplierName);
            put(fields, "supplierRfc", supplierRfc);
            put(fields, "date", date);
            put(fields, "award", award);
            put(fields, "contract", contract);
            put(fields, "signedDate", signedDate);
            put(fields, "paymentAmount", paymentAmount);
            put(fields, "paymentDate", paymentDate);
            put(fields, "milestoneTitle", milestoneTitle);
            put(fields, "milestoneDate", milestoneDate);
            put(fields, "milestoneMet", milestoneMet);
            List<ProcessDesk.Item> itemInputs = items.stream()
                    .map(r -> new ProcessDesk.Item(r.description, r.classification, r.quantity, r.unit)).toList();
            List<ProcessDesk.Document> documentInputs = documents.stream().map(DocumentRow::input).toList();
            return new ProcessDesk.StepInput(fields, itemInputs, documentInputs);
        }

        private static void put(Map<String, String> fields, String name, String value) {
            if (value != null) {
                fields.put(name, value);
            }
        }
    }

    /** One row of things bought. */
    static class ItemRow {
        public String description;
        public String classification;
        public String quantity;
        public String unit;
    }

    /** One document: a link, or a file. */
    static class DocumentRow {
        public String title;
        public String url;
        public MultipartFile file;

        ProcessDesk.Document input() {
            try {
                boolean hasFile = file != null && !file.isEmpty();
                return new ProcessDesk.Document(title, url, hasFile ? file.getOriginalFilename() : null,
                        hasFile ? file.getBytes() : null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
