package org.apertura.opendata.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** CKAN's envelope and error objects (ckan/views/api.py), and how request data is read. */
class CkanEnvelopeTest {

    @Test
    void errorsCarryCkansTypeAndStatus() {
        assertThat(CkanError.badRequest("Action name not known: nada").body()).isEqualTo(Map.of(
                "__type", "Bad Request", "message", "Bad request - Action name not known: nada"));
        assertThat(CkanError.badRequest("x").status()).isEqualTo(400);
        assertThat(CkanError.searchQuery("Invalid \"sort\" parameter").status()).isEqualTo(400);
        assertThat(CkanError.notAuthorized(null).body()).containsEntry("__type", "Authorization Error")
                .containsEntry("message", "Access denied");
        assertThat(CkanError.notAuthorized(null).status()).isEqualTo(403);
        assertThat(CkanError.notFound("Dataset").body()).containsEntry("message", "Not found: Dataset");
        assertThat(CkanError.notFound(null).status()).isEqualTo(404);
        CkanError validation = CkanError.validation("name", "That URL is already in use.");
        assertThat(validation.status()).isEqualTo(409);
        assertThat(validation.body()).isEqualTo(Map.of("__type", "Validation Error",
                "name", List.of("That URL is already in use.")));
    }

    @Test
    void requestDataIsAJsonDictionary() {
        JsonMapper json = JsonMapper.builder().build();
        assertThat(CkanParams.ofJson(json, "{\"rows\": 5, \"fq\": \"tags:a\"}").integer("rows")).isEqualTo(5);
        assertThat(CkanParams.ofJson(json, "").asMap()).isEmpty();
        assertThatThrownBy(() -> CkanParams.ofJson(json, "{rows")).isInstanceOfSatisfying(CkanError.class,
                e -> assertThat(e.getMessage()).startsWith("Bad request - JSON Error"));
        assertThatThrownBy(() -> CkanParams.ofJson(json, "[1, 2]")).isInstanceOfSatisfying(CkanError.class,
                e -> assertThat(e.getMessage()).contains("needs to be a dictionary"));
    }

    @Test
    void typedValuesAnswerCkansValidationMessages() {
        JsonMapper json = JsonMapper.builder().build();
        CkanParams p = CkanParams.ofMulti(Map.of("rows", new String[] {"diez"}, "start", new String[] {"-1"},
                "facet.field", new String[] {"[\"organization\",\"tags\"]"}, "fq_list", new String[] {"a:1", "b:2"},
                "include_private", new String[] {"True"}));
        assertThatThrownBy(() -> p.natural("rows", 10)).isInstanceOfSatisfying(CkanError.class,
                e -> assertThat(e.body()).containsEntry("rows", List.of("Invalid integer")));
        assertThatThrownBy(() -> p.natural("start", 0)).isInstanceOfSatisfying(CkanError.class,
                e -> assertThat(e.body()).containsEntry("start", List.of("Must be a natural number")));
        assertThat(p.strings(json, "facet.field")).containsExactly("organization", "tags");
        assertThat(p.strings(json, "fq_list")).containsExactly("a:1", "b:2");
        assertThat(p.bool("include_private", false)).isTrue();
        assertThat(p.natural("offset", 7)).isEqualTo(7);
    }
}
