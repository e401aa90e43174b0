package org.apertura.contracting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apertura.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The free compile tool through the open API, as another government's script would call it: no token, the
 * fictional example's release packages in (gzip JSON Lines), its published record out; bad input answers 400
 * naming the place, in Spanish or English; the tool is in the OpenAPI document.
 */
@IntegrationTest
class CompileToolTest {

    @LocalServerPort
    int port;

    static byte[] fictionalExampleLines() throws Exception {
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        try (Stream<Path> files = Files.list(SharedReference.ocds("fictional-example"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches(".*-0\\d-.*\\.json")).sorted().toList()) {
                lines.write(OcdsJson.MAPPER.writeValueAsBytes(SharedReference.read(file)));
                lines.write('\n');
            }
        }
        return lines.toByteArray();
    }

    static byte[] gzip(byte[] bytes) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        }
        return out.toByteArray();
    }

    private HttpResponse<String> post(String path, byte[] body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anyoneCompilesTheFictionalExampleIntoItsPublishedRecordWithoutAToken() throws Exception {
        HttpResponse<String> response = post("/api/v1/ocds/compile?versioned=true", gzip(fictionalExampleLines()),
                "Content-Type", "application/gzip");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode recordPackage = OcdsJson.MAPPER.readTree(response.body());
        JsonNode expected = SharedReference.read(SharedReference.ocds("fictional-example", "record",
                "ocds-213czf-000-00001-withversions.json")).get("records").get(0);
        JsonNode record = recordPackage.get("records").get(0);
        assertThat(record.get("compiledRelease")).isEqualTo(expected.get("compiledRelease"));
        assertThat(record.get("versionedRelease")).isEqualTo(expected.get("versionedRelease"));
        assertThat(recordPackage.get("uri").asString()).endsWith("/api/v1/ocds/compile");

        JsonNode plain = OcdsJson.MAPPER.readTree(post("/api/v1/ocds/compile", fictionalExampleLines(),
                "Content-Type", "application/x-ndjson").body());
        assertThat(plain.get("records").get(0).has("versionedRelease")).isFalse();
        assertThat(plain.get("records").get(0).get("compiledRelease")).isEqualTo(expected.get("compiledRelease"));
    }

    /**
     * Issue 13: real 1.0 release packages, as Mexico City published them (no {@code version} field), uploaded as
     * they are, come back as the compiled and versioned releases {@code ocdskit compile} gave for them, one record per
     * ocid in ocid order; see ocds/real/cdmx/README.md.
     */
    @Test
    void realMexicoCityPackagesOfVersion10CompileAsTheReferenceToolsDo() throws Exception {
        List<String> packages = List.of("1", "2");
        ByteArrayOutputStream upload = new ByteArrayOutputStream();
        for (String n : packages) {
            upload.write(SharedReference.realBytes("cdmx/release-package-" + n + ".json"));
        }
        HttpResponse<String> response = post("/api/v1/ocds/compile?versioned=true", upload.toByteArray(),
                "Content-Type", "application/x-ndjson");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode records = OcdsJson.MAPPER.readTree(response.body()).get("records");
        assertThat(records).hasSize(packages.size());
        for (int i = 0; i < packages.size(); i++) {
            String n = packages.get(i);
            JsonNode record = records.get(i);
            JsonNode releasePackage = SharedReference.real("cdmx/release-package-" + n + ".json");
            assertThat(record.get("ocid")).isEqualTo(releasePackage.get("releases").get(0).get("ocid"));
            assertThat(record.get("releases")).hasSize(releasePackage.get("releases").size());
            assertThat(SharedReference.asValues(record.get("compiledRelease")))
                    .isEqualTo(SharedReference.asValues(SharedReference.real("cdmx/compiled-release-" + n + ".json")));
            assertThat(SharedReference.asValues(record.get("versionedRelease")))
                    .isEqualTo(SharedReference.asValues(SharedReference.real("cdmx/versioned-release-" + n + ".json")));
        }
    }

    @Test
    void badInputIsRefusedNamingThePlaceInSpanishAndEnglish() throws Exception {
        byte[] lines = fictionalExampleLines();
        byte[] cut = java.util.Arrays.copyOf(lines, lines.length / 2);
        HttpResponse<String> spanish = post("/api/v1/ocds/compile", cut, "Content-Type", "application/json");
        assertThat(spanish.statusCode()).isEqualTo(400);
        assertThat(spanish.body()).contains("no es válido en la línea").doesNotContain("Unexpected");
        HttpResponse<String> english = post("/api/v1/ocds/compile", gzip("{\"version\":\"9.9\",\"releases\":[]}".getBytes()),
                "Content-Type", "application/gzip", "Accept-Language", "en");
        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(english.body()).contains("Unknown OCDS version");
        HttpResponse<String> nothing = post("/api/v1/ocds/compile", "{\"version\":\"1.1\",\"releases\":[]}".getBytes(),
                "Content-Type", "application/json");
        assertThat(nothing.statusCode()).isEqualTo(400);
        assertThat(nothing.body()).contains("ninguna entrega");
    }

    @Test
    void theToolIsInTheOpenApiDocument() throws Exception {
        String doc = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/docs")).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(OcdsJson.MAPPER.readTree(doc).get("paths").propertyNames()).contains("/api/v1/ocds/compile");
        assertThat(List.of(doc)).allSatisfy(d -> assertThat(d).contains("ocdskit compile"));
    }
}
