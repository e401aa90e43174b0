package org.apertura.accessinfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apertura.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * The request search page ({@code /solicitudes}) and the API ({@code /api/v1/requests}) read their parameters with one
 * parser ({@link RequestSearchParams}): the same bad input is refused by both, with 400 and the same words in each
 * language, and the same good input is accepted by both with the same number of requests found.
 */
@IntegrationTest
class AccessRequestSearchParamsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    MessageSource messages;

    /** The page's parameter name for each of the API's. */
    static final Map<String, String> PAGE_NAMES = Map.of("stage", "estado", "outcome", "resultado", "from", "desde",
            "to", "hasta");

    record Input(String parameter, String value, String messageKey) {
    }

    @Test
    void thePageAndTheApiRefuseTheSameBadInputWithTheSameWords() throws Exception {
        List<Input> bad = List.of(new Input("stage", "VENCIDO", "accessinfo.validation.stage"),
                new Input("stage", "answered", "accessinfo.validation.stage"),
                new Input("outcome", "ENTREGADA", "accessinfo.validation.outcome"),
                new Input("from", "2026-13-01", "calendar.error.date"),
                new Input("to", "ayer", "calendar.error.date"));
        for (Input input : bad) {
            for (String language : List.of("es", "en")) {
                MockHttpServletResponse api = mvc.perform(get("/api/v1/requests").param(input.parameter(), input.value())
                        .header("Accept-Language", language)).andReturn().getResponse();
                MockHttpServletResponse page = mvc.perform(get("/solicitudes")
                        .param(PAGE_NAMES.get(input.parameter()), input.value()).param("lang", language))
                        .andReturn().getResponse();
                String words = messages.getMessage(input.messageKey(), null, Locale.forLanguageTag(language));
                assertThat(api.getStatus()).as("%s %s", input, language).isEqualTo(400);
                assertThat(page.getStatus()).as("%s %s", input, language).isEqualTo(400);
                assertThat((List<String>) JsonPath.read(api.getContentAsString(), "$.errors[*].message"))
                        .as("%s %s", input, language).containsExactly(words);
                assertThat((List<String>) JsonPath.read(api.getContentAsString(), "$.errors[*].field"))
                        .containsExactly(input.parameter());
                assertThat(page.getContentAsString()).as("%s %s", input, language).contains(HtmlUtils.htmlEscape(words))
                        .contains("class=\"error-summary\"");
            }
        }
        // every problem at once, in the same order on both
        MockHttpServletResponse api = mvc.perform(get("/api/v1/requests").param("stage", "X").param("outcome", "Y")
                .param("from", "Z")).andReturn().getResponse();
        assertThat((List<String>) JsonPath.read(api.getContentAsString(), "$.errors[*].field"))
                .containsExactly("outcome", "stage", "from");
        String page = mvc.perform(get("/solicitudes").param("estado", "X").param("resultado", "Y").param("desde", "Z")
                .param("lang", "es")).andReturn().getResponse().getContentAsString();
        assertThat(page).containsSubsequence(HtmlUtils.htmlEscape(messages.getMessage("accessinfo.validation.outcome",
                null, Locale.forLanguageTag("es"))), HtmlUtils.htmlEscape(messages.getMessage(
                        "accessinfo.validation.stage", null, Locale.forLanguageTag("es"))));
    }

    @Test
    void thePageAndTheApiAcceptTheSameGoodInputAndFindTheSameRequests() throws Exception {
        List<Map<String, String>> good = List.of(Map.of(), Map.of("stage", "VENCIDA"), Map.of("stage", "OVERDUE"),
                Map.of("stage", " ANSWERED "), Map.of("outcome", "DELIVERED"), Map.of("from", "2026-01-01"),
                Map.of("from", "2025-01-01", "to", "2026-12-31", "stage", "IN_PROCESS"),
                Map.of("stage", "", "outcome", "", "from", "", "to", ""));
        for (Map<String, String> input : good) {
            var apiRequest = get("/api/v1/requests");
            var pageRequest = get("/solicitudes").param("lang", "es");
            for (var e : input.entrySet()) {
                apiRequest = apiRequest.param(e.getKey(), e.getValue());
                pageRequest = pageRequest.param(PAGE_NAMES.get(e.getKey()), e.getValue());
            }
            MockHttpServletResponse api = mvc.perform(apiRequest).andReturn().getResponse();
            MockHttpServletResponse page = mvc.perform(pageRequest).andReturn().getResponse();
            assertThat(api.getStatus()).as("%s", input).isEqualTo(200);
            assertThat(page.getStatus()).as("%s", input).isEqualTo(200);
            long total = ((Number) JsonPath.read(api.getContentAsString(), "$.total")).longValue();
            assertThat(total).isLessThan(RequestSearch.COUNT_LIMIT);
            assertThat(page.getContentAsString()).as("%s", input).contains(HtmlUtils.htmlEscape(messages.getMessage(
                    "accessinfo.search.count", new Object[] {total}, Locale.forLanguageTag("es"))))
                    .doesNotContain("class=\"error-summary\"");
        }
    }
}
