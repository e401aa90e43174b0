package org.apertura.platform.kits;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.apertura.platform.Hashing;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.storage.CappedInputStream;
import org.apertura.platform.storage.FileTypes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads an uploaded kit ZIP (docs/KITS.md) trusting nothing in it: the archive is streamed and its compressed and
 * uncompressed bytes are counted as they are read (never the sizes the ZIP declares), names are checked before
 * anything is kept (no {@code ../}, no absolute path, no backslash, only the manifest schema's plain paths), every
 * file's type is told from its content (UTF-8 text, JSON, PDF, PNG or JPEG, and the name's extension must agree), the
 * manifest must exist, name this format in a version this reader knows, carry a licence that allows adaptation, follow
 * the JSON Schema, and list exactly the files present with their SHA-256. Any problem refuses the whole kit with a
 * message key {@code kit.error.*}; nothing is written by this class. Shared by every kind of kit (commitment, plan,
 * call, challenge, norm): each importer checks the kind it takes ({@link Kit#requireKind}) and its own texts.
 */
public final class KitReader {

    /** The largest ZIP accepted, as uploaded (compressed). */
    static final long MAX_ARCHIVE_BYTES = 5L * 1024 * 1024;
    /** The largest single file once inflated. */
    static final long MAX_FILE_BYTES = 2L * 1024 * 1024;
    /** The most bytes all files may inflate to together. */
    static final long MAX_TOTAL_BYTES = 8L * 1024 * 1024;
    static final int MAX_FILES = 50;
    static final String MANIFEST = "manifest.json";
    static final Set<String> KNOWN_VERSIONS = Set.of(KitWriter.VERSION);
    /** The licences that allow adaptation (the schema's list; CC-BY-ND, for one, does not). */
    public static final Set<String> ADAPTABLE_LICENCES = Set.of("CC-BY-4.0", "CC-BY-SA-4.0", "CC0-1.0", "LIBRE-USO-MX");
    static final String FIELD = "kit";

    private static final Pattern PLAIN_PATH = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)*");
    private static final Set<String> TEXT = Set.of("json", "csv", "txt", "md");
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(schemaText());

    /** A kit that passed every check: its manifest and its files (the manifest not among them). */
    public record Kit(JsonNode manifest, Map<String, byte[]> files) {

        public String kind() {
            return manifest.path("kind").asString();
        }

        /** Refuses a kit of another kind than the importer takes. */
        public Kit requireKind(String expected) {
            if (!expected.equals(kind())) {
                throw refused("kit.error.kind." + expected);
            }
            return this;
        }

        /** The manifest's attribution and licence, checked against the columns they go to. */
        public KitOrigin origin() {
            return KitOrigin.of(manifest);
        }

        public JsonNode file(String path, ObjectMapper json) {
            byte[] bytes = files.get(path);
            if (bytes == null) {
                throw refused("kit.error.missingFile", path);
            }
            try {
                return json.readTree(bytes);
            } catch (JacksonException e) {
                throw refused("kit.error.json", path);
            }
        }
    }

    private KitReader() {
    }

    /**
     * Runs an import on an uploaded kit's bytes (none when no file was chosen: {@link #read} then refuses it with
     * {@code kit.error.none}).
     */
    public static <T> T fromUpload(org.springframework.web.multipart.MultipartFile upload,
            java.util.function.Function<InputStream, T> importer) {
        try (InputStream in = upload == null || upload.isEmpty() ? null : upload.getInputStream()) {
            return importer.apply(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The kit in the stream, or InvalidInputException naming the first problem. */
    public static Kit read(InputStream upload, ObjectMapper json) {
        if (upload == null) {
            throw refused("kit.error.none");
        }
        Map<String, byte[]> entries = unzip(upload);
        byte[] manifestBytes = entries.remove(MANIFEST);
        if (manifestBytes == null) {
            throw refused("kit.error.noManifest");
        }
        JsonNode manifest;
        try {
            manifest = json.readTree(manifestBytes);
        } catch (JacksonException e) {
            throw refused("kit.error.json", MANIFEST);
        }
        if (manifest == null || !manifest.isObject() || !KitWriter.FORMAT.equals(manifest.path("format").asString(""))) {
            throw refused("kit.error.format");
        }
        String version = manifest.path("formatVersion").asString("");
        if (!KNOWN_VERSIONS.contains(version)) {
            throw refused("kit.error.version", cut(version), String.join(", ", KNOWN_VERSIONS));
        }
        String licence = manifest.path("licence").path("id").asString("");
        if (!ADAPTABLE_LICENCES.contains(licence)) {
            throw refused("kit.error.licence", cut(licence.isEmpty() ? "—" : licence));
        }
        var invalid = SCHEMA.validate(manifest);
        if (!invalid.isEmpty()) {
            throw refused("kit.error.schema", cut(invalid.get(0).getMessage()));
        }
        Set<String> listed = new HashSet<>();
        for (JsonNode f : manifest.path("files")) {
            String path = f.path("path").asString();
            byte[] bytes = entries.get(path);
            if (bytes == null) {
                throw refused("kit.error.missingFile", path);
            }
            if (!Hashing.sha256Hex(bytes).equals(f.path("sha256").asString()) || bytes.length != f.path("bytes").asLong()) {
                throw refused("kit.error.altered", path);
            }
            listed.add(path);
        }
        for (String path : entries.keySet()) {
            if (!listed.contains(path)) {
                throw refused("kit.error.unlisted", path);
            }
        }
        return new Kit(manifest, entries);
    }

    private static Map<String, byte[]> unzip(InputStream upload) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new CappedInputStream(upload, MAX_ARCHIVE_BYTES), StandardCharsets.UTF_8)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String name = e.getName();
                if (name.contains("..") || name.startsWith("/") || name.contains("\\") || name.contains(":")) {
                    throw refused("kit.error.path", cut(name));
                }
                if (e.isDirectory()) {
                    continue;
                }
                if (!PLAIN_PATH.matcher(name).matches()) {
                    throw refused("kit.error.path", cut(name));
                }
                if (entries.containsKey(name)) {
                    throw refused("kit.error.duplicate", name);
                }
                if (entries.size() >= MAX_FILES) {
                    throw refused("kit.error.tooMany", MAX_FILES);
                }
                byte[] bytes = readCapped(zip, Math.min(MAX_FILE_BYTES, MAX_TOTAL_BYTES - total), name);
                total += bytes.length;
                checkType(name, bytes);
                entries.put(name, bytes);
            }
        } catch (CappedInputStream.OverLimit e) {
            throw refused("kit.error.tooLarge", MAX_ARCHIVE_BYTES / (1024 * 1024));
        } catch (ZipException | java.io.EOFException e) {
            throw refused("kit.error.notZip");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (entries.isEmpty()) {
            throw refused("kit.error.notZip");
        }
        return entries;
    }

    /** The entry's bytes, refusing as soon as more than {@code max} come out (whatever the ZIP declared). */
    private static byte[] readCapped(InputStream in, long max, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long read = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            read += n;
            if (read > max) {
                throw refused("kit.error.fileTooLarge", cut(name), MAX_FILE_BYTES / (1024 * 1024),
                        MAX_TOTAL_BYTES / (1024 * 1024));
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** The file's type told from its content; its extension must name that type. */
    private static void checkType(String name, byte[] bytes) {
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        boolean ok = switch (extension) {
            case "pdf" -> FileTypes.isPdf(bytes);
            case "png" -> FileTypes.isPng(bytes);
            case "jpg", "jpeg" -> FileTypes.isJpeg(bytes);
            default -> TEXT.contains(extension) && isPlainText(bytes);
        };
        if (!ok) {
            throw refused("kit.error.fileType", cut(name));
        }
    }

    /** Valid UTF-8 without control characters other than tab, line feed and carriage return. */
    private static boolean isPlainText(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return false;
        }
        return text.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f);
    }

    /** A text field of a kit's JSON: its string, or null when it is absent, blank or not a string. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() ? org.apertura.platform.Texts.blankToNull(value.asString()) : null;
    }

    /**
     * A text field of a kit's JSON no longer than {@code max} characters, or null when absent and not required;
     * refuses the kit ({@code kit.error.text} naming the field) when it is longer, or absent but required.
     */
    public static String text(JsonNode node, String field, int max, boolean required) {
        String text = text(node, field);
        if (required && text == null || text != null && text.length() > max) {
            throw refused("kit.error.text", field);
        }
        return text;
    }

    /** What the adapting government wrote ({@code own}, e.g. its own address), or the kit's text when it left it blank. */
    public static String ownOr(String own, JsonNode node, String field) {
        return own == null || own.isBlank() ? text(node, field) : own;
    }

    /** A field of a kit's JSON naming a constant of {@code type}; refuses the kit when it names none. */
    public static <E extends Enum<E>> E choice(JsonNode node, String field, Class<E> type) {
        try {
            return Enum.valueOf(type, node.path(field).asString(""));
        } catch (IllegalArgumentException unknown) {
            throw refused("kit.error.text", field);
        }
    }

    /** A list field of a kit's JSON naming constants of {@code type}; refuses the kit when one names none. */
    public static <E extends Enum<E>> java.util.EnumSet<E> choices(JsonNode node, String field, Class<E> type) {
        java.util.EnumSet<E> chosen = java.util.EnumSet.noneOf(type);
        for (JsonNode value : node.path(field)) {
            try {
                chosen.add(Enum.valueOf(type, value.asString("")));
            } catch (IllegalArgumentException unknown) {
                throw refused("kit.error.text", field);
            }
        }
        return chosen;
    }

    public static InvalidInputException refused(String key, Object... args) {
        return new InvalidInputException(FIELD, key, args);
    }

    public static String cut(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }

    private static String schemaText() {
        try (InputStream in = KitReader.class.getResourceAsStream("/kits/manifest-1.0.schema.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
