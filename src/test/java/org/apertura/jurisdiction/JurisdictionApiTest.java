package org.apertura.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.apertura.IntegrationTest;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.TestAccounts;
import org.apertura.ledger.LedgerService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The directory's JSON API: the demo as a first start loads it, reads for all, writes for administrators. */
@IntegrationTest
class JurisdictionApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    JurisdictionService jurisdictions;
    @Autowired
    LedgerService ledger;

    @Test
    void listsTheDemoDirectoryFederationFirst() throws Exception {
        mvc.perform(get("/api/v1/jurisdictions"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].slug").value("mexico"))
                .andExpect(jsonPath("$[0].level").value("FEDERAL"))
                .andExpect(jsonPath("$[*].slug", hasItems("durango", "municipio-de-durango", "gomez-palacio", "tepehuanes")));
    }

    @Test
    void aJurisdictionShowsItsInstitutionsAndGuarantor() throws Exception {
        mvc.perform(get("/api/v1/jurisdictions/durango"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.jurisdiction.name").value("Durango"))
                .andExpect(jsonPath("$.jurisdiction.parent").value("mexico"))
                .andExpect(jsonPath("$.guarantor.acronym").value("IDAIP"))
                .andExpect(jsonPath("$.children[*].slug", hasItems("gomez-palacio", "tepehuanes")))
                .andExpect(jsonPath("$.institutions[*].slug",
                        hasItems("poder-ejecutivo-durango", "congreso-durango", "poder-judicial-durango", "idaip")));
        mvc.perform(get("/api/v1/jurisdictions/tepehuanes"))
                .andExpect(jsonPath("$.guarantor.slug").value("idaip"))
                .andExpect(jsonPath("$.institutions[0].branch").value("MUNICIPAL"));
        mvc.perform(get("/api/v1/institutions").param("jurisdiction", "gomez-palacio"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].slug").value("ayuntamiento-gomez-palacio"));
    }

    @Test
    void unknownSlugsAreA404InTheCallersLanguage() throws Exception {
        mvc.perform(get("/api/v1/jurisdictions/atlantida"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("No existe lo que busca."));
        mvc.perform(get("/api/v1/institutions").param("jurisdiction", "atlantida").header("Accept-Language", "en-US"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("What you are looking for does not exist."));
    }

    @Test
    void writesNeedAToken() throws Exception {
        mvc.perform(post("/api/v1/institutions").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("Esta operación requiere un token personal: Authorization: Bearer apt_…"));
        mvc.perform(post("/api/v1/institutions").header("Authorization", "Bearer apt_not-a-real-token")
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("El token no es válido o fue revocado."));
    }

    @Test
    void aPersonWithoutTheRoleIsForbidden() throws Exception {
        Account person = TestAccounts.person(accounts, "Vecina de Lerdo");
        String token = accounts.createToken(person.getId(), "script").secret();
        long before = jurisdictions.allInstitutions().size();
        mvc.perform(post("/api/v1/institutions").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Instituto X\",\"jurisdictionSlug\":\"durango\",\"branch\":\"AUTONOMOUS\"}"))
                .andExpect(status().isForbidden());
        assertThat(jurisdictions.allInstitutions()).hasSize((int) before);
    }

    @Test
    void anAdministratorCreatesAndEditsAnInstitutionAndTheHistoryRecordsIt() throws Exception {
        Account admin = TestAccounts.admin(accounts);
        String token = accounts.createToken(admin.getId(), "carga").secret();
        long headBefore = ledger.verify().entries();
        mvc.perform(post("/api/v1/institutions").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Secretaría de Finanzas y de Administración\",\"acronym\":\"SFA\","
                                + "\"jurisdictionSlug\":\"durango\",\"branch\":\"EXECUTIVE\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.slug").value("secretaria-de-finanzas-y-de-administracion"))
                .andExpect(jsonPath("$.version").value(0));
        mvc.perform(put("/api/v1/institutions/secretaria-de-finanzas-y-de-administracion")
                        .header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"slug\":\"sfa-durango\",\"name\":\"Secretaría de Finanzas y de Administración\","
                                + "\"acronym\":\"SFA\",\"jurisdictionSlug\":\"durango\",\"branch\":\"EXECUTIVE\","
                                + "\"website\":\"https://sfa.durango.gob.mx\",\"expectedVersion\":0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.slug").value("sfa-durango"));
        assertThat(ledger.verify().valid()).isTrue();
        assertThat(ledger.verify().entries()).isEqualTo(headBefore + 2);
        mvc.perform(get("/api/v1/ledger").param("subjectKind", "institution")
                        .param("subjectId", String.valueOf(jurisdictions.institution("sfa-durango").getId())))
                .andExpect(jsonPath("$.entries[0].type").value("institution.created"))
                .andExpect(jsonPath("$.entries[1].type").value("institution.updated"))
                .andExpect(jsonPath("$.entries[1].payload.website").value("https://sfa.durango.gob.mx"));
    }

    @Test
    void badInputGetsEveryFieldErrorAndChangesNothing() throws Exception {
        Account admin = TestAccounts.admin(accounts);
        String token = accounts.createToken(admin.getId(), "carga").secret();
        long institutions = jurisdictions.allInstitutions().size();
        long entries = ledger.verify().entries();
        mvc.perform(post("/api/v1/institutions").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Otro garante\",\"jurisdictionSlug\":\"durango\",\"branch\":\"AUTONOMOUS\","
                                + "\"guarantor\":true,\"website\":\"ftp://x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("website"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Escriba una dirección web completa que empiece con https:// o http://."));
        mvc.perform(post("/api/v1/institutions").header("Authorization", "Bearer " + token)
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Otro garante\",\"jurisdictionSlug\":\"tepehuanes\",\"branch\":\"MUNICIPAL\","
                                + "\"guarantor\":true}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("guarantor"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith(
                        "Only the federation and the states have guarantor authorities")));
        mvc.perform(post("/api/v1/jurisdictions").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Lerdo\",\"level\":\"MUNICIPALITY\",\"parentSlug\":\"mexico\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("parentSlug"));
        mvc.perform(post("/api/v1/jurisdictions").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"level\":\"KINGDOM\"}"))
                .andExpect(status().isBadRequest());
        assertThat(jurisdictions.allInstitutions()).hasSize((int) institutions);
        assertThat(ledger.verify().entries()).isEqualTo(entries);
    }

    @Test
    void aStaleVersionIsRefusedNotOverwritten() throws Exception {
        Account admin = TestAccounts.admin(accounts);
        String token = accounts.createToken(admin.getId(), "carga").secret();
        long version = jurisdictions.get("tepehuanes").getVersion();
        mvc.perform(put("/api/v1/jurisdictions/tepehuanes").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"slug\":\"tepehuanes\",\"name\":\"Tepehuanes\",\"level\":\"MUNICIPALITY\","
                                + "\"parentSlug\":\"durango\",\"inegiCode\":\"10035\",\"expectedVersion\":" + (version + 7) + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("validation.stale"));
    }
}
