package org.apertura.archives.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apertura.archives.CaseFile;
import org.apertura.archives.CaseFiles;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.platform.web.CsvExport;
import org.apertura.platform.web.PublicDataset;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public index of files classified as reserved of each institution (LGTAIP 2025 art. 105: by area, with the name
 * of the file, when its reserve starts and ends; the index is never itself reserved), as a page, CSV and JSON.
 */
@Controller
class PublicArchivePages implements PublicDataset.Source {

    static final List<String> RESERVED = List.of("archivesReference", "archivesSeries", "archivesUnit",
            "archivesTitle", "archivesReservedSince", "archivesReservedUntil", "archivesStage");

    private final CaseFiles files;
    private final JurisdictionService directory;
    private final CsvExport csv;

    PublicArchivePages(CaseFiles files, JurisdictionService directory, CsvExport csv) {
        this.files = files;
        this.directory = directory;
        this.csv = csv;
    }

    @Override
    public List<PublicDataset> datasets() {
        return List.of(new PublicDataset("archivesReserved", "/archivos/poder-ejecutivo-durango/reservados.csv",
                "/archivos/poder-ejecutivo-durango/reservados.json", RESERVED));
    }

    @GetMapping("/archivos/{slug}/reservados")
    String reserved(@PathVariable String slug, Model model) {
        model.addAttribute("institution", directory.institution(slug));
        model.addAttribute("files", files.reservedIndex(slug));
        return "archives/reserved";
    }

    /** How many files the inventario general page lists, newest first. */
    static final int GENERAL_SHOWN = 200;

    @GetMapping("/archivos/{slug}/expedientes")
    String general(@PathVariable String slug, Model model) {
        model.addAttribute("institution", directory.institution(slug));
        model.addAttribute("files", files.newest(slug, GENERAL_SHOWN));
        return "archives/general";
    }

    @GetMapping("/archivos/{slug}/reservados.csv")
    ResponseEntity<byte[]> reservedCsv(@PathVariable String slug) {
        directory.institution(slug);
        List<List<?>> rows = new ArrayList<>();
        for (CaseFile f : files.reservedIndex(slug)) {
            rows.add(List.of(f.getReference(), f.getSeriesCode(), f.getUnit(), f.getTitle(),
                    text(f.getReservedSince()), text(f.getReservedUntil()), f.getStage()));
        }
        return csv.download("indice-reservados-" + slug + ".csv", RESERVED, rows);
    }

    @GetMapping("/archivos/{slug}/reservados.json")
    ResponseEntity<List<Map<String, Object>>> reservedJson(@PathVariable String slug) {
        directory.institution(slug);
        List<Map<String, Object>> list = new ArrayList<>();
        for (CaseFile f : files.reservedIndex(slug)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("reference", f.getReference());
            m.put("series", f.getSeriesCode());
            m.put("unit", f.getUnit());
            m.put("title", f.getTitle());
            m.put("reservedSince", text(f.getReservedSince()));
            m.put("reservedUntil", text(f.getReservedUntil()));
            m.put("stage", f.getStage().name().toLowerCase());
            list.add(m);
        }
        return ResponseEntity.ok(list);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
