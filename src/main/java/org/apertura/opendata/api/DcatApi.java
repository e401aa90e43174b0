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
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.ObjectMapper;

/**
 * The catalog for DCAT and data.json harvesters, at the addresses ckanext-dcat and Project Open Data use:
 * {@code /catalog.ttl|rdf|xml|jsonld} (DCAT-AP 3, 100 datasets a page with Hydra paging, {@code ?page=},
 * {@code modified_since=}, and CKAN's {@code q} and {@code fq}), {@code /dataset/{name}.ttl|rdf|xml|jsonld} and
 * {@code /data.json}; and, by content negotiation as ckanext-dcat does ({@link #negotiate}), {@code /catalog},
 * {@code /dataset/{name}} and the dataset's page {@code /datos/{name}} with {@code Accept: text/turtle},
 * {@code application/rdf+xml} or {@code application/ld+json}.
 */
@RestController
@Tag(name = "api.tag.dcat", description = "api.tag.dcat.description")
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
    @Operation(summary = "api.op.opendata.catalog")
    ResponseEntity<byte[]> catalog(
            @Parameter(description = "Page, from 1") @RequestParam(required = false) String page,
            @Parameter(description = "Only datasets modified since this ISO 8601 date or date-time")
            @RequestParam(name = "modified_since", required = false) String modifiedSince,
            @Parameter(description = "CKAN search words (q)") @RequestParam(required = false) String q,
            @Parameter(description = "CKAN filter (fq), e.g. organization:ayuntamiento-durango")
            @RequestParam(required = false) String fq,
            jakarta.servlet.http.HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return catalog(path.substring(path.lastIndexOf('.') + 1), page, modifiedSince, q, fq);
    }

    @GetMapping("/catalog")
    @Operation(summary = "api.op.opendata.catalog-negotiated")
    @ApiResponse(responseCode = "303", description = "To /datos, when no RDF type is accepted")
    ResponseEntity<byte[]> negotiatedCatalog(@RequestParam(required = false) String page,
            @RequestParam(name = "modified_since", required = false) String modifiedSince,
            @RequestParam(required = false) String q, @RequestParam(required = false) String fq,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        String format = negotiate(accept);
        if (format == null) {
            return seeOther("/datos");
        }
        return vary(catalog(format, page, modifiedSince, q, fq));
    }

    private ResponseEntity<byte[]> catalog(String format, String page, String modifiedSince, String q, String fq) {
        String path = "/catalog." + format;
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
    @Operation(summary = "api.op.opendata.dataset")
    ResponseEntity<byte[]> dataset(@PathVariable String name, jakarta.servlet.http.HttpServletRequest request) {
        String path = request.getRequestURI();
        return dataset(name, path.substring(path.lastIndexOf('.') + 1));
    }

    @GetMapping("/dataset/{name}")
    @Operation(summary = "api.op.opendata.dataset-negotiated")
    @ApiResponse(responseCode = "303", description = "To /datos/{name}, when no RDF type is accepted")
    ResponseEntity<byte[]> negotiatedDataset(@PathVariable String name,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        String format = negotiate(accept);
        if (format == null) {
            CatalogIndex.Entry entry = index.byIdOrName(name);
            return seeOther("/datos/" + UriUtils.encodePathSegment(entry == null ? name : entry.name(),
                    StandardCharsets.UTF_8));
        }
        return vary(dataset(name, format));
    }

    /**
     * The dataset's page asked for in RDF (Accept: text/turtle, application/rdf+xml or application/ld+json preferred to
     * text/html): its DCAT-AP description, as ckanext-dcat answers on the dataset's page. Browsers get the page.
     */
    @GetMapping(path = "/datos/{name}", produces = {"text/turtle", "application/rdf+xml", "application/ld+json"})
    @Operation(summary = "api.op.opendata.dataset-page-rdf")
    ResponseEntity<byte[]> datasetPageAsRdf(@PathVariable String name,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        String format = negotiate(accept);
        return vary(dataset(name, format == null ? "ttl" : format));
    }

    private ResponseEntity<byte[]> dataset(String name, String format) {
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
    @Operation(summary = "api.op.opendata.data-json")
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

    /** The RDF types ckanext-dcat negotiates, and the extension of each (its {@code CONTENT_TYPES}). */
    private static final Map<String, String> NEGOTIATED = Map.of("text/turtle", "ttl", "application/rdf+xml", "rdf",
            "application/ld+json", "jsonld");

    /**
     * The RDF format an {@code Accept} header asks for, by ckanext-dcat's rule ({@code parse_accept_header}): the types
     * by quality, highest first (ties in the order written); text/html first means the page (null); an RDF type gives
     * its format; {@code text/*} or {@code application/*} the first format of that kind; nothing RDF, null.
     */
    static String negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return null;
        }
        record Asked(String type, double quality, int position) {
        }
        List<Asked> asked = new ArrayList<>();
        String[] parts = accept.split(",");
        for (int i = 0; i < parts.length; i++) {
            String[] pieces = parts[i].split(";");
            String type = pieces[0].strip().toLowerCase(java.util.Locale.ROOT);
            double quality = 1;
            for (int j = 1; j < pieces.length; j++) {
                String parameter = pieces[j].strip();
                if (parameter.startsWith("q=")) {
                    try {
                        quality = Double.parseDouble(parameter.substring(2).strip());
                    } catch (NumberFormatException e) {
                        quality = 0;
                    }
                }
            }
            if (!type.isEmpty() && quality > 0) {
                asked.add(new Asked(type, quality, i));
            }
        }
        asked.sort(java.util.Comparator.comparingDouble(Asked::quality).reversed()
                .thenComparingInt(Asked::position));
        for (Asked a : asked) {
            if (a.type().equals("text/html")) {
                return null;
            }
            if (NEGOTIATED.containsKey(a.type())) {
                return NEGOTIATED.get(a.type());
            }
            if (a.type().equals("text/*")) {
                return "ttl";
            }
            if (a.type().equals("application/*")) {
                return "rdf";
            }
        }
        return null;
    }

    /** The answer depends on the Accept header: caches keep one per type. */
    private static ResponseEntity<byte[]> vary(ResponseEntity<byte[]> answer) {
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders()).varyBy(HttpHeaders.ACCEPT)
                .body(answer.getBody());
    }

    private ResponseEntity<byte[]> seeOther(String path) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(java.net.URI.create(url.of(path)))
                .varyBy(HttpHeaders.ACCEPT).build();
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
