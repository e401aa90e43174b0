package org.apertura.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.apertura.identity.TestCsrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.apertura.IntegrationTest;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.apertura.identity.TestAccounts;
import org.apertura.ledger.LedgerService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/** The directory's pages, and the administrators' forms, over HTTP with the real security. */
@IntegrationTest
class JurisdictionPagesTest {

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
    void theDirectoryIsPublicAndDownloadable() throws Exception {
        mvc.perform(get("/jurisdicciones"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Gómez Palacio")));
        mvc.perform(get("/jurisdicciones/durango"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Instituto Duranguense de Acceso a la Información Pública")))
                .andExpect(content().string(containsString("Poder Judicial")))
                .andExpect(content().string(not(containsString("Editar jurisdicción"))));
        String csv = mvc.perform(get("/jurisdicciones/durango/instituciones.csv"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("instituciones-durango.csv")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFidentificador,nombre,siglas,jurisdiccion,poder,es_garante,sitio_web\r\n")
                .contains("idaip,Instituto Duranguense", ",Organismos autónomos,true,");
        String english = mvc.perform(get("/jurisdicciones/durango/instituciones.csv").param("idioma", "en"))
                .andExpect(header().string("Content-Disposition", containsString("instituciones-durango-en.csv")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).startsWith("\uFEFFslug,name,acronym,jurisdiction,branch,guarantor,website\r\n");
        mvc.perform(get("/datos/diccionario")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Compromisos de un plan de acción")))
                .andExpect(content().string(containsString("hitos_vencidos")));
        mvc.perform(get("/jurisdicciones/atlantida")).andExpect(status().isNotFound());
    }

    @Test
    void adminFormsNeedAnAdministrator() throws Exception {
        mvc.perform(get("/admin/instituciones/nueva")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/entrar"));
        Account person = TestAccounts.person(accounts, "Ciudadana");
        mvc.perform(get("/admin/instituciones/nueva").with(details.signedIn(person))).andExpect(status().isForbidden());
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        Account admin = TestAccounts.admin(accounts);
        mvc.perform(post("/admin/instituciones").with(details.signedIn(admin)).param("name", "Sin token"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anInvalidInstitutionShowsFieldErrorsAndSavesNothing() throws Exception {
        Account admin = TestAccounts.admin(accounts);
        int before = jurisdictions.allInstitutions().size();
        long entries = ledger.verify().entries();
        mvc.perform(post("/admin/instituciones").with(details.signedIn(admin)).with(csrf())
                        .param("name", "Contraloría Municipal").param("jurisdictionSlug", "tepehuanes")
                        .param("branch", "EXECUTIVE").param("website", "no es una dirección"))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(
                        StandardCharsets.UTF_8))).contains("Revise lo siguiente",
                                "En un municipio solo hay instituciones del gobierno municipal.",
                                "Escriba una dirección web completa", "value=\"Contraloría Municipal\""));
        assertThat(jurisdictions.allInstitutions()).hasSize(before);
        assertThat(ledger.verify().entries()).isEqualTo(entries);

        mvc.perform(post("/admin/instituciones").with(details.signedIn(admin)).with(csrf())
                        .param("name", "Contraloría Municipal de Tepehuanes").param("jurisdictionSlug", "tepehuanes")
                        .param("branch", "MUNICIPAL"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/jurisdicciones/tepehuanes#contraloria-municipal-de-tepehuanes"));
        assertThat(jurisdictions.allInstitutions()).hasSize(before + 1);
        assertThat(ledger.verify().entries()).isEqualTo(entries + 1);
    }

    @Test
    void anAdministratorAddsAMunicipalityAndEditsIt() throws Exception {
        Account admin = TestAccounts.admin(accounts);
        mvc.perform(post("/admin/jurisdicciones").with(details.signedIn(admin)).with(csrf())
                        .param("name", "Lerdo").param("level", "MUNICIPALITY").param("parentSlug", "durango")
                        .param("inegiCode", "10012"))
                .andExpect(redirectedUrl("/jurisdicciones/lerdo"));
        mvc.perform(get("/admin/jurisdicciones/lerdo/editar").with(details.signedIn(admin)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("value=\"10012\"")));
        mvc.perform(post("/admin/jurisdicciones/lerdo").with(details.signedIn(admin)).with(csrf())
                        .param("name", "Lerdo").param("slug", "lerdo").param("level", "MUNICIPALITY")
                        .param("parentSlug", "durango").param("inegiCode", "10012")
                        .param("description", "Ciudad Lerdo, en la Comarca Lagunera.").param("version", "0"))
                .andExpect(redirectedUrl("/jurisdicciones/lerdo"));
        assertThat(jurisdictions.get("lerdo").getDescription()).isEqualTo("Ciudad Lerdo, en la Comarca Lagunera.");
        mvc.perform(post("/admin/jurisdicciones/lerdo").with(details.signedIn(admin)).with(csrf())
                        .param("name", "Lerdo").param("slug", "lerdo").param("level", "MUNICIPALITY")
                        .param("parentSlug", "durango").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Alguien más cambió este registro")));
    }
}
