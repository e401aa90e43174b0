package org.apertura.contracting.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.apertura.contracting.OcdsCatalogue;
import org.apertura.contracting.OcdsPublication;
import org.apertura.contracting.OcdsVersion;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.Texts;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open contracting data (OCDS) for machines: institutions publish their releases in, everyone reads them out as
 * release packages and each process's record as a record package.
 */
@RestController
@RequestMapping("/api/v1/ocds")
@Tag(name = "api.tag.open-contracting", description = "api.tag.open-contracting.description")
class OcdsApi {

    private final OcdsPublication publication;
    private final OcdsCatalogue catalogue;

    OcdsApi(OcdsPublication publication, OcdsCatalogue catalogue) {
        this.publication = publication;
        this.catalogue = catalogue;
    }

    @PostMapping("/releases")
    @Operation(summary = "api.op.contracting.publish", security = @SecurityRequirement(name = "bearer"),
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = "application/json"), @Content(mediaType = "application/x-ndjson"),
                    @Content(mediaType = "application/gzip")}),
            responses = {
                    @ApiResponse(responseCode = "201", description = "Stored",
                            content = @Content(schema = @Schema(implementation = PublishedView.class))),
                    @ApiResponse(responseCode = "400", description = "Every problem found; nothing was saved"),
                    @ApiResponse(responseCode = "401", description = "No valid token"),
                    @ApiResponse(responseCode = "403", description = "A buyer is not an institution of the account")})
    ResponseEntity<PublishedView> publish(HttpServletRequest request) throws IOException {
        try (InputStream body = request.getInputStream()) {
            OcdsPublication.Published published = publication.publish(body);
            return ResponseEntity.status(HttpStatus.CREATED).body(new PublishedView(published.releasesStored(),
                    published.releasesUnchanged(), published.ocids().size(), published.ocids()));
        }
    }

    @GetMapping(value = "/releases", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "api.op.contracting.releases",
            responses = @ApiResponse(responseCode = "200", description = "A release package",
                    content = @Content(mediaType = "application/json")))
    ResponseEntity<byte[]> releases(
            @Parameter(description = "Release date from (inclusive)") @RequestParam(required = false) String from,
            @Parameter(description = "Release date to (exclusive)") @RequestParam(required = false) String to,
            @Parameter(description = "Slug of the buyer institution") @RequestParam(required = false) String buyer,
            @RequestParam(required = false) String ocid,
            @Parameter(description = "OCDS version: 1.1 (default) or 1.0") @RequestParam(required = false,
                    defaultValue = "1.1") String version,
            @Parameter(description = "From links.next") @RequestParam(required = false, defaultValue = "0") long cursor,
            @RequestParam(required = false, defaultValue = "" + OcdsCatalogue.DEFAULT_PAGE) int size) {
        OcdsVersion v = switch (version.strip()) {
            case "1.1" -> OcdsVersion.V1_1;
            case "1.0" -> OcdsVersion.V1_0;
            default -> throw new InvalidInputException("version", "contracting.api.version");
        };
        if (size < 1 || size > OcdsCatalogue.MAX_PAGE) {
            throw new InvalidInputException("size", "contracting.api.size", OcdsCatalogue.MAX_PAGE);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        catalogue.writeReleasePackage(new OcdsCatalogue.Query(Math.max(cursor, 0), instant(from, "from"),
                instant(to, "to"), buyer, ocid, v, size), out);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(out.toByteArray());
    }

    @GetMapping(value = "/records/{ocid}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "api.op.contracting.record",
            responses = {
                    @ApiResponse(responseCode = "200", description = "A record package",
                            content = @Content(mediaType = "application/json")),
                    @ApiResponse(responseCode = "404", description = "No release of this process was published")})
    ResponseEntity<byte[]> record(@PathVariable String ocid) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        catalogue.writeRecordPackage(ocid, out);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(out.toByteArray());
    }

    private static Instant instant(String text, String field) {
        if (Texts.isBlank(text)) {
            return null;
        }
        String value = text.strip();
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "contracting.api.date");
        }
    }

    /** What a publication did. */
    record PublishedView(long releasesStored, long releasesUnchanged, int ocidsTouched, List<String> ocids) {
    }
}
