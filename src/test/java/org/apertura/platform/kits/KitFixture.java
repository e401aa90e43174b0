package org.apertura.platform.kits;

import static org.apertura.identity.TestCsrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.apertura.platform.Hashing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What every kit test shares (docs/KITS.md): downloading a kit and checking its manifest against the schema, taking a
 * kit apart and putting it back together (a file changed, added or removed, the manifest changed, a file changed with
 * its hash kept right), uploading it to the kind's import form as someone in a language, and checking that a refused
 * kit says why in Spanish and English and changes no row of the kind's tables nor the ledger. A kind's test extends
 * it (with {@code @IntegrationTest}), names its import form ({@link #importForm}) and the tables an import writes
 * ({@link #tables}), and sets {@link #importer} and {@link #kit} in its set-up.
 */
public abstract class KitFixture {

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected ObjectMapper json;
    @Autowired
    protected AccountService accounts;
    @Autowired
    protected AccountUserDetailsAccess details;

    /** The kit under test, file by file. */
    protected Map<String, byte[]> kit;
    /** Who imports it in the tests (allowed to). */
    protected RequestPostProcessor importer;

    /** The import form's POST with this government's adapting fields (no file, person, language or CSRF yet). */
    protected abstract MockMultipartHttpServletRequestBuilder importForm();

    /** The tables an import writes to; a refused kit leaves their row counts (and the ledger's) as they were. */
    protected abstract List<String> tables();

    /**
     * The module whose ledger entries an import writes (by default the test's package, which is the kind's module). A
     * refused kit adds none; entries other modules append meanwhile (the shared context's other work) are not its.
     */
    protected String ledgerModule() {
        String pkg = getClass().getPackageName();
        return pkg.substring(pkg.lastIndexOf('.') + 1);
    }

    /** The kit a page downloads (checked to be a ZIP), file by file. */
    protected Map<String, byte[]> download(String url) throws Exception {
        MvcResult download = mvc.perform(get(url)).andReturn();
        assertThat(download.getResponse().getStatus()).as(url).isEqualTo(200);
        assertThat(download.getResponse().getContentType()).isEqualTo("application/zip");
        return unzip(download.getResponse().getContentAsByteArray());
    }

    /** The kit's manifest, checked against the format's JSON Schema and to be of this kind. */
    protected JsonNode manifestOf(Map<String, byte[]> files, String kind) throws Exception {
        JsonNode manifest = json.readTree(files.get("manifest.json"));
        var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(Path.of("src/main/resources/kits/manifest-1.0.schema.json")));
        assertThat(schema.validate(manifest)).isEmpty();
        assertThat(manifest.path("kind").asString()).isEqualTo(kind);
        return manifest;
    }

    /** Uploads a ZIP to the import form as {@code who}, in {@code lang} ("es" or "en"). */
    protected ResultActions upload(byte[] zip, RequestPostProcessor who, String lang) throws Exception {
        return mvc.perform(importForm().file(new MockMultipartFile("kit", "kit.zip", "application/zip", zip))
                .with(who).with(csrf()).param("lang", lang).header("Accept-Language", lang)
                .cookie(new Cookie("APERTURA_LANG", lang)));
    }

    protected ResultActions upload(byte[] zip, String lang) throws Exception {
        return upload(zip, importer, lang);
    }

    /** The import's redirect, after checking it was one. */
    protected String imported(byte[] zip) throws Exception {
        MvcResult result = upload(zip, "es").andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(302);
        return result.getResponse().getRedirectedUrl();
    }

    /** The ZIP is refused with these words in Spanish and English, and no row is written. */
    protected void refused(byte[] zip, String spanish, String english) throws Exception {
        Map<String, Long> before = counts();
        long head = ledgerHead();
        String es = upload(zip, "es").andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(es).as(spanish).contains(spanish).contains("error-summary");
        String en = upload(zip, "en").andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(en.replace("&quot;", "\"").replace("&#39;", "'")).as(english).contains(english);
        assertThat(counts()).as(() -> "ledger entries since: " + jdbc.queryForList("SELECT seq, module, type, subject_kind,"
                + " subject_id FROM ledger_entry WHERE seq > ? ORDER BY seq", head)).isEqualTo(before);
    }

    /**
     * The kind's API import ({@code request}: its POST with the adapting fields) as the account with a bearer token:
     * a kit of no known kind is refused as a problem naming the kit, in English when asked, and writes nothing; the kit answers
     * 201 Created with {@code location}, the imported thing's API address, which then answers.
     */
    protected void importsThroughTheApi(java.util.function.Supplier<MockMultipartHttpServletRequestBuilder> request,
            Long accountId, String location) throws Exception {
        String bearer = "Bearer " + accounts.createToken(accountId, "kits").secret();
        Map<String, Long> before = counts();
        MvcResult refused = mvc.perform(request.get().file(new MockMultipartFile("kit", "kit.zip", "application/zip",
                withManifest(m -> m.put("kind", "ninguno")))).header("Authorization", bearer)
                .header("Accept-Language", "en")).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        JsonNode problem = json.readTree(refused.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("kit");
        assertThat(refused.getResponse().getHeader("Location")).isNull();
        assertThat(counts()).isEqualTo(before);
        MvcResult created = mvc.perform(request.get().file(new MockMultipartFile("kit", "kit.zip", "application/zip",
                zip(kit))).header("Authorization", bearer)).andReturn();
        assertThat(created.getResponse().getStatus()).as(created.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(201);
        assertThat(created.getResponse().getHeader("Location")).isEqualTo(location);
        // The importer reads what it imported (a call or a challenge is a draft only they see, ADR 0061).
        assertThat(mvc.perform(get(location).header("Authorization", bearer)).andReturn().getResponse().getStatus())
                .isEqualTo(200);
    }

    /** The row counts of the kind's tables and of the kind's module's ledger entries. */
    protected Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : tables()) {
            counts.put(table, count(table));
        }
        counts.put("ledger_entry of " + ledgerModule(), jdbc.queryForObject(
                "SELECT COUNT(*) FROM ledger_entry WHERE module = ?", Long.class, ledgerModule()));
        return counts;
    }

    protected long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    protected long ledgerHead() {
        return jdbc.queryForObject("SELECT MAX(seq) FROM ledger_entry", Long.class);
    }

    /** The kit without one of its files. */
    protected byte[] without(String name) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>(kit);
        files.remove(name);
        return zip(files);
    }

    /** The kit with a file added or replaced, the manifest left as it was (so the kit reads as altered). */
    protected byte[] with(String name, byte[] bytes) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>(kit);
        files.put(name, bytes);
        return zip(files);
    }

    /** The kit with its manifest changed (its files' hashes stay right). */
    protected byte[] withManifest(Consumer<ObjectNode> change) throws IOException {
        ObjectNode manifest = (ObjectNode) json.readTree(kit.get("manifest.json"));
        change.accept(manifest);
        return with("manifest.json", json.writeValueAsBytes(manifest));
    }

    /** The kit with one of its JSON files changed and the manifest's hash and size of it made right again. */
    protected byte[] withJson(String name, Consumer<ObjectNode> change) throws IOException {
        ObjectNode texts = (ObjectNode) json.readTree(kit.get(name));
        change.accept(texts);
        byte[] bytes = json.writeValueAsBytes(texts);
        Map<String, byte[]> files = new LinkedHashMap<>(kit);
        files.put(name, bytes);
        ObjectNode manifest = (ObjectNode) json.readTree(files.get("manifest.json"));
        for (JsonNode f : (ArrayNode) manifest.path("files")) {
            if (name.equals(f.path("path").asString())) {
                ((ObjectNode) f).put("sha256", Hashing.sha256Hex(bytes)).put("bytes", bytes.length);
            }
        }
        files.put("manifest.json", json.writeValueAsBytes(manifest));
        return zip(files);
    }

    public static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                files.put(e.getName(), zip.readAllBytes());
            }
        }
        return files;
    }

    public static byte[] zip(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
