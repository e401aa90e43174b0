package org.apertura.contracting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apertura.contracting.ContractSheet;
import org.apertura.contracting.ProcessDesk;
import org.apertura.contracting.SheetTable;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.web.Downloads;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The spreadsheet of contracts: the template (CSV and XLSX), the upload with its preview of every release and
 * every problem by row and column, and the confirmation that publishes what was previewed ({@link ContractSheet}).
 */
@Controller
class SheetPages {

    static final String SHEET = PublishPages.DESK + "/hoja";

    private final ContractSheet sheets;
    private final ProcessDesk desk;
    private final MessageSource messages;

    SheetPages(ContractSheet sheets, ProcessDesk desk, MessageSource messages) {
        this.sheets = sheets;
        this.desk = desk;
        this.messages = messages;
    }

    @GetMapping(SHEET)
    String page(Model model) {
        buyers(model);
        return "contracting/sheet";
    }

    @GetMapping(SHEET + "/plantilla.csv")
    ResponseEntity<byte[]> csvTemplate() {
        buyers(null);
        List<List<String>> rows = ContractSheet.template().stream()
                .map(r -> r.stream().map(c -> c instanceof java.math.BigDecimal b ? "1,234,567.50" : c.toString()).toList())
                .toList();
        return download(SheetTable.writeCsv(rows), "plantilla-contratos.csv", "text/csv;charset=UTF-8");
    }

    @GetMapping(SHEET + "/plantilla.xlsx")
    ResponseEntity<byte[]> xlsxTemplate() {
        buyers(null);
        return download(org.apertura.platform.Workbook.write("Contratos", ContractSheet.template()), "plantilla-contratos.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    private static ResponseEntity<byte[]> download(byte[] body, String name, String type) {
        return Downloads.attachment(MediaType.parseMediaType(type), name)
                .body(body);
    }

    @PostMapping(SHEET)
    String preview(@RequestParam(name = "institucion", required = false) String slug,
            @RequestParam(name = "archivo", required = false) MultipartFile file, Model model,
            HttpServletResponse response, Locale locale) {
        List<ProcessDesk.Buyer> buyers = buyers(model);
        String chosen = buyers.size() == 1 ? buyers.get(0).slug() : slug;
        if (chosen == null || buyers.stream().noneMatch(b -> b.slug().equals(chosen))) {
            model.addAttribute("fileError", messages.getMessage("contracting.form.institution", null, locale));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "contracting/sheet";
        }
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", messages.getMessage("contracting.sheet.noFile", null, locale));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "contracting/sheet";
        }
        ContractSheet.Preview preview;
        try {
            preview = sheets.preview(chosen, file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        model.addAttribute("preview", preview);
        model.addAttribute("problems", preview.problems().stream().map(p -> words(p, locale)).toList());
        if (!preview.publishable()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        return "contracting/sheet-preview";
    }

    @PostMapping(SHEET + "/confirmar")
    String confirm(@RequestParam(name = "token", required = false) String token, RedirectAttributes redirect,
            Model model, Locale locale, HttpServletResponse response) {
        try {
            sheets.confirm(token);
            redirect.addFlashAttribute("notice", "contracting.sheet.published");
            return "redirect:" + PublishPages.DESK;
        } catch (InvalidInputException e) {
            buyers(model);
            model.addAttribute("fileError", e.problems().stream()
                    .map(p -> messages.getMessage(p.messageKey(), p.args(), locale)).findFirst().orElse(""));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "contracting/sheet";
        }
    }

    private String words(ContractSheet.Problem problem, Locale locale) {
        String text = messages.getMessage(problem.message(), locale);
        if (problem.row() == 0) {
            return text;
        }
        return problem.column().isEmpty()
                ? messages.getMessage("contracting.sheet.atRow", new Object[] {problem.row(), text}, locale)
                : messages.getMessage("contracting.sheet.atRowColumn", new Object[] {problem.row(), problem.column(), text},
                        locale);
    }

    private List<ProcessDesk.Buyer> buyers(Model model) {
        List<ProcessDesk.Buyer> buyers = desk.institutions(); // refuses whoever publishes for no institution
        if (model != null) {
            model.addAttribute("buyers", buyers);
            model.addAttribute("columns", ContractSheet.Column.values());
        }
        return buyers;
    }
}
