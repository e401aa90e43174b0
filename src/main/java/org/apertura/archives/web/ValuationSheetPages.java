package org.apertura.archives.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apertura.archives.ArchivesAction;
import org.apertura.archives.ArchivesPolicy;
import org.apertura.archives.CatalogImportException;
import org.apertura.archives.ClassificationNode;
import org.apertura.archives.Instrument;
import org.apertura.archives.Instruments;
import org.apertura.archives.ValuationSheet;
import org.apertura.archives.ValuationSheets;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.Texts;
import org.apertura.platform.Workbook;
import org.apertura.platform.web.CsvExport;
import org.apertura.platform.web.Downloads;
import org.apertura.platform.web.Labels;
import org.apertura.platform.web.PublicDataset;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The fichas técnicas de valoración: the public page of the fichas in force (and of each approved version), as CSV,
 * JSON and XLSX, with the catálogo's columns of each series beside them, so that an export is a file the archive can
 * edit and import into its next draft; and, on a draft, the archivists' import. The policy decides who acts.
 */
@Controller
class ValuationSheetPages implements PublicDataset.Source {

    static final List<String> COLUMNS = List.of("archivesCode", "archivesName", "archivesFichaAreas",
            "archivesFichaContext", "archivesFichaContent", "archivesValues", "archivesYearsActive",
            "archivesYearsSemiactive", "archivesDestination", "archivesFichaSecondary", "archivesFichaJustification",
            "archivesFichaAccess", "archivesFichaLocation", "archivesFichaCustodian");

    private final Instruments instruments;
    private final ValuationSheets sheets;
    private final ArchivesPolicy policy;
    private final JurisdictionService directory;
    private final CsvExport csv;
    private final MessageSource messages;

    ValuationSheetPages(Instruments instruments, ValuationSheets sheets, ArchivesPolicy policy,
            JurisdictionService directory, CsvExport csv, MessageSource messages) {
        this.instruments = instruments;
        this.sheets = sheets;
        this.policy = policy;
        this.directory = directory;
        this.csv = csv;
        this.messages = messages;
    }

    @Override
    public List<PublicDataset> datasets() {
        return List.of(PublicDataset.perRecord("archivesFichas", "/archivos/{institucion}/fichas.csv",
                "/archivos/{institucion}/fichas.json", COLUMNS,
                () -> instruments.allInForce().stream().findFirst()
                        .map(i -> Map.of("institucion", i.getInstitutionSlug())).orElse(Map.of())));
    }

    @GetMapping("/archivos/{slug}/fichas")
    String inForce(@PathVariable String slug, Model model) {
        return page(slug, inForce(slug), model);
    }

    @GetMapping("/archivos/{slug}/fichas.csv")
    ResponseEntity<byte[]> inForceCsv(@PathVariable String slug) {
        Instrument instrument = inForce(slug);
        return csv.download("fichas-" + slug + ".csv", COLUMNS, rows(sheets.of(instrument)));
    }

    @GetMapping("/archivos/{slug}/fichas.json")
    ResponseEntity<Map<String, Object>> inForceJson(@PathVariable String slug) {
        Instrument instrument = inForce(slug);
        return ResponseEntity.ok(Map.of("institution", slug, "version", instrument.getNumber(),
                "approval", Map.of("act", instrument.getActNumber(), "date", instrument.getApprovedOn().toString()),
                "fichas", json(sheets.of(instrument))));
    }

    @GetMapping("/archivos/{slug}/instrumentos/{number}/fichas")
    String version(@PathVariable String slug, @PathVariable int number, Model model) {
        return page(slug, instruments.version(slug, number), model);
    }

    @GetMapping("/archivos/{slug}/instrumentos/{number}/fichas.csv")
    ResponseEntity<byte[]> versionCsv(@PathVariable String slug, @PathVariable int number) {
        Instrument instrument = instruments.version(slug, number);
        return csv.download("fichas-" + slug + "-v" + number + ".csv", COLUMNS, rows(sheets.of(instrument)));
    }

    @GetMapping("/archivos/{slug}/instrumentos/{number}/fichas.xlsx")
    ResponseEntity<byte[]> versionXlsx(@PathVariable String slug, @PathVariable int number) {
        Instrument instrument = instruments.version(slug, number);
        Locale locale = LocaleContextHolder.getLocale();
        List<String> headers = COLUMNS.stream().map(c -> messages.getMessage("csv." + c, null, locale)).toList();
        byte[] bytes = Workbook.write("Fichas", CatalogColumns.sheet(headers, rows(sheets.of(instrument)),
                e -> messages.getMessage(e.getDeclaringClass().getAnnotation(Labels.class).value() + "." + e.name(),
                        null, locale)));
        return Downloads.attachment(MediaType.parseMediaType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                "fichas-" + slug + "-v" + number + ".xlsx")
                .body(bytes);
    }

    @PostMapping("/archivos/{slug}/instrumentos/{number}/fichas")
    String importFile(@PathVariable String slug, @PathVariable int number,
            @RequestParam(name = "archivo", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect) throws IOException {
        Instrument instrument = instruments.version(slug, number);
        if (!policy.allowedNow(slug).may(ArchivesAction.IMPORT_INSTRUMENTS)) {
            throw new AccessDeniedException("archivists only");
        }
        try {
            int count = sheets.importFile(slug, number, file == null ? null : file.getBytes()).size();
            redirect.addFlashAttribute("fichasImported", count);
            return "redirect:/archivos/" + slug + "/instrumentos/" + number + "/fichas";
        } catch (CatalogImportException e) {
            model.addAttribute("problems", e.problems());
            return page(slug, instrument, model);
        }
    }

    private String page(String slug, Instrument instrument, Model model) {
        model.addAttribute("institution", directory.institution(slug));
        model.addAttribute("instrument", instrument);
        List<ValuationSheets.Sheet> list = sheets.of(instrument);
        model.addAttribute("sheets", list);
        model.addAttribute("missing", list.stream().filter(s -> s.ficha() == null).count());
        model.addAttribute("inForce", instruments.inForce(slug).map(i -> i.getId().equals(instrument.getId()))
                .orElse(false));
        model.addAttribute("mayImport", instrument.isDraft()
                && policy.allowedNow(slug).may(ArchivesAction.IMPORT_INSTRUMENTS));
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", List.of());
        }
        return "archives/fichas";
    }

    private Instrument inForce(String slug) {
        directory.institution(slug);
        return instruments.inForce(slug).orElseThrow(() -> new NotFoundException("instruments in force"));
    }

    /** Cells for CsvExport: the series' catálogo columns from the version's CGCA, the ficha's own beside them. */
    static List<List<?>> rows(List<ValuationSheets.Sheet> list) {
        List<List<?>> rows = new ArrayList<>();
        for (ValuationSheets.Sheet sheet : list) {
            ClassificationNode n = sheet.series();
            ValuationSheet f = sheet.ficha();
            if (f == null) {
                continue;
            }
            List<Object> row = new ArrayList<>();
            row.add(n.getCode());
            row.add(n.getName());
            row.add(f.getProducingAreas());
            row.add(f.getContext());
            row.add(f.getContent());
            row.add(n.getValuesText());
            row.add(n.getYearsActive());
            row.add(n.getYearsSemiactive());
            row.add(n.getDestination());
            row.add(Texts.orEmpty(f.getSecondaryValues()));
            row.add(f.getJustification());
            row.add(Texts.orEmpty(f.getAccessConditions()));
            row.add(Texts.orEmpty(f.getLocation()));
            row.add(Texts.orEmpty(f.getCustodian()));
            rows.add(row);
        }
        return rows;
    }

    static List<Map<String, Object>> json(List<ValuationSheets.Sheet> list) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ValuationSheets.Sheet sheet : list) {
            ClassificationNode n = sheet.series();
            ValuationSheet f = sheet.ficha();
            if (f == null) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", n.getCode());
            m.put("name", n.getName());
            m.put("producingAreas", f.getProducingAreas());
            m.put("context", f.getContext());
            m.put("content", f.getContent());
            m.put("primaryValues", n.getValuesText());
            m.put("yearsActive", n.getYearsActive());
            m.put("yearsSemiactive", n.getYearsSemiactive());
            m.put("finalDestination", n.getDestination().name().toLowerCase(Locale.ROOT));
            m.put("secondaryValues", f.getSecondaryValues());
            m.put("justification", f.getJustification());
            m.put("accessConditions", f.getAccessConditions());
            m.put("location", f.getLocation());
            m.put("custodian", f.getCustodian());
            out.add(m);
        }
        return out;
    }
}
