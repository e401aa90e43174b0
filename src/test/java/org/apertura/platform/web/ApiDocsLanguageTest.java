package org.apertura.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apertura.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The OpenAPI description (/api/docs) speaks Spanish by default and English on Accept-Language: en, from the
 * bundles i18n/api*.properties: tag names, tag descriptions, operation summaries and descriptions. No reader ever
 * sees a message key.
 */
@IntegrationTest
class ApiDocsLanguageTest {

    @Autowired
    MockMvc mvc;

    @Test
    void spanishByDefaultEnglishWhenAsked() throws Exception {
        JsonNode english = docs(get("/api/docs").header("Accept-Language", "en-US,en;q=0.9"));
        JsonNode spanish = docs(get("/api/docs"));

        assertThat(spanish.at("/info/description").asString()).startsWith("Datos abiertos de gobierno abierto local");
        assertThat(english.at("/info/description").asString()).startsWith("Open data of local open government");
        assertThat(tagNames(spanish)).contains("Solicitudes de acceso a la información", "Recursos de revisión",
                        "Planes de acción", "Cuentas", "Historial público")
                .doesNotContain("Access requests", "Appeals", "Action plans", "Accounts", "Ledger");
        assertThat(tagNames(english)).contains("Access requests", "Appeals", "Action plans", "Accounts", "Ledger")
                .doesNotContain("Solicitudes de acceso a la información", "Cuentas");
        assertThat(tagDescription(spanish, "Cuentas")).isEqualTo("La cuenta dueña del token");
        assertThat(tagDescription(english, "Accounts")).isEqualTo("The account that owns the token");

        assertThat(spanish.at("/paths/~1api~1v1~1me/get/summary").asString())
                .isEqualTo("La cuenta dueña del token de portador (bearer)");
        assertThat(english.at("/paths/~1api~1v1~1me/get/summary").asString()).isEqualTo("The account of the bearer token");
        assertThat(spanish.at("/paths/~1api~1v1~1me/get/tags/0").asString()).isEqualTo("Cuentas");
        assertThat(english.at("/paths/~1api~1v1~1me/get/tags/0").asString()).isEqualTo("Accounts");
        assertThat(spanish.at("/paths/~1api~1v1~1appeals/get/summary").asString())
                .startsWith("Recursos de revisión, los más recientes primero");
        assertThat(spanish.at("/paths/~1api~1v1~1calendars~1{calendar}~1due-date/get/description").asString())
                .startsWith("received = la fecha si es día hábil");
        assertThat(english.at("/paths/~1api~1v1~1calendars~1{calendar}~1due-date/get/description").asString())
                .startsWith("received = the date if it is a business day");
        assertThat(spanish.at("/paths/~1api~1v1~1requests/get/summary").asString())
                .contains("sujeto obligado", "OVERDUE: vencidas");
        assertThat(english.at("/paths/~1api~1v1~1requests/get/summary").asString()).startsWith("Search requests");
    }

    @Test
    void noReaderSeesAKeyAndEveryOperationHasASummaryInEachLanguage() throws Exception {
        JsonNode spanish = docs(get("/api/docs"));
        JsonNode english = docs(get("/api/docs").header("Accept-Language", "en"));
        for (JsonNode doc : List.of(spanish, english)) {
            assertThat(doc.at("/info/description").asString()).isNotBlank().doesNotStartWith("api.");
            Map<String, JsonNode> operations = operations(doc);
            assertThat(operations).hasSizeGreaterThan(50);
            operations.forEach((name, op) -> {
                assertThat(text(op, "summary")).as("summary of %s", name).isNotBlank().doesNotStartWith("api.");
                assertThat(text(op, "description")).as("description of %s", name).doesNotStartWith("api.");
                op.path("tags").forEach(tag -> assertThat(tag.asString()).as("tag of %s", name).doesNotStartWith("api."));
                op.path("parameters").forEach(p -> assertThat(text(p, "description"))
                        .as("parameter %s of %s", text(p, "name"), name).doesNotStartWith("api."));
                op.path("responses").properties().forEach(r -> assertThat(text(r.getValue(), "description"))
                        .as("response %s of %s", r.getKey(), name).doesNotStartWith("api."));
            });
            doc.path("tags").forEach(tag -> {
                assertThat(text(tag, "name")).isNotBlank().doesNotStartWith("api.");
                assertThat(text(tag, "description")).as(text(tag, "name")).doesNotStartWith("api.");
            });
        }
        // Every operation reads differently in each language: its words come from the bundles.
        Map<String, JsonNode> spanishOps = operations(spanish);
        operations(english).forEach((name, op) -> assertThat(text(spanishOps.get(name), "summary"))
                .as("Spanish summary of %s", name).isNotEqualTo(text(op, "summary")));
    }

    private JsonNode docs(MockHttpServletRequestBuilder request) throws Exception {
        String body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return new ObjectMapper().readTree(body);
    }

    private static Map<String, JsonNode> operations(JsonNode doc) {
        Map<String, JsonNode> operations = new LinkedHashMap<>();
        doc.path("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(op -> operations.put(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue())));
        return operations;
    }

    private static List<String> tagNames(JsonNode doc) {
        List<String> names = new ArrayList<>();
        doc.path("tags").forEach(tag -> names.add(text(tag, "name")));
        return names;
    }

    private static String tagDescription(JsonNode doc, String name) {
        for (JsonNode tag : doc.path("tags")) {
            if (name.equals(text(tag, "name"))) {
                return text(tag, "description");
            }
        }
        return null;
    }

    private static String text(JsonNode node, String field) {
        return node != null && node.hasNonNull(field) ? node.get(field).asString() : "";
    }
}
