package org.apertura.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apertura.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Fiscal Data Package export follows the specification (0.3): its descriptor validates against a JSON Schema of the
 * specification's requirements (which accepts the specification's own examples), every measure and attribute reads a
 * field its resource declares, and each data file's header is its resource's fields.
 */
@IntegrationTest
class FiscalDataPackageSchemaTest {

    private static final String BASE = "/presupuesto/" + BudgetDemo.STATE + "/" + BudgetDemo.YEAR;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    static String resource(String name) {
        try (InputStream in = FiscalDataPackageSchemaTest.class.getResourceAsStream("/budget/fiscal-data-package/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Schema schema() {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                .getSchema(resource("schema-0.3.json"), InputFormat.JSON);
    }

    @Test
    void theSchemaAcceptsTheSpecificationsExamplesAndRefusesWhatTheSpecificationForbids() {
        for (String example : List.of("example-minimal.json", "example-labels-and-hierarchies.json",
                "example-entities-normalized.json")) {
            assertThat(schema().validate(resource(example), InputFormat.JSON)).as(example).isEmpty();
        }
        String bad = resource("example-minimal.json").replace("\"currency\": \"USD\"", "\"currency\": \"USD\", "
                + "\"phase\": \"spent\"");
        assertThat(schema().validate(bad, InputFormat.JSON)).isNotEmpty();
        assertThat(schema().validate("{\"name\": \"x\", \"title\": \"x\", \"resources\": []}", InputFormat.JSON))
                .isNotEmpty();
    }

    @Test
    void theExportedDescriptorIsValidAndEveryMeasureAndAttributeReadsAFieldOfItsResource() throws Exception {
        String descriptor = mvc.perform(get(BASE + "/datapackage.json")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<Error> errors = schema().validate(descriptor, InputFormat.JSON);
        assertThat(errors).isEmpty();

        JsonNode root = JSON.readTree(descriptor);
        Map<String, List<String>> fields = new HashMap<>();
        String first = null;
        for (JsonNode resource : root.path("resources")) {
            List<String> names = new ArrayList<>();
            resource.path("schema").path("fields").forEach(f -> names.add(f.path("name").asString()));
            fields.put(resource.path("name").asString(), names);
            first = first == null ? resource.path("name").asString() : first;
        }
        assertThat(fields).containsKeys("presupuesto", "ingresos");
        List<String> unknown = new ArrayList<>();
        String firstResource = first;
        root.path("model").path("measures").properties().forEach(m -> {
            String in = m.getValue().path("resource").asString(firstResource);
            if (!fields.getOrDefault(in, List.of()).contains(m.getValue().path("source").asString())) {
                unknown.add("measure " + m.getKey());
            }
        });
        root.path("model").path("dimensions").properties().forEach(d -> d.getValue().path("attributes").properties()
                .forEach(a -> {
                    String in = a.getValue().path("resource").asString(firstResource);
                    if (!fields.getOrDefault(in, List.of()).contains(a.getValue().path("source").asString())) {
                        unknown.add("attribute " + d.getKey() + "." + a.getKey());
                    }
                }));
        assertThat(unknown).isEmpty();

        for (JsonNode resource : root.path("resources")) {
            String csv = mvc.perform(get(BASE + "/" + resource.path("path").asString())).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(List.of(csv.lines().findFirst().orElseThrow().split(",")))
                    .as(resource.path("name").asString()).isEqualTo(fields.get(resource.path("name").asString()));
        }
    }
}
