package org.apertura.opendata.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apertura.jurisdiction.Institution;
import org.apertura.platform.PublicUrl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.ObjectMapper;

/**
 * The catalog for DCAT and data.json harvesters, at the addresses ckanext-dcat and Project Open Data use:
 * {@code /catalog.ttl|rdf|xml|jsonld} (DCAT-AP 3, 100 datasets a page with Hydra paging, {@code ?page=},
 * {@code modified_since=}, and CKAN's {@code q} and {@code fq}), {@code /dataset/{name}.ttl|rdf|xml|jsonld} and
 * {@code /data.json}.
 */
@RestController
@Tag(name = "DCAT y data.json", description = "El catálogo de datos abiertos en DCAT-AP 3 (Turtle, RDF/XML, JSON-LD) y "
        + "en data.json (Project Open Data v1.1), para los cosechadores europeos y estadounidenses")
class DcatApi {

    static final MediaType TURTLE = MediaType.parseMediaType("text/turtle;charset=UTF-8");
    static final MediaType RDF_XML = MediaType.parseMediaType("application/rdf+xml;charset=UTF-8");
    static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json;charset=UTF-8");

    private final CatalogIndex index;
    private final CkanDicts dicts;
    private final DcatCatalog dcat;
    private final DataJson dataJson;
    private final PublicUrl url;
    private final ObjectMapper json;

    DcatApi(CatalogIndex index, CkanDicts dicts, DcatCatalog dcat, DataJson dataJson, PublicUrl url, ObjectMapper json) {
        this.json = json;
        this.index = index;
        this.dicts = dicts;
        this.dcat = dcat;
        this.dataJson = dataJson;
        this.url = url;
    }

    @GetMapping({"/catalog.ttl", "/catalog.rdf", "/catalog.xml", "/catalog.jsonld"})
    @Operation(summary = "The catalog in DCAT-AP 3, 100 datasets a page (Hydra PagedCollection: firstPage, lastPage, "
            + "nextPage, totalItems); the extension chooses Turtle (.ttl), RDF/XML (.rdf, .xml) or JSON-LD (.jsonld)")
    ResponseEntity<byte[]> catalog(
            @Parameter(description = "Page, from 1") @RequestParam(required = false) String page,
            @Parameter(description = "Only datasets modified since this ISO 8601 date or date-time")
            @RequestParam(name = "modified_since", required = false) String modifiedSince,
            @Parameter(description = "CKAN search words (q)") @RequestParam(required = false) String q,
            @Parameter(description = "CKAN filter (fq), e.g. organization:ayuntamiento-durango")
            @RequestParam(required = false) String fq,
            jakarta.servlet.http.HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String format = path.substring(path.lastIndexOf('.') + 1);
        int number;
        try {
            number = page == null || page.isBlank() ? 1 : Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            return bad("'page' must be a whole number from 1");
        }
        if (number < 1) {
            return bad("'page' must be a whole number from 1");
        }
        List<String> filters = new ArrayList<>();
        StringBuilder extra = new StringBuilder();
        if (modifiedSince != null && !modifiedSince.isBlank()) {
            Instant since = instant(modifiedSince.strip());
            if (since == null) {
                return bad("'modified_since' must be an ISO 8601 date or date-time");
            }
            filters.add("metadata_modified:[" + since + " TO *]");
            extra.append("modified_since=").append(encode(modifiedSince.strip()));
        }
        if (fq != null && !fq.isBlank()) {
            filters.add(fq);
            extra.append(extra.isEmpty() ? "" : "&").append("fq=").append(encode(fq));
        }
        if (q != null && !q.isBlank()) {
            extra.append(extra.isEmpty() ? "" : "&").append("q=").append(encode(q));
        }
        CkanQuery.Node query;
        try {
            query = CkanQuery.parse(q, filters);
        } catch (CkanQuery.SyntaxError e) {
            return bad(e.getMessage());
        }
        CatalogIndex.Found found = index.search(query, Set.of("PUBLISHED"), Set.of(),
                CkanSort.parse("metadata_modified desc"), (number - 1) * DcatCatalog.PER_PAGE, DcatCatalog.PER_PAGE,
                List.of(), 0, 1);
        List<CkanDicts.Dataset> datasets = dicts.load(found.page().stream().map(CatalogIndex.Entry::id).toList());
        Map<String, Institution> institutions = dicts.institutions();
        Model m = DcatCatalog.model();
        var catalog = dcat.catalog(m, datasets.stream().map(CkanDicts.Dataset::metadataModified)
                .max(Instant::compareTo).orElse(null));
        for (CkanDicts.Dataset d : datasets) {
            catalog.addProperty(m.createProperty(DcatCatalog.DCAT, "dataset"), dcat.dataset(m, d, institutions));
        }
        dcat.paging(m, url.of(path), number, found.count(), extra.toString());
        return write(m, format);
    }

    @GetMapping({"/dataset/{name}.ttl", "/dataset/{name}.rdf", "/dataset/{name}.xml", "/dataset/{name}.jsonld"})
    @Operation(summary = "One dataset in DCAT-AP 3, by its name or id; the extension chooses the format")
    ResponseEntity<byte[]> dataset(@PathVariable String name, jakarta.servlet.http.HttpServletRequest request) {
        String path = request.getRequestURI();
        String format = path.substring(path.lastIndexOf('.') + 1);
        CatalogIndex.Entry entry = index.byIdOrName(name);
        if (entry == null || "DRAFT".equals(entry.state())) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                    .body("Dataset not found".getBytes(StandardCharsets.UTF_8));
        }
        Model m = DcatCatalog.model();
        dcat.dataset(m, dicts.load(List.of(entry.id())).get(0), dicts.institutions());
        return write(m, format);
    }

    @GetMapping(path = "/data.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The catalog as a Project Open Data v1.1 data.json (every published dataset)")
    @ApiResponse(responseCode = "200", description = "The catalog", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE))
    void dataJson(HttpServletResponse response) throws IOException {
        List<Long> ids = index.search(new CkanQuery.All(), Set.of("PUBLISHED"), Set.of(), CkanSort.parse("name asc"), 0,
                Integer.MAX_VALUE, List.of(), 0, 1).page().stream().map(CatalogIndex.Entry::id).toList();
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try (OutputStream out = new BufferedOutputStream(response.getOutputStream(), 64 * 1024)) {
            dataJson.write(out, ids, dicts.institutions(), json);
        }
    }

    private static ResponseEntity<byte[]> write(Model m, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MediaType type;
        switch (format) {
            case "ttl" -> {
                RDFDataMgr.write(out, m, RDFFormat.TURTLE_PRETTY);
                type = TURTLE;
            }
            case "jsonld" -> {
                RDFDataMgr.write(out, m, RDFFormat.JSONLD11);
                type = JSON_LD;
            }
            default -> {
                RDFDataMgr.write(out, m, Lang.RDFXML);
                type = RDF_XML;
            }
        }
        return ResponseEntity.ok().contentType(type).body(out.toByteArray());
    }

    private static ResponseEntity<byte[]> bad(String message) {
        return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN)
                .body(message.getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static Instant instant(String text) {
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return java.time.OffsetDateTime.parse(text).toInstant();
            }
            return java.time.LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
