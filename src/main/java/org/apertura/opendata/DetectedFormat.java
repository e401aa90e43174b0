package org.apertura.opendata;

import java.util.Locale;
import java.util.Set;

/**
 * A file's format as detected from its content (never from its name alone): the short name shown and given to CKAN
 * ({@code format}) and its media type ({@code mimetype}, DCAT {@code dcat:mediaType}).
 */
public record DetectedFormat(String format, String mediaType) {

    public static final DetectedFormat CSV = new DetectedFormat("CSV", "text/csv");
    public static final DetectedFormat XLSX = new DetectedFormat("XLSX",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    public static final DetectedFormat JSON = new DetectedFormat("JSON", "application/json");
    public static final DetectedFormat GEOJSON = new DetectedFormat("GEOJSON", "application/geo+json");
    public static final DetectedFormat XML = new DetectedFormat("XML", "application/xml");
    public static final DetectedFormat ZIP = new DetectedFormat("ZIP", "application/zip");
    public static final DetectedFormat PDF = new DetectedFormat("PDF", "application/pdf");

    private static final Set<String> MACHINE_READABLE = Set.of("CSV", "XLSX", "XLS", "ODS", "JSON", "GEOJSON", "XML",
            "KML", "SHP", "ZIP", "TSV", "RDF", "TTL", "JSONLD", "API");

    /** Whether a format (by its short name) is read by machines: CSV, XLSX, JSON, GeoJSON, XML… not PDF or HTML. */
    public static boolean isMachineReadable(String format) {
        return format != null && MACHINE_READABLE.contains(format.toUpperCase(Locale.ROOT));
    }

    /** Whether the quality check reads it as a table (CSV, XLSX). */
    public boolean isTable() {
        return this.equals(CSV) || this.equals(XLSX);
    }
}
