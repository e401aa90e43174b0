package org.apertura.opendata.api;

import static org.apertura.opendata.api.OpenDataFixtures.CONGRESS;
import static org.apertura.opendata.api.OpenDataFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apertura.IntegrationTest;
import org.apertura.opendata.DatasetPublishing;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** /data.json is a Project Open Data v1.1 catalog, valid against its JSON Schema. */
@IntegrationTest
class DataJsonTest {

    private static final String BASE = "https://project-open-data.cio.gov/v1.1/schema/";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    DatasetPublishing publishing;

    static Schema catalogSchema() {
        Map<String, String> schemas = new HashMap<>();
        for (String file : List.of("catalog.json", "dataset.json", "distribution.json", "organization.json",
                "vcard.json")) {
            try (InputStream in = DataJsonTest.class.getResourceAsStream("/opendata/data.json-v1.1/" + file)) {
                schemas.put(BASE + file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
                builder -> builder.schemas(schemas));
        return registry.getSchema(SchemaLocation.of(BASE + "catalog.json"));
    }

    @Test
    void theCatalogIsValidDataJson() throws Exception {
        String full = OpenDataFixtures.published(publishing, CONGRESS, unique("datajson"), "agua");
        String bare = OpenDataFixtures.bare(publishing, CONGRESS, unique("datajson-minimo"));
        MockHttpServletResponse response = mvc.perform(get("/data.json")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeaders("Set-Cookie")).isEmpty();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        List<Error> errors = catalogSchema().validate(body, com.networknt.schema.InputFormat.JSON);
        assertThat(errors).as("data.json schema errors").isEmpty();

        JsonNode catalog = json.readTree(body);
        assertThat(catalog.get("conformsTo").asString()).isEqualTo("https://project-open-data.cio.gov/v1.1/schema");
        JsonNode dataset = null;
        for (JsonNode d : catalog.get("dataset")) {
            if (d.get("landingPage").asString().endsWith("/datos/" + full)) {
                dataset = d;
            }
        }
        assertThat(dataset).isNotNull();
        assertThat(dataset.get("accrualPeriodicity").asString()).isEqualTo("R/P3M");
        assertThat(dataset.get("temporal").asString()).isEqualTo("2025-01-01/2025-12-31");
        assertThat(dataset.get("contactPoint").get("hasEmail").asString())
                .isEqualTo("mailto:transparencia@durango.example.mx");
        assertThat(dataset.get("distribution").get(0).get("mediaType").asString()).startsWith("text/csv");
        assertThat(body).contains("/datos/" + bare);
    }

    @Test
    void theSchemaRefusesWhatItShould() {
        // The validator is live: a catalog missing its datasets' required fields fails.
        List<Error> errors = catalogSchema().validate("{\"conformsTo\": \"https://project-open-data.cio.gov/v1.1/schema\", "
                + "\"dataset\": [{\"title\": \"x\"}]}", com.networknt.schema.InputFormat.JSON);
        assertThat(errors).isNotEmpty();
    }
}
