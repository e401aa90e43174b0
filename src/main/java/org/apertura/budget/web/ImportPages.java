package org.apertura.budget.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apertura.budget.BudgetImportException;
import org.apertura.budget.BudgetImports;
import org.apertura.budget.BudgetKind;
import org.apertura.budget.BudgetPolicy;
import org.apertura.budget.BudgetSnapshot;
import org.apertura.budget.ColumnMapping;
import org.apertura.budget.ImportField;
import org.apertura.budget.Period;
import org.apertura.budget.Upload;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.platform.time.Today;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Importing a month's or a quarter's figures for a budget office: upload the file, check the column mapping the page guessed (or the one
 * saved last time) against a preview of the first rows, confirm; an import with problems lists each one and saves
 * nothing. Only people the policy lets import see these pages.
 */
@Controller
class ImportPages {

    private final BudgetImports imports;
    private final BudgetPolicy policy;
    private final JurisdictionService directory;
    private final Today today;

    ImportPages(BudgetImports imports, BudgetPolicy policy, JurisdictionService directory, Today today) {
        this.imports = imports;
        this.policy = policy;
        this.directory = directory;
        this.today = today;
    }

    @GetMapping("/presupuesto/importar")
    String form(Model model) {
        return form(model, null, null, null, null, null);
    }

    private String form(Model model, String institution, Integer year, Period period, String kind,
            BudgetImportException problems) {
        var mine = policy.importersNow();
        if (mine.isEmpty()) {
            throw new AccessDeniedException("budget office only");
        }
        model.addAttribute("institutions", mine.stream().map(directory::institution).toList());
        model.addAttribute("institution", institution);
        int thisYear = today.date().getYear();
        model.addAttribute("years", List.of(thisYear, thisYear - 1, thisYear - 2));
        model.addAttribute("year", year == null ? thisYear : year);
        model.addAttribute("periods", Period.choices());
        model.addAttribute("period", period != null ? period : Period.ofQuarter((today.date().getMonthValue() - 1) / 3 + 1));
        model.addAttribute("kind", kind == null ? "egresos" : kind);
        model.addAttribute("problems", problems == null ? List.of() : problems.problems());
        return "budget/import";
    }

    @PostMapping("/presupuesto/importar")
    String upload(@RequestParam(name = "institucion", required = false) String institution,
            @RequestParam(name = "ejercicio", defaultValue = "0") int year,
            @RequestParam(name = "periodo", required = false) String periodKey,
            @RequestParam(name = "tipo", required = false) String kind,
            @RequestParam(name = "archivo", required = false) MultipartFile file, Model model,
            HttpServletResponse response) throws IOException {
        Period period = Period.parse(periodKey);
        try {
            BudgetKind k = BudgetKind.ofWord(kind);
            Upload upload = imports.stage(institution, year, period, k == null ? BudgetKind.EXPENDITURE : k,
                    file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
            return "redirect:/presupuesto/importar/" + upload.getToken();
        } catch (BudgetImportException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, institution, year, period, kind, e);
        }
    }

    @GetMapping("/presupuesto/importar/{token}")
    String mapping(@PathVariable String token, Model model) {
        Upload upload = imports.upload(token);
        return mappingPage(model, upload, imports.preview(upload, null), List.of());
    }

    @PostMapping("/presupuesto/importar/{token}")
    String confirm(@PathVariable String token, @RequestParam MultiValueMap<String, String> form, Model model,
            HttpServletResponse response) {
        Upload upload = imports.upload(token);
        Map<ImportField, String> columns = new EnumMap<>(ImportField.class);
        for (ImportField field : ImportField.of(upload.getKind())) {
            String column = form.getFirst("col-" + field.key());
            if (column != null && !column.isBlank()) {
                columns.put(field, column);
            }
        }
        ColumnMapping mapping = new ColumnMapping(upload.getKind(), columns);
        try {
            BudgetSnapshot snapshot = imports.confirm(token, mapping);
            return "redirect:/presupuesto/" + upload.getInstitutionSlug() + "/" + upload.getFiscalYear() + "/cortes/"
                    + snapshot.getId() + "?importado";
        } catch (BudgetImportException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return mappingPage(model, upload, imports.preview(upload, mapping), e.problems());
        }
    }

    private String mappingPage(Model model, Upload upload, BudgetImports.Preview preview, List<?> problems) {
        model.addAttribute("upload", upload);
        model.addAttribute("institution", directory.institution(upload.getInstitutionSlug()));
        model.addAttribute("preview", preview);
        model.addAttribute("fields", ImportField.of(upload.getKind()));
        model.addAttribute("problems", problems);
        return "budget/mapping";
    }
}
