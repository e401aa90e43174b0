package org.apertura.archives;

import static org.apertura.archives.ArchivesTesting.as;
import static org.apertura.archives.ArchivesTesting.bytes;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
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
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The archives' read-only API on the demo data: the executive's approved instruments (its series, a ficha, its guía
 * with the responsible public servants), its inventories paged, 404 and 400 as problem details in Spanish and English,
 * and a draft that no caller reaches, not even the institution's own archivist.
 */
@IntegrationTest
class ArchivesApiTest {

    private static final String EXECUTIVE = "/api/v1/archives/institutions/poder-ejecutivo-durango";

    @Autowired
    MockMvc mvc;
    @Autowired
    Instruments instruments;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsAccess details;
    @Autowired
    Today today;

    @Test
    void theInstitutionsWithInstrumentsInForceAndTheirVersions() throws Exception {
        mvc.perform(get("/api/v1/archives/institutions"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].slug", hasItems("poder-ejecutivo-durango", "poder-judicial-durango")))
                .andExpect(jsonPath("$[?(@.slug == 'poder-ejecutivo-durango')].inForce.act",
                        hasItem(ArchivesDemoActs.firstSession(today))));
        mvc.perform(get(EXECUTIVE + "/versions"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].number", is(1)))
                .andExpect(jsonPath("$[0].status", is("approved")))
                .andExpect(jsonPath("$[0].series", is(30)));
    }

    @Test
    void theExecutivesChartCatalogAndFichas() throws Exception {
        mvc.perform(get(EXECUTIVE + "/versions/1/catalog"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version.act", is(ArchivesDemoActs.firstSession(today))))
                .andExpect(jsonPath("$.levels[*].code", hasItems("PEED", "PEED.1C.1", "PEED.2C.1.1", "PEED.7C.3")))
                .andExpect(jsonPath("$.levels[?(@.code == 'PEED.1C.2')].finalDestination", hasItem("baja")))
                .andExpect(jsonPath("$.levels[?(@.code == 'PEED.1C.2')].yearsSemiactive", hasItem(2)))
                .andExpect(jsonPath("$.levels[?(@.code == 'PEED.7C.1')].classification", hasItem("reserved")));
        mvc.perform(get(EXECUTIVE + "/versions/1/chart"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.levels[?(@.code == 'PEED.1C.1')].name", hasItem("Acuerdos del Ejecutivo")))
                .andExpect(jsonPath("$.levels[?(@.code == 'PEED.1C.1')].parentCode", hasItem("PEED.1C")))
                .andExpect(jsonPath("$.levels[0].finalDestination").doesNotExist());
        mvc.perform(get(EXECUTIVE + "/versions/1/fichas"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fichas[?(@.code == 'PEED.1C.1')].producingAreas",
                        hasItem("Secretaría General de Gobierno")))
                .andExpect(jsonPath("$.fichas[?(@.code == 'PEED.1C.1')].justification",
                        hasItem(containsString("se conserva en el archivo histórico"))));
    }

    @Test
    void theGuideWithItsResponsiblePublicServants() throws Exception {
        mvc.perform(get(EXECUTIVE + "/guide"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.archives[*].responsible",
                        hasItems("Lic. Teresa Valdez Soto", "Dr. Ignacio Soto Carrillo")))
                .andExpect(jsonPath("$.archives[?(@.archive == 'historico')].post",
                        hasItem("Director del Archivo Histórico")))
                .andExpect(jsonPath("$.series[?(@.code == 'PEED.1C.2')].producingUnit", hasItem("Oficialía de Partes")));
    }

    @Test
    void theInventoriesPaged() throws Exception {
        mvc.perform(get(EXECUTIVE + "/inventories/general"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page", is(0)))
                .andExpect(jsonPath("$.files[*].series", hasItems("PEED.1C.2", "PEED.7C.1")))
                .andExpect(jsonPath("$.files[?(@.series == 'PEED.2C.1.1')].title", everyItem(nullValue())));
        mvc.perform(get(EXECUTIVE + "/inventories/general").param("page", "7"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.files", org.hamcrest.Matchers.empty()));
        mvc.perform(get(EXECUTIVE + "/transfers"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.kind == 'primary')].fileCount", hasItem(7)));
        mvc.perform(get(EXECUTIVE + "/transfers/primary/1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total", is(7)))
                .andExpect(jsonPath("$.files[0].position", is(1)))
                .andExpect(jsonPath("$.files[?(@.series == 'PEED.1C.1')].title",
                        hasItem("Acuerdo de creación del Consejo Estatal de Archivos")));
        mvc.perform(get(EXECUTIVE + "/disposals"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].status", hasItems("executed", "refused")));
        mvc.perform(get(EXECUTIVE + "/disposals/1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status", is("executed")))
                .andExpect(jsonPath("$.total", is(3)));
    }

    /**
     * The lists of actas de baja and of transfers: the page's JSON is the API's list, line for line; the lines name no
     * one (the signatories are on each acta); the CSV has the same lines with words, in Spanish or English.
     */
    @Test
    void theListsOfActasDeBajaAndOfTransfersAreThePagesAndTheApisAlike() throws Exception {
        String site = "/archivos/poder-ejecutivo-durango";
        String pageJson = mvc.perform(get(site + "/bajas.json")).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].status", hasItems("executed", "refused")))
                .andExpect(jsonPath("$[*].act", hasItem(ArchivesDemoActs.secondSession(today))))
                .andExpect(jsonPath("$[*].page", hasItem(site + "/bajas/1")))
                .andExpect(jsonPath("$[?(@.number == 1)].fileCount", hasItem(3)))
                .andExpect(jsonPath("$[0].members").doesNotExist())
                .andExpect(jsonPath("$[0].confirmedBy").doesNotExist())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        mvc.perform(get(EXECUTIVE + "/disposals")).andExpect(content().json(pageJson, true));
        String transfersJson = mvc.perform(get(site + "/transferencias.json")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.kind == 'primary')].fileCount", hasItem(7)))
                .andExpect(jsonPath("$[*].page", hasItem(site + "/transferencias/primarias/1")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        mvc.perform(get(EXECUTIVE + "/transfers")).andExpect(content().json(transfersJson, true));

        String csv = mvc.perform(get(site + "/bajas.csv")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(csv).contains("Baja,Estado,Propuesta el,Dictamen,Acta")
                .contains(ArchivesDemoActs.secondSession(today)).contains("Ejecutada")
                .contains("No ejecutada: había retenciones")
                .doesNotContain("EXECUTED");
        String english = mvc.perform(get(site + "/transferencias.csv").param("idioma", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(english).contains("Kind,Number,Sent on,Accepted on")
                .contains("Primary").doesNotContain("PRIMARY");
        mvc.perform(get("/archivos/no-existe/bajas.json")).andExpect(status().isNotFound());
    }

    @Test
    void unknownThingsAre404AndBadPagesAre400InTheCallersLanguage() throws Exception {
        mvc.perform(get("/api/v1/archives/institutions/no-existe/versions"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type", is("https://apertura.mx/problemas/not-found")))
                .andExpect(jsonPath("$.detail", containsString("No existe")));
        mvc.perform(get(EXECUTIVE + "/versions/99/catalog").header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status", is(404)))
                .andExpect(jsonPath("$.detail", is("What you are looking for does not exist.")));
        mvc.perform(get(EXECUTIVE + "/transfers/tertiary/1")).andExpect(status().isNotFound());
        mvc.perform(get(EXECUTIVE + "/inventories/general").param("page", "-1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type", is("https://apertura.mx/problemas/invalid-input")))
                .andExpect(jsonPath("$.errors[0].field", is("page")))
                .andExpect(jsonPath("$.errors[0].message", containsString("debe ser un número")));
        mvc.perform(get(EXECUTIVE + "/disposals/1").param("page", "100001").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("must be a number")));
        mvc.perform(get(EXECUTIVE + "/inventories/general").param("page", "dos").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("page")));
    }

    @Test
    void theDevelopersPageListsTheOperationsInEachLanguage() throws Exception {
        mvc.perform(get("/desarrolladores"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/archives/institutions/{slug}/guide")))
                .andExpect(content().string(containsString("La guía de archivo documental vigente de una institución")));
        mvc.perform(get("/desarrolladores").param("lang", "en"))
                .andExpect(content().string(containsString("/api/v1/archives/institutions/{slug}/inventories/general")))
                .andExpect(content().string(containsString("The archival guide in force of an institution")));
    }

    @Test
    void aDraftIsNeverExposedNotEvenToItsArchivist() throws Exception {
        String slug = "disciplina-judicial-durango";
        Instrument draft = as(Role.ARCHIVIST, slug, () -> instruments.importFile(slug, "borrador.csv",
                bytes(ArchivesTesting.CATALOG)));
        String base = "/api/v1/archives/institutions/" + slug;
        Account account = TestAccounts.person(accounts, "Archivista del borrador");
        SystemActor.run(() -> accounts.grant(account.getId(), Role.ARCHIVIST, slug, null));
        var archivist = details.signedIn(account);
        mvc.perform(get("/api/v1/archives/institutions"))
                .andExpect(jsonPath("$[*].slug", not(hasItem(slug))));
        mvc.perform(get(base + "/versions").with(archivist))
                .andExpect(status().isOk())
                .andExpect(content().json("[]"));
        for (String part : List.of("catalog", "chart", "fichas")) {
            mvc.perform(get(base + "/versions/" + draft.getNumber() + "/" + part)).andExpect(status().isNotFound());
            mvc.perform(get(base + "/versions/" + draft.getNumber() + "/" + part).with(archivist))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get(base + "/guide")).andExpect(status().isNotFound());
    }
}
