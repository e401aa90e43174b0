package org.apertura.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import org.apertura.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The API for people: every operation of the OpenAPI description, on a page that needs no JavaScript. */
@IntegrationTest
class ApiPagesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void everyOperationOfTheDescriptionIsOnThePage() throws Exception {
        String docs = mvc.perform(get("/api/docs")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        String page = mvc.perform(get("/desarrolladores")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("API abierta", "/api/v1/requests", "/api/v1/ledger", "/api/3/action/{action}",
                "Requiere token", "Abrir en el navegador", "href=\"/api/docs\"");
        assertThat(page).doesNotContain("<script");
        // As many operations on the page as paths × methods in the description.
        int described = 0;
        for (String method : new String[] {"\"get\"", "\"post\"", "\"put\"", "\"patch\"", "\"delete\""}) {
            described += docs.split(method + ":\\{", -1).length - 1;
        }
        assertThat(page.split("class=\"api-operation\"", -1).length - 1).isEqualTo(described);
    }

    @Test
    void theApiPageSpeaksEnglishToo() throws Exception {
        String page = mvc.perform(get("/desarrolladores").locale(Locale.ENGLISH).param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("Open API", "Needs a token", "Open in the browser");
    }
}
