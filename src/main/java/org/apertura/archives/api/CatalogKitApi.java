package org.apertura.archives.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apertura.archives.CatalogKit;
import org.apertura.archives.Instrument;
import org.apertura.archives.Instruments;
import org.apertura.archives.web.CatalogKitFiles;
import org.apertura.platform.kits.KitReader;
import org.apertura.platform.kits.KitWriter;
import org.apertura.platform.web.CsvExport;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * An archival catalog as a kit for machines (docs/KITS.md): the kit of an institution's catalog in force, and the
 * import of another government's catalog kit as a draft version of an institution's instruments (its archivists only;
 * the draft is not public until its Grupo Interdisciplinario approves it).
 */
@RestController
@RequestMapping("/api/v1/archives")
@Tag(name = "api.tag.archives", description = "api.tag.archives.description")
class CatalogKitApi {

    private final CatalogKit kits;
    private final Instruments instruments;
    private final CsvExport csv;

    CatalogKitApi(CatalogKit kits, Instruments instruments, CsvExport csv) {
        this.kits = kits;
        this.instruments = instruments;
        this.csv = csv;
    }

    @GetMapping(value = "/institutions/{slug}/catalog/kit", produces = "application/zip")
    @Operation(summary = "api.op.archives.catalogKit")
    ResponseEntity<byte[]> kit(@PathVariable String slug) {
        Instrument instrument = kits.inForce(slug);
        return KitWriter.download(CatalogKit.fileName(instrument),
                kits.zip(instrument, CatalogKitFiles.csv(csv, instruments.nodes(instrument))));
    }

    /** Multipart: {@code kit} (the ZIP). Answers the draft version it saved. */
    @PostMapping("/institutions/{slug}/versions/kit")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "api.op.archives.importCatalogKit", security = @SecurityRequirement(name = "bearer"))
    Map<String, Object> importKit(@PathVariable String slug, @RequestParam(required = false) MultipartFile kit) {
        Instrument draft = KitReader.fromUpload(kit, in -> kits.importInto(slug, in));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("institution", draft.getInstitutionSlug());
        body.put("version", draft.getNumber());
        body.put("status", draft.getStatus().name());
        body.put("series", draft.getSeriesCount());
        body.put("adaptedFrom", draft.getAdaptation().publicRecord());
        return body;
    }
}
