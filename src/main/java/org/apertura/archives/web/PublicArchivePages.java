package org.apertura.archives.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apertura.archives.CaseFile;
import org.apertura.archives.CaseFiles;
import org.apertura.archives.Stage;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.platform.web.CsvExport;
import org.apertura.platform.web.Downloads;
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

    private final MessageSource messages;
    private final tools.jackson.databind.ObjectMapper json;

    PublicArchivePages(CaseFiles files, JurisdictionService directory, CsvExport csv, MessageSource messages,
            tools.jackson.databind.ObjectMapper json) {
        this.json = json;
        this.messages = messages;
        this.files = files;
        this.directory = directory;
        this.csv = csv;
    }

    @Override
    public List<PublicDataset> datasets() {
        return List.of(PublicDataset.perRecord("archivesReserved", "/archivos/{institucion}/reservados.csv",
                "/archivos/{institucion}/reservados.json", RESERVED, () -> ArchivesExamples.anInstitution(directory)),
                PublicDataset.perRecord("archivesGeneral", "/archivos/{institucion}/expedientes.csv",
                        "/archivos/{institucion}/expedientes.json", GENERAL,
                        () -> ArchivesExamples.anInstitution(directory)));
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

    static final List<String> GENERAL = List.of("archivesReference", "archivesSeries", "archivesTitle", "archivesUnit",
            "archivesOpenedOn", "archivesClosedOn", "archivesDocuments", "archivesStage", "archivesLocation");

    /** The whole inventario general as CSV, streamed (an archive may hold hundreds of thousands of files). */
    @GetMapping("/archivos/{slug}/expedientes.csv")
    ResponseEntity<StreamingResponseBody> generalCsv(@PathVariable String slug) {
        directory.institution(slug);
        Locale locale = csv.language();
        List<String> header = GENERAL.stream().map(c -> messages.getMessage("csv." + c, null, c, locale)).toList();
        String withheld = messages.getMessage("archives.file.withheld", null, locale);
        Map<Stage, String> stages = new java.util.EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            stages.put(stage, messages.getMessage("archives.stage." + stage, null, locale));
        }
        String suffix = "en".equals(locale.getLanguage()) ? "-en" : "";
        return Downloads.attachment(new MediaType("text", "csv", StandardCharsets.UTF_8),
                "inventario-general-" + slug + suffix + ".csv")
                .body(out -> write(slug, out, header, withheld, stages));
    }

    /** Writes the inventario general as CSV lines (with the byte order mark) to the stream. */
    void write(String slug, java.io.OutputStream out, List<String> header, String withheld, Map<Stage, String> stages)
            throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        writer.write(CsvExport.BYTE_ORDER_MARK);
        writer.write(CsvExport.line(header));
        files.inventory(slug, l -> {
            try {
                writer.write(CsvExport.line(Arrays.asList(l.reference(), l.seriesCode(),
                        l.title() == null ? withheld : l.title(), l.unit(), l.openedOn(),
                        l.closedOn() == null ? "" : l.closedOn(), l.documents(), stages.get(l.stage()),
                        l.location() == null ? "" : l.location())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        writer.flush();
    }

    /** The whole inventario general as JSON, streamed: a withheld title (reserved or confidential) is null. */
    @GetMapping("/archivos/{slug}/expedientes.json")
    ResponseEntity<StreamingResponseBody> generalJson(@PathVariable String slug) {
        directory.institution(slug);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(out -> {
            try (tools.jackson.core.JsonGenerator g = json.createGenerator(out)) {
                g.writeStartArray();
                files.inventory(slug, l -> g.writePOJO(line(l)));
                g.writeEndArray();
            }
        });
    }

    /** One line of the inventario general for JSON: a withheld title is null, dates as ISO text. */
    static Map<String, Object> line(CaseFiles.InventoryLine l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reference", l.reference());
        m.put("series", l.seriesCode());
        m.put("title", l.title());
        m.put("unit", l.unit());
        m.put("openedOn", text(l.openedOn()));
        m.put("closedOn", l.closedOn() == null ? null : l.closedOn().toString());
        m.put("documents", l.documents());
        m.put("stage", l.stage().name().toLowerCase());
        m.put("location", l.location());
        return m;
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
