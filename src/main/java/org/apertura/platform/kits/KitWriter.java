package org.apertura.platform.kits;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apertura.platform.Hashing;
import org.apertura.platform.web.Downloads;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes a kit ZIP (docs/KITS.md): {@code manifest.json} (format {@value #FORMAT} version {@value #VERSION}, checked
 * against src/main/resources/kits/manifest-1.0.schema.json) naming the kind, the licence and the attribution and
 * listing every other file with its SHA-256 and size, then the files, then {@code LICENSE.txt} with the licence and
 * the attribution in words. Every kind of kit (commitment, plan, call, challenge, norm) is written here; each module
 * only says what its texts are.
 */
public final class KitWriter {

    public static final String FORMAT = "apertura-kit";
    public static final String VERSION = "1.0";

    /** What the kit says about itself: its kind and title, the licence (id and address) and the attribution. */
    public record Header(String kind, String title, String licenceId, String licenceUrl, String institution,
            String exercise, String code, LocalDate date, String url) {
    }

    private KitWriter() {
    }

    /** The ZIP of a kit with these files (each path a plain name; {@code LICENSE.txt} is added). */
    public static byte[] zip(Header header, Map<String, byte[]> content, ObjectMapper json) {
        Map<String, byte[]> files = new LinkedHashMap<>(content);
        String licenceText = "Licencia / Licence: " + header.licenceId() + " " + header.licenceUrl()
                + "\n\nAtribución / Attribution: " + header.institution() + ", " + header.exercise() + ", "
                + (header.code() == null ? "" : header.code() + ", ") + header.date() + ", " + header.url() + "\n";
        files.put("LICENSE.txt", licenceText.getBytes(StandardCharsets.UTF_8));

        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("format", FORMAT);
        manifest.put("formatVersion", VERSION);
        manifest.put("kind", header.kind());
        manifest.put("title", header.title());
        manifest.put("languages", languages(files.keySet()));
        manifest.put("licence", Map.of("id", header.licenceId(), "url", header.licenceUrl()));
        Map<String, Object> attribution = new LinkedHashMap<>();
        attribution.put("institution", header.institution());
        attribution.put("exercise", header.exercise());
        attribution.put("code", header.code());
        attribution.put("date", header.date().toString());
        attribution.put("url", header.url());
        manifest.put("attribution", attribution);
        List<Map<String, Object>> listed = new ArrayList<>();
        files.forEach((path, bytes) -> listed.add(Map.of("path", path, "sha256", Hashing.sha256Hex(bytes),
                "bytes", bytes.length)));
        manifest.put("files", listed);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            put(zip, KitReader.MANIFEST, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                put(zip, f.getKey(), f.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The ZIP of a kit whose content is one JSON file of texts (pretty-printed) and, unless {@code english} is null,
     * its English texts beside it ({@link #english}).
     */
    public static byte[] zip(Header header, String file, Object texts, Object english, ObjectMapper json) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(file, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(texts));
        if (english != null) {
            files.put(english(file), json.writerWithDefaultPrettyPrinter().writeValueAsBytes(english));
        }
        return zip(header, files, json);
    }

    /** The English texts of a kit's file {@code name.json}: {@code name.en.json} beside it (docs/KITS.md). */
    public static String english(String file) {
        int dot = file.lastIndexOf('.');
        return file.substring(0, dot) + ".en" + file.substring(dot);
    }

    /**
     * The languages a kit's texts are in, as its manifest declares them: Spanish, the language every item is written
     * in, and English when the kit carries English texts (a file {@code name.en.ext}, {@link #english}).
     */
    static List<String> languages(java.util.Collection<String> paths) {
        return paths.stream().anyMatch(p -> p.matches(".*\\.en\\.[A-Za-z0-9]+")) ? List.of("es", "en") : List.of("es");
    }

    /** A kit as a download: a ZIP attachment with this file name. */
    public static org.springframework.http.ResponseEntity<byte[]> download(String fileName, byte[] zip) {
        return Downloads.attachment(org.springframework.http.MediaType.parseMediaType("application/zip"), fileName)
                .body(zip);
    }

    /** A file name for a kit: {@code kit-} and the code (or the kind and id), safe for any file system. */
    public static String fileName(String code, String kind, long id) {
        return "kit-" + (code == null || code.isBlank() ? kind + "-" + id : code.replaceAll("[^A-Za-z0-9-]", "-"))
                + ".zip";
    }

    /** How many days a period from one date to another (both included) lasts, as a kit carries schedules. */
    public static long days(java.time.LocalDate from, java.time.LocalDate to) {
        return java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** A CSV cell: quoted; a cell a spreadsheet could read as a formula starts with an apostrophe (OWASP). */
    public static String cell(String text) {
        if (text == null) {
            return "";
        }
        String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }
}
