package org.apertura.contracting;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.PublicUrl;
import org.apertura.platform.Texts;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.core.JsonGenerator;

/**
 * Publishing out: the stored releases as release packages (a page at a time, by cursor) and a process's record as
 * a record package, with its embedded releases as published, its compiled and its versioned release. Every
 * package names this instance as publisher ({@code apertura.ocds.publisher-name}), its licence
 * ({@code apertura.ocds.license}, CC-BY-4.0 by default) and publication policy, and its own address.
 */
@Service
public class OcdsCatalogue {

    public static final int DEFAULT_PAGE = 100;
    public static final int MAX_PAGE = 1000;

    /** What to list: releases after a cursor, dated in [from, to), of one buyer or process, of one OCDS version. */
    public record Query(long after, Instant from, Instant to, String buyer, String ocid, OcdsVersion version,
            int size) {
    }

    private final StoredReleaseRepository releases;
    private final ProcessRecordRepository records;
    private final PublicUrl publicUrl;
    private final Clock clock;
    private final String publisherName;
    private final String license;
    private final String publicationPolicy;

    OcdsCatalogue(StoredReleaseRepository releases, ProcessRecordRepository records, PublicUrl publicUrl, Clock clock,
            OcdsProperties settings) {
        String publicationPolicy = settings.publicationPolicy();
        this.releases = releases;
        this.records = records;
        this.publicUrl = publicUrl;
        this.clock = clock;
        this.publisherName = settings.publisherName();
        this.license = settings.license();
        this.publicationPolicy = publicationPolicy == null || publicationPolicy.isBlank()
                ? publicUrl.of("/contrataciones/politica-de-publicacion") : publicationPolicy.strip();
    }

    /**
     * Writes a release package with the releases the query selects, oldest stored first; {@code links.next} is
     * the address of the next page when this one is full. Returns how many releases it holds.
     */
    @Transactional(readOnly = true)
    public int writeReleasePackage(Query query, OutputStream output) {
        int size = Math.max(1, Math.min(query.size(), MAX_PAGE));
        List<StoredRelease> page = releases.page(query.after(),
                query.from() == null ? StoredReleaseRepository.EARLIEST : query.from(),
                query.to() == null ? StoredReleaseRepository.LATEST : query.to(), Texts.blankToNull(query.buyer()),
                Texts.blankToNull(query.ocid()), query.version().label(), Limit.of(size));
        UriComponentsBuilder self = UriComponentsBuilder.fromUriString(publicUrl.of("/api/v1/ocds/releases"));
        if (query.from() != null) {
            self.queryParam("from", query.from().toString());
        }
        if (query.to() != null) {
            self.queryParam("to", query.to().toString());
        }
        if (Texts.blankToNull(query.buyer()) != null) {
            self.queryParam("buyer", query.buyer());
        }
        if (Texts.blankToNull(query.ocid()) != null) {
            self.queryParam("ocid", query.ocid());
        }
        self.queryParam("version", query.version().label()).queryParam("size", size);
        String uri = self.cloneBuilder().queryParam("cursor", query.after()).build().encode().toUriString();
        try (JsonGenerator out = OcdsJson.MAPPER.createGenerator(output)) {
            out.writeStartObject();
            writeMetadata(out, uri, query.version());
            out.writeName("releases");
            out.writeStartArray();
            for (StoredRelease release : page) {
                out.writeRawValue(new RawJson(release.getReleaseJson().getBytes(StandardCharsets.UTF_8)));
            }
            out.writeEndArray();
            if (page.size() == size) {
                out.writeName("links");
                out.writeStartObject();
                out.writeStringProperty("next", self.cloneBuilder()
                        .queryParam("cursor", page.get(page.size() - 1).getId()).build().encode().toUriString());
                out.writeEndObject();
            }
            out.writeEndObject();
        }
        return page.size();
    }

    /** Writes the record package of one process: its releases (oldest first), compiled and versioned release. */
    @Transactional(readOnly = true)
    public void writeRecordPackage(String ocid, OutputStream output) {
        ProcessRecord record = records.findById(ocid).orElseThrow(() -> new NotFoundException("ocds record " + ocid));
        OcdsVersion version = record.getOcdsVersion().equals(OcdsVersion.V1_0.label()) ? OcdsVersion.V1_0
                : OcdsVersion.V1_1;
        String uri = UriComponentsBuilder.fromUriString(publicUrl.of("/api/v1/ocds/records/{ocid}"))
                .buildAndExpand(ocid).encode().toUriString();
        try (JsonGenerator out = OcdsJson.MAPPER.createGenerator(output)) {
            out.writeStartObject();
            writeMetadata(out, uri, version);
            out.writeName("records");
            out.writeStartArray();
            out.writeStartObject();
            out.writeStringProperty("ocid", ocid);
            out.writeName("releases");
            out.writeStartArray();
            for (StoredRelease release : releases.findByOcidOrderByReleaseDateAscIdAsc(ocid)) {
                out.writeRawValue(new RawJson(release.getReleaseJson().getBytes(StandardCharsets.UTF_8)));
            }
            out.writeEndArray();
            out.writeName("compiledRelease");
            out.writeRawValue(new RawJson(record.getCompiledJson().getBytes(StandardCharsets.UTF_8)));
            out.writeName("versionedRelease");
            out.writeRawValue(new RawJson(record.getVersionedJson().getBytes(StandardCharsets.UTF_8)));
            out.writeEndObject();
            out.writeEndArray();
            out.writeEndObject();
        }
    }

    /** The process's record, for its figures; empty if nothing of it was published. */
    @Transactional(readOnly = true)
    public java.util.Optional<ProcessRecord> record(String ocid) {
        return records.findById(ocid);
    }

    /** The package metadata every package of this publisher carries: uri, publisher, date, version, licence, policy. */
    void writeMetadata(JsonGenerator out, String uri, OcdsVersion version) {
        out.writeStringProperty("uri", uri);
        out.writeName("publisher");
        out.writeStartObject();
        out.writeStringProperty("name", publisherName);
        out.writeStringProperty("uri", publicUrl.base());
        out.writeEndObject();
        out.writeStringProperty("publishedDate", Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString());
        if (version == OcdsVersion.V1_1) {
            out.writeStringProperty("version", version.label());
        }
        if (license != null && !license.isBlank()) {
            out.writeStringProperty("license", license.strip());
        }
        out.writeStringProperty("publicationPolicy", publicationPolicy);
    }

    /** Who publishes, as packages name it. */
    public String publisherName() {
        return publisherName;
    }

    /** The licence of the published data (an address), or blank. */
    public String license() {
        return license == null ? "" : license.strip();
    }

}
