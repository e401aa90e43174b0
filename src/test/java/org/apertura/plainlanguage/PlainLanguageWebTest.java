package org.apertura.plainlanguage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.apertura.identity.TestCsrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.apertura.IntegrationTest;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.apertura.identity.TestAccounts;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.ledger.LedgerService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/** The analysis API, the writing aid, the glossary, and the score beside a public text field. */
@IntegrationTest
class PlainLanguageWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsAccess details;
    @Autowired
    JurisdictionService jurisdictions;
    @Autowired
    LedgerService ledger;

    @Test
    void theApiScoresTextWithoutAToken() throws Exception {
        mvc.perform(post("/api/v1/plain-language/analysis").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"Hoy es un lindo día.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sentences").value(1))
                .andExpect(jsonPath("$.words").value(5))
                .andExpect(jsonPath("$.syllables").value(7))
                .andExpect(jsonPath("$.letters").value(15))
                .andExpect(jsonPath("$.fernandezHuerta").value(117.74))
                .andExpect(jsonPath("$.szigrisztPazos").value(114.62))
                .andExpect(jsonPath("$.inflesz").value("muy fácil"))
                .andExpect(jsonPath("$.gutierrezPolini").value(64.35))
                .andExpect(jsonPath("$.crawford").value(-0.65))
                .andExpect(jsonPath("$.mu").value(250.00))
                .andExpect(jsonPath("$.hints.length()").value(0))
                .andExpect(jsonPath("$.segments").doesNotExist());
    }

    @Test
    void hintsPointIntoTheTextInTheCallersLanguage() throws Exception {
        String body = "{\"text\": \"En virtud de lo anterior, se aprobó el plan.\"}";
        mvc.perform(post("/api/v1/plain-language/analysis").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(jsonPath("$.hints[0].kind").value("JARGON"))
                .andExpect(jsonPath("$.hints[0].start").value(0))
                .andExpect(jsonPath("$.hints[0].end").value(12))
                .andExpect(jsonPath("$.hints[0].message").value("«En virtud de» es lenguaje burocrático. Use una palabra más simple."))
                .andExpect(jsonPath("$.hints[0].suggestion").value("por, debido a"))
                .andExpect(jsonPath("$.hints[1].kind").value("PASSIVE_VOICE"));
        mvc.perform(post("/api/v1/plain-language/analysis").contentType(MediaType.APPLICATION_JSON).content(body)
                        .header("Accept-Language", "en"))
                .andExpect(jsonPath("$.hints[0].message").value("\"En virtud de\" is bureaucratic wording. Use a simpler word."));
    }

    @Test
    void badInputGetsAClearError() throws Exception {
        mvc.perform(post("/api/v1/plain-language/analysis").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"))
                .andExpect(jsonPath("$.errors[0].message").value("Escriba o pegue un texto para analizar."));
        mvc.perform(post("/api/v1/plain-language/analysis").contentType(MediaType.APPLICATION_JSON).content("texto suelto"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("no es JSON válido")));
        mvc.perform(post("/api/v1/plain-language/analysis").contentType(MediaType.TEXT_PLAIN).content("Hola."))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.detail").value(containsString("Content-Type: application/json")));
        String tooLong = "a".repeat(PlainLanguageService.MAX_CHARACTERS + 1);
        mvc.perform(post("/api/v1/plain-language/analysis").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"" + tooLong + "\"}").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("The text is too long: the most is 200,000 characters."));
    }

    @Test
    void theWritingAidShowsScoresAndHintsInPlace() throws Exception {
        mvc.perform(get("/lenguaje-ciudadano")).andExpect(status().isOk());
        String page = mvc.perform(post("/lenguaje-ciudadano").with(csrf())
                        .param("text", "El suscrito informa. Hoy es un lindo día."))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(HtmlUtils.htmlUnescape(page)).contains("INFLESZ", "<mark id=\"m1\">El suscrito</mark>",
                "Palabra burocrática", "Mejor:", "<q>yo</q>", "Conteos: 2 oraciones, 8 palabras");
        mvc.perform(post("/lenguaje-ciudadano").with(csrf()).param("text", "   "))
                .andExpect(content().string(containsString("Escriba o pegue un texto para analizar.")));
    }

    @Test
    void theGlossaryIsAPageACsvAndJson() throws Exception {
        mvc.perform(get("/glosario")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"sujeto-obligado\"")));
        mvc.perform(get("/api/v1/plain-language/glossary"))
                .andExpect(jsonPath("$[*].slug", hasItem("secretariado-tecnico-local")))
                .andExpect(jsonPath("$[?(@.slug == 'version-publica')].source").value("LGTAIP 2025, art. 3, fr. XXI"));
        mvc.perform(get("/glosario.csv")).andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"));
    }

    @Test
    void aPublicTextFieldShowsItsScoreBeforeSavingAndTheReviewSavesNothing() throws Exception {
        Account admin = TestAccounts.admin(accounts);
        long version = jurisdictions.get("gomez-palacio").getVersion();
        long entries = ledger.verify().entries();
        String page = mvc.perform(post("/admin/jurisdicciones/gomez-palacio").with(details.signedIn(admin)).with(csrf())
                        .param("name", "Gómez Palacio").param("slug", "gomez-palacio").param("level", "MUNICIPALITY")
                        .param("parentSlug", "durango").param("inegiCode", "10007").param("version", String.valueOf(version))
                        .param("description", "De conformidad con el acuerdo, el municipio coadyuvará en la implementación.")
                        .param("revisar", "1"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(HtmlUtils.htmlUnescape(page)).contains("INFLESZ", "«De conformidad con» es lenguaje burocrático",
                "Todavía no es lenguaje ciudadano");
        assertThat(jurisdictions.get("gomez-palacio").getVersion()).isEqualTo(version);
        assertThat(jurisdictions.get("gomez-palacio").getDescription()).doesNotContain("coadyuvará");
        assertThat(ledger.verify().entries()).isEqualTo(entries);
    }
}
