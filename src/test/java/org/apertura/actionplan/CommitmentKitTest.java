package org.apertura.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apertura.IntegrationTest;
import org.apertura.platform.Hashing;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** A demo commitment downloads as a kit whose manifest follows src/main/resources/kits/manifest-1.0.schema.json. */
@IntegrationTest
class CommitmentKitTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    @Test
    void aCommitmentDownloadsAsAKitWithItsLicenceAttributionAndFilesAsTheSchemaSays() throws Exception {
        Map<String, Object> c = jdbc.queryForMap("SELECT id, code, title FROM commitment ORDER BY id LIMIT 1");
        MvcResult result = mvc.perform(get("/compromisos/" + c.get("id") + "/kit.zip")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).isEqualTo("application/zip");
        assertThat(result.getResponse().getHeader("Content-Disposition")).contains("kit-" + c.get("code") + ".zip");

        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                files.put(e.getName(), zip.readAllBytes());
            }
        }
        assertThat(files).containsKeys("manifest.json", "commitment.json", "milestones.csv", "LICENSE.txt");
        JsonNode manifest = json.readTree(files.get("manifest.json"));
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(Path.of("src/main/resources/kits/manifest-1.0.schema.json")));
        assertThat(schema.validate(manifest)).isEmpty();
        assertThat(manifest.path("licence").path("id").asString()).isEqualTo("CC-BY-4.0");
        assertThat(manifest.path("attribution").path("code").asString()).isEqualTo(c.get("code"));
        assertThat(manifest.path("attribution").path("url").asString()).endsWith("/compromisos/" + c.get("id"));
        for (JsonNode f : manifest.path("files")) {
            assertThat(Hashing.sha256Hex(files.get(f.path("path").asString()))).isEqualTo(f.path("sha256").asString());
        }
        assertThat(json.readTree(files.get("commitment.json")).path("title").asString()).isEqualTo(c.get("title"));
        // Its texts are in Spanish; its themes' English names travel too, and the manifest says both, truly.
        assertThat(manifest.path("languages").toString()).isEqualTo("[\"es\",\"en\"]");
        assertThat(json.readTree(files.get("commitment.en.json")).path("themes").properties()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.getValue().asString()).isNotBlank());
        assertThat(new String(files.get("LICENSE.txt"), java.nio.charset.StandardCharsets.UTF_8)).contains("CC-BY-4.0");

        JsonNode broken = json.readTree("{\"format\":\"apertura-kit\",\"formatVersion\":\"9.9\"}");
        assertThat(schema.validate(broken)).as("an unknown version and missing parts are refused").isNotEmpty();
    }
}
