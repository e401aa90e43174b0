package org.apertura.opendata;

/**
 * What a publisher writes about a resource: its name and description (a blank name takes the file's name), and for
 * a link its address and format (CSV, JSON, XLSX, GeoJSON, XML, ZIP, PDF, HTML, API…). A file's format is detected
 * from its content.
 */
public record ResourceDraft(String name, String description, String url, String format) {

    public static ResourceDraft named(String name, String description) {
        return new ResourceDraft(name, description, null, null);
    }

    public static ResourceDraft link(String name, String description, String url, String format) {
        return new ResourceDraft(name, description, url, format);
    }
}
