package org.apertura.contracting.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.apertura.contracting.FlatTables;
import org.apertura.contracting.OcdsDownloads;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.web.Downloads;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Bulk downloads of everything published, streamed as they are written: the releases as gzip JSON Lines and as a
 * release package per year, the records as one record package, and the flattened CSV tables.
 */
@RestController
@RequestMapping("/api/v1/ocds/downloads")
@Tag(name = "api.tag.open-contracting", description = "api.tag.open-contracting.description")
class DownloadsApi {

    private static final MediaType GZIP = MediaType.parseMediaType("application/gzip");

    private final OcdsDownloads downloads;

    DownloadsApi(OcdsDownloads downloads) {
        this.downloads = downloads;
    }

    @GetMapping("/entregas.jsonl.gz")
    @Operation(summary = "api.op.contracting.release-lines")
    ResponseEntity<StreamingResponseBody> releaseLines() {
        return file("entregas.jsonl.gz", GZIP, downloads::writeReleaseLines);
    }

    @GetMapping("/entregas-{year:\\d{4}}.json.gz")
    @Operation(summary = "api.op.contracting.year-package")
    ResponseEntity<StreamingResponseBody> yearPackage(@Parameter(description = "Year, such as 2025") @PathVariable int year) {
        if (!downloads.years().contains(year)) {
            throw new NotFoundException("no releases in " + year);
        }
        return file("entregas-" + year + ".json.gz", GZIP, out -> downloads.writeYearPackage(year, out));
    }

    @GetMapping("/registros.json.gz")
    @Operation(summary = "api.op.contracting.records")
    ResponseEntity<StreamingResponseBody> records() {
        return file("registros.json.gz", GZIP, downloads::writeRecordPackage);
    }

    @GetMapping("/{table}.csv")
    @Operation(summary = "api.op.contracting.table")
    ResponseEntity<StreamingResponseBody> table(@PathVariable String table) {
        FlatTables flat = FlatTables.ofFileName(table);
        if (flat == null) {
            throw new NotFoundException("table " + table);
        }
        return file("ocds-" + flat.fileName() + ".csv", new MediaType("text", "csv", StandardCharsets.UTF_8),
                out -> downloads.writeTable(flat, out));
    }

    private static ResponseEntity<StreamingResponseBody> file(String name, MediaType type, StreamingResponseBody body) {
        return Downloads.attachment(type, name)
                .body(body);
    }
}
