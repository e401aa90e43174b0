package org.apertura.archives;

import static org.apertura.archives.ArchivesTesting.as;
import static org.apertura.identity.TestCsrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apertura.IntegrationTest;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.apertura.identity.TestAccounts;
import org.apertura.jurisdiction.Branch;
import org.apertura.jurisdiction.InstitutionDraft;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.SystemActor;
import org.apertura.platform.time.Today;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

/**
 * The fichas técnicas de valoración: an archivist imports them into a draft version at its page; a file naming a
 * series the catálogo lacks, contradicting the catálogo or missing a justification is refused with every problem,
 * in Spanish and English, and nothing is saved; once the Grupo approves the version they are public (page, CSV, JSON),
 * counted in the approval's ledger entry, and no longer change; the export imports back into the next draft.
 */
@IntegrationTest
class ValuationSheetsTest {

    private static final String GOOD = """
            Código,Áreas productoras,Contexto,Contenido,Años de trámite,Justificación de la valoración,Ubicación
            CDG.1C.1,Secretaría General,Ley Orgánica del Congreso art. 10,Iniciativas y sus dictámenes,2,Testimonian la labor legislativa,Archivo de la Secretaría General
            CDG.1C.2,Oficialía de Partes,Reglamento interior art. 5,Oficios recibidos y enviados,,Sin valor secundario: baja al terminar,
            """;
    /** The fichas of the catálogo's other three series: with {@link #GOOD}, one for every series. */
    private static final String REST = """
            CDG.2C.1.1,Dirección de Administración,Reglamento interior art. 40,Nombramientos,,Se conserva una muestra,
            CDG.2C.1.2,Dirección de Administración,Reglamento interior art. 40,Incidencias,,Sin valor secundario,
            CDG.2C.2,Contraloría Interna,Ley de Fiscalización art. 7,Auditorías practicadas,,Sin valor secundario,
            """;
    private static final String BAD = """
            Código,Áreas productoras,Contexto,Contenido,Años de trámite,Justificación de la valoración
            CDG.9C.9,Secretaría General,Ley,Iniciativas,2,Porque sí
            CDG.1C.1,Secretaría General,Ley,Iniciativas,5,Porque sí
            CDG.1C.2,Oficialía de Partes,Reglamento,Oficios,,
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MessageSource messages;
    @Autowired
    JurisdictionService directory;
    @Autowired
    Instruments instruments;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsAccess details;
    @Autowired
    Today today;

    @Test
    void fichasAreImportedIntoADraftRefusedWhenWrongAndPublicOnceApproved() throws Exception {
        String slug = "fichas-" + UUID.randomUUID().toString().substring(0, 8);
        SystemActor.run(() -> directory.createInstitution(new InstitutionDraft(slug, "Instituto de fichas " + slug,
                null, "durango", Branch.AUTONOMOUS, false, null, null)));
        Instrument draft = as(Role.ARCHIVIST, slug, () -> instruments.importFile(slug, "c.csv",
                ArchivesTesting.bytes(ArchivesTesting.CATALOG)));
        Account account = TestAccounts.person(accounts, "Archivista de fichas");
        SystemActor.run(() -> accounts.grant(account.getId(), Role.ARCHIVIST, slug, null));
        RequestPostProcessor archivist = details.signedIn(account);
        Account coordinating = TestAccounts.person(accounts, "Coordinación de archivos de fichas");
        SystemActor.run(() -> accounts.grant(coordinating.getId(), Role.COORDINATING_ARCHIVIST, slug, null));
        RequestPostProcessor coordinator = details.signedIn(coordinating);
        String path = "/archivos/" + slug + "/instrumentos/" + draft.getNumber() + "/fichas";

        mvc.perform(get(path)).andExpect(status().isNotFound());
        for (Locale locale : List.of(Today.LOCALE, Locale.ENGLISH)) {
            String page = text(mvc.perform(multipart(path).file(file(BAD)).with(archivist).with(csrf())
                    .cookie(new jakarta.servlet.http.Cookie("APERTURA_LANG", locale.toLanguageTag())))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
            assertThat(page).contains(messages.getMessage("archives.ficha.error.unknownSeries",
                    new Object[] {"CDG.9C.9"}, locale));
            assertThat(page).contains(messages.getMessage("archives.ficha.error.disagrees",
                    new Object[] {"Años de trámite", "2"}, locale));
            assertThat(page).contains(messages.getMessage("archives.ficha.error.empty",
                    new Object[] {"Justificación"}, locale));
        }
        assertThat(text(mvc.perform(multipart(path).file(file("Código,Contenido\nCDG.1C.1,Iniciativas\n"))
                .with(archivist).with(csrf())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8))).contains(messages.getMessage(
                        "archives.ficha.error.missingColumn", new Object[] {"Justificación"}, Today.LOCALE));
        assertThat(fichas(slug)).as("a refused file saves nothing").isZero();

        mvc.perform(multipart(path).file(file(GOOD)).with(archivist).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(fichas(slug)).isEqualTo(2);
        assertThat(text(mvc.perform(get(path).with(archivist)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8))).contains("Testimonian la labor legislativa")
                .contains(messages.getMessage("archives.fichas.countOf", new Object[] {2, 5}, Today.LOCALE));

        // the catálogo is built from the fichas: no approval while a series has none, naming each in both languages
        for (Locale locale : List.of(Today.LOCALE, Locale.ENGLISH)) {
            String page = text(mvc.perform(post("/archivos/" + slug + "/instrumentos/" + draft.getNumber()
                    + "/aprobacion").param("acta", "GI-2").param("fecha", today.date().toString())
                    .param("integrantes", "Coordinación de archivos\nÓrgano Interno de Control").with(coordinator)
                    .with(csrf()).cookie(new jakarta.servlet.http.Cookie("APERTURA_LANG", locale.toLanguageTag())))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
            assertThat(page).contains(messages.getMessage("archives.approve.error.fichas", new Object[] {3,
                    "CDG.2C.1.1 Nombramientos; CDG.2C.1.2 Incidencias; CDG.2C.2 Auditorías"}, locale));
        }
        assertThat(instruments.inForce(slug)).as("a refused approval changes nothing").isEmpty();
        mvc.perform(multipart(path).file(file(GOOD + REST)).with(archivist).with(csrf()))
                .andExpect(status().is3xxRedirection());
        as(Role.COORDINATING_ARCHIVIST, slug, () -> instruments.approve(slug, draft.getNumber(), "GI-2",
                today.date(), "Coordinación de archivos\nÓrgano Interno de Control"));
        assertThat(jdbc.queryForObject("SELECT payload FROM ledger_entry WHERE module = 'archives' AND type = "
                + "'instrument.approved' AND subject_id = ?", String.class, draft.getId().toString()))
                .contains("\"valuationSheets\":5");
        assertThat(text(mvc.perform(get("/archivos/" + slug + "/fichas")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8))).contains("Testimonian la labor legislativa");
        String csv = mvc.perform(get("/archivos/" + slug + "/fichas.csv")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("Justificación de la valoración").contains("Sin valor secundario: baja al terminar");
        assertThat(mvc.perform(get("/archivos/" + slug + "/fichas.json")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("\"justification\"")
                .contains("\"finalDestination\":\"baja\"");

        String refused = text(mvc.perform(multipart(path).file(file(GOOD)).with(archivist).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(refused).contains(messages.getMessage("archives.ficha.error.notDraft",
                new Object[] {draft.getNumber()}, Today.LOCALE));
        assertThat(fichas(slug)).isEqualTo(5);

        Instrument next = as(Role.ARCHIVIST, slug, () -> instruments.importFile(slug, "c2.csv",
                ArchivesTesting.bytes(ArchivesTesting.CATALOG)));
        mvc.perform(multipart("/archivos/" + slug + "/instrumentos/" + next.getNumber() + "/fichas")
                .file(file(csv)).with(archivist).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(fichas(slug)).as("the export imports back into the next draft").isEqualTo(10);
    }

    private int fichas(String slug) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM archives_ficha f JOIN archives_instrument i ON i.id = "
                + "f.instrument_id WHERE i.institution_slug = ?", Integer.class, slug);
    }

    private static MockMultipartFile file(String text) {
        return new MockMultipartFile("archivo", "fichas.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(String html) {
        return HtmlUtils.htmlUnescape(html);
    }
}
