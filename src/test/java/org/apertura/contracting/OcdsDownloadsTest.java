package org.apertura.contracting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apertura.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The bulk downloads hold everything published: every release as JSON Lines, a year's releases as a release
 * package, every record as a record package that meets the OCDS schema, and the flattened CSV tables; each names
 * the publisher, licence and publication policy.
 */
@IntegrationTest
class OcdsDownloadsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Test
    void everyReleaseComesAsOneJsonLine() throws Exception {
        List<String> before = ids();
        String[] lines = gunzip(download("/api/v1/ocds/downloads/entregas.jsonl.gz", "entregas.jsonl.gz")).split("\n");
        List<String> after = ids();
        List<String> downloaded = java.util.Arrays.stream(lines).map(l -> OcdsJson.MAPPER.readTree(l))
                .map(r -> r.get("ocid").asString() + " " + r.get("id").asString()).toList();
        // other tests may publish meanwhile: everything stored before is there once, nothing that was never stored
        assertThat(downloaded).doesNotHaveDuplicates().containsAll(before);
        assertThat(after).containsAll(downloaded);
    }

    private List<String> ids() {
        return jdbc.queryForList("SELECT ocid || ' ' || release_id FROM ocds_release", String.class);
    }

    @Test
    void aYearsReleasesComeAsOneReleasePackageWithItsMetadata() throws Exception {
        int in2025 = jdbc.queryForObject("SELECT COUNT(*) FROM ocds_release WHERE ocds_version = '1.1' "
                + "AND release_date >= TIMESTAMP WITH TIME ZONE '2025-01-01 00:00:00+00' "
                + "AND release_date < TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'", Integer.class);
        JsonNode pack = OcdsJson.MAPPER.readTree(gunzip(download("/api/v1/ocds/downloads/entregas-2025.json.gz",
                "entregas-2025.json.gz")));
        assertThat(in2025).isPositive();
        assertThat(pack.get("releases")).hasSize(in2025);
        pack.get("releases").forEach(r -> assertThat(r.get("date").asString()).startsWith("2025-"));
        assertThat(pack.get("license").asString()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        assertThat(pack.get("publicationPolicy").asString()).endsWith("/contrataciones/politica-de-publicacion");
        assertThat(pack.get("publisher").get("name").asString()).isEqualTo("Apertura");
        mvc.perform(get("/api/v1/ocds/downloads/entregas-1999.json.gz")).andExpect(status().isNotFound());
    }

    @Test
    void everyRecordComesInOneRecordPackageThatMeetsTheSchema() throws Exception {
        int records = jdbc.queryForObject("SELECT COUNT(*) FROM ocds_record WHERE ocds_version = '1.1'", Integer.class);
        JsonNode pack = OcdsJson.MAPPER.readTree(gunzip(download("/api/v1/ocds/downloads/registros.json.gz",
                "registros.json.gz")));
        assertThat(pack.get("records")).hasSize(records);
        JsonNode first = pack.get("records").get(0);
        int releases = jdbc.queryForObject("SELECT COUNT(*) FROM ocds_release WHERE ocid = ?", Integer.class,
                first.get("ocid").asString());
        assertThat(first.get("releases")).hasSize(releases);
        assertThat(first.get("releases").get(0).get("url").asString()).contains("/api/v1/ocds/releases?ocid=");
        assertThat(first.get("compiledRelease").get("ocid").asString()).isEqualTo(first.get("ocid").asString());
        assertThat(OcdsPublicationFlowTest.recordPackageSchema().validate(pack)).isEmpty();
    }

    @Test
    void theFlattenedTablesHaveARowPerObjectNamedByTheirOcdsPath() throws Exception {
        String awards = new String(download("/api/v1/ocds/downloads/adjudicaciones.csv", "ocds-adjudicaciones.csv"),
                StandardCharsets.UTF_8);
        List<String> rows = List.of(awards.split("\r\n"));
        assertThat(rows.get(0)).isEqualTo("\uFEFF" + String.join(",", FlatTables.AWARDS.columns()));
        int count = 0;
        for (String record : jdbc.queryForList("SELECT compiled_json FROM ocds_record", String.class)) {
            count += OcdsJson.MAPPER.readTree(record).path("awards").size();
        }
        assertThat(rows).hasSize(count + 1);
        String payments = new String(download("/api/v1/ocds/downloads/pagos.csv", "ocds-pagos.csv"),
                StandardCharsets.UTF_8);
        assertThat(payments).contains("transactions/value/amount").contains("S.A. de C.V.");
        mvc.perform(get("/api/v1/ocds/downloads/nada.csv")).andExpect(status().isNotFound());
        String page = mvc.perform(get("/contrataciones/descargas")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("/api/v1/ocds/downloads/entregas-2025.json.gz")
                .contains("/api/v1/ocds/downloads/partidas.csv").contains("CC-BY-4.0");
    }

    /** A real HTTP download, streamed by the server as it writes. */
    private byte[] download(String path, String fileName) throws Exception {
        java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains(fileName);
        return response.body();
    }

    private static String gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
