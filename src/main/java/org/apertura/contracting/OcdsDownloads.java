package org.apertura.contracting;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apertura.platform.PublicUrl;
import org.apertura.platform.web.CsvExport;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.core.JsonGenerator;

/**
 * Everything published, in bulk, written as a stream a batch at a time (never the whole in memory): every release as
 * gzip JSON Lines, the releases of a year as a release package, every record as a record package (compiled release
 * and links to its releases) and the compiled releases flattened into CSV tables ({@link FlatTables}). Each batch
 * is read in its own short transaction, so a long download holds no connection between batches.
 */
@Service
public class OcdsDownloads {

    static final int BATCH = 200;

    private final StoredReleaseRepository releases;
    private final ProcessRecordRepository records;
    private final OcdsCatalogue catalogue;
    private final PublicUrl publicUrl;

    OcdsDownloads(StoredReleaseRepository releases, ProcessRecordRepository records, OcdsCatalogue catalogue,
            PublicUrl publicUrl) {
        this.releases = releases;
        this.records = records;
        this.catalogue = catalogue;
        this.publicUrl = publicUrl;
    }

    /** The years with OCDS 1.1 releases (by release date, UTC), newest first. */
    public List<Integer> years() {
        List<Object[]> range = releases.dateRange();
        List<Integer> years = new ArrayList<>();
        if (range.isEmpty() || range.get(0)[0] == null) {
            return years;
        }
        int first = ((Instant) range.get(0)[0]).atZone(ZoneOffset.UTC).getYear();
        int last = ((Instant) range.get(0)[1]).atZone(ZoneOffset.UTC).getYear();
        for (int year = last; year >= first; year--) {
            years.add(year);
        }
        return years;
    }

    /** Every release as published, one a line, gzip-compressed, in the order received. */
    public void writeReleaseLines(OutputStream output) {
        try (GZIPOutputStream gzip = new GZIPOutputStream(output, 1 << 16)) {
            long after = 0;
            List<StoredRelease> batch;
            do {
                batch = releases.findByIdGreaterThanOrderByIdAsc(after, Limit.of(BATCH));
                for (StoredRelease release : batch) {
                    // kept as published, perhaps pretty-printed: a line break in JSON is only ever whitespace
                    // (one inside a string is escaped), so it becomes a space and the release stays one line
                    gzip.write(oneLine(release.getReleaseJson()).getBytes(StandardCharsets.UTF_8));
                    gzip.write('\n');
                    after = release.getId();
                }
            } while (batch.size() == BATCH);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String oneLine(String json) {
        return json.indexOf('\n') < 0 && json.indexOf('\r') < 0 ? json : json.replace('\r', ' ').replace('\n', ' ');
    }

    /** The OCDS 1.1 releases dated in a year (UTC) as one release package, gzip-compressed. */
    public void writeYearPackage(int year, OutputStream output) {
        Instant from = java.time.LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = java.time.LocalDate.of(year + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        try (GZIPOutputStream gzip = new GZIPOutputStream(output, 1 << 16);
                JsonGenerator out = OcdsJson.MAPPER.createGenerator(gzip)) {
            out.writeStartObject();
            catalogue.writeMetadata(out, publicUrl.of("/api/v1/ocds/downloads/entregas-" + year + ".json.gz"),
                    OcdsVersion.V1_1);
            out.writeName("releases");
            out.writeStartArray();
            long after = 0;
            List<StoredRelease> batch;
            do {
                batch = releases.page(after, from, to, null, null, OcdsVersion.V1_1.label(), Limit.of(BATCH));
                for (StoredRelease release : batch) {
                    out.writeRawValue(new RawJson(release.getReleaseJson().getBytes(StandardCharsets.UTF_8)));
                    after = release.getId();
                }
            } while (batch.size() == BATCH);
            out.writeEndArray();
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every OCDS 1.1 process as one record package, gzip-compressed: each record with its compiled release and its
     * releases linked (the address of the release package that holds them, their date and tags).
     */
    public void writeRecordPackage(OutputStream output) {
        try (GZIPOutputStream gzip = new GZIPOutputStream(output, 1 << 16);
                JsonGenerator out = OcdsJson.MAPPER.createGenerator(gzip)) {
            out.writeStartObject();
            catalogue.writeMetadata(out, publicUrl.of("/api/v1/ocds/downloads/registros.json.gz"), OcdsVersion.V1_1);
            out.writeName("records");
            out.writeStartArray();
            String after = "";
            List<ProcessRecord> batch;
            do {
                batch = records.findByOcidGreaterThanOrderByOcidAsc(after, Limit.of(BATCH));
                Map<String, List<Object[]>> links = new LinkedHashMap<>();
                releases.links(batch.stream().map(ProcessRecord::getOcid).toList())
                        .forEach(row -> links.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add(row));
                for (ProcessRecord record : batch) {
                    after = record.getOcid();
                    if (!record.getOcdsVersion().equals(OcdsVersion.V1_1.label())) {
                        continue;
                    }
                    out.writeStartObject();
                    out.writeStringProperty("ocid", record.getOcid());
                    out.writeName("releases");
                    out.writeStartArray();
                    String url = UriComponentsBuilder.fromUriString(publicUrl.of("/api/v1/ocds/releases"))
                            .queryParam("ocid", record.getOcid()).encode().build().toUriString();
                    for (Object[] link : links.getOrDefault(record.getOcid(), List.of())) {
                        out.writeStartObject();
                        out.writeStringProperty("url", url);
                        out.writeStringProperty("date", (String) link[1]);
                        out.writeName("tag");
                        out.writeStartArray();
                        for (String tag : ((String) link[2]).split(",")) {
                            out.writeString(tag);
                        }
                        out.writeEndArray();
                        out.writeEndObject();
                    }
                    out.writeEndArray();
                    out.writeName("compiledRelease");
                    out.writeRawValue(new RawJson(record.getCompiledJson().getBytes(StandardCharsets.UTF_8)));
                    out.writeEndObject();
                }
            } while (batch.size() == BATCH);
            out.writeEndArray();
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One flattened table of every process's compiled release, as CSV (UTF-8 with byte-order mark). */
    public void writeTable(FlatTables table, OutputStream output) {
        try {
            Writer writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
            writer.write(CsvExport.BYTE_ORDER_MARK);
            writer.write(CsvExport.line(table.columns()));
            String after = "";
            List<ProcessRecord> batch;
            do {
                batch = records.findByOcidGreaterThanOrderByOcidAsc(after, Limit.of(BATCH));
                for (ProcessRecord record : batch) {
                    after = record.getOcid();
                    for (List<?> row : table.rows(OcdsJson.MAPPER.readTree(record.getCompiledJson()))) {
                        writer.write(CsvExport.line(row));
                    }
                }
                writer.flush();
            } while (batch.size() == BATCH);
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
