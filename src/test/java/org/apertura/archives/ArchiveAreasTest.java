package org.apertura.archives;

import static org.apertura.identity.TestCsrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apertura.IntegrationTest;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.apertura.identity.TestAccounts;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.SystemActor;
import org.apertura.platform.time.Today;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

/**
 * The guía names each archive's responsible person and location: the demo executive's are public (page, CSV, JSON);
 * the área coordinadora designates one on the guía's page (to the ledger; a new designation replaces the person);
 * bad input is refused in Spanish and English and changes nothing; an archivist who is not the coordinator cannot.
 */
@IntegrationTest
class ArchiveAreasTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MessageSource messages;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsAccess details;

    @Test
    void theCoordinatorDesignatesAnArchivesResponsiblePersonAndEveryoneReadsIt() throws Exception {
        String guide = "/archivos/" + ArchivesDemo.STATE + "/guia";
        assertThat(page(get(guide), null)).contains("Mtra. Laura Estela Reyes Núñez")
                .contains("Jefa del archivo de concentración").contains("Calle Negrete 500, Zona Centro, Durango");
        assertThat(mvc.perform(get(guide + "/archivos.csv")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("Archivo de concentración")
                .contains("Dr. Ignacio Soto Carrillo");
        assertThat(mvc.perform(get(guide + ".json")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("\"archive\":\"historico\"");

        Account coordinator = TestAccounts.person(accounts, "Coordinación de archivos");
        SystemActor.run(() -> accounts.grant(coordinator.getId(), Role.COORDINATING_ARCHIVIST, ArchivesDemo.STATE,
                null));
        RequestPostProcessor signedIn = details.signedIn(coordinator);
        int rows = count();
        int entries = jdbc.queryForObject("SELECT COUNT(*) FROM ledger_entry WHERE type = 'archive.designated'",
                Integer.class);
        for (Locale locale : List.of(Today.LOCALE, Locale.ENGLISH)) {
            String refused = page(post(guide + "/archivos").param("archivo", "TRAMITE").param("unidad", " ")
                    .param("nombre", "").param("cargo", "Responsable").param("ubicacion", "Piso 2")
                    .with(signedIn).with(csrf()), locale);
            assertThat(refused).contains(messages.getMessage("archives.area.error.unit", null, locale))
                    .contains(messages.getMessage("archives.area.error.name", null, locale));
            assertThat(page(post(guide + "/archivos").param("archivo", "OTRO").with(signedIn).with(csrf()), locale))
                    .contains(messages.getMessage("archives.area.error.kind", null, locale));
            assertThat(page(post(guide + "/archivos").param("archivo", "HISTORICO").param("nombre", "x".repeat(201))
                    .param("cargo", "").param("ubicacion", "").with(signedIn).with(csrf()), locale))
                    .contains(messages.getMessage("archives.area.error.long", new Object[] {200}, locale))
                    .contains(messages.getMessage("archives.area.error.post", null, locale))
                    .contains(messages.getMessage("archives.area.error.location", null, locale));
        }
        assertThat(count()).as("nothing saved").isEqualTo(rows);

        mvc.perform(post(guide + "/archivos").param("archivo", "CONCENTRACION").param("nombre", "Lic. Pablo Ortega Cruz")
                .param("cargo", "Jefe del archivo de concentración").param("ubicacion", "Calle Negrete 500")
                .with(signedIn).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(count()).as("a new designation replaces the person").isEqualTo(rows);
        assertThat(page(get(guide), null)).contains("Lic. Pablo Ortega Cruz").doesNotContain("Laura Estela Reyes");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ledger_entry WHERE type = 'archive.designated'",
                Integer.class)).isEqualTo(entries + 1);

        Account archivist = TestAccounts.person(accounts, "Archivista");
        SystemActor.run(() -> accounts.grant(archivist.getId(), Role.ARCHIVIST, ArchivesDemo.STATE, null));
        mvc.perform(post(guide + "/archivos").param("archivo", "HISTORICO").param("nombre", "X").param("cargo", "Y")
                .param("ubicacion", "Z").with(details.signedIn(archivist)).with(csrf()))
                .andExpect(status().isForbidden());
    }

    private int count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM archives_area WHERE institution_slug = ?", Integer.class,
                ArchivesDemo.STATE);
    }

    private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            Locale locale) throws Exception {
        if (locale != null) {
            request.cookie(new jakarta.servlet.http.Cookie("APERTURA_LANG", locale.toLanguageTag()));
        }
        return HtmlUtils.htmlUnescape(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }
}
