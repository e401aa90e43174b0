package org.apertura.contracting;

import org.apertura.platform.security.Role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.apertura.IntegrationTest;
import org.apertura.identity.AccountService;
import org.apertura.identity.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Only PROCUREMENT of the buyer institution publishes its processes; reading is for everyone. */
@IntegrationTest
class ContractingSecurityTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anonymousPublishingIsA401() throws Exception {
        String ocid = OcdsFixtures.newOcid();
        mvc.perform(post("/api/v1/ocds/releases").contentType(MediaType.APPLICATION_JSON)
                        .content(OcdsFixtures.example(OcdsFixtures.RELEASE_FILES.get(0), ocid, "poder-ejecutivo-durango")))
                .andExpect(status().isUnauthorized());
        assertThat(stored(ocid)).isZero();
    }

    @Test
    void procurementOfAnotherInstitutionIsA403AndNothingIsSaved() throws Exception {
        String ocid = OcdsFixtures.newOcid();
        String congress = OcdsFixtures.procurementToken(accounts, "congreso-durango");
        mvc.perform(post("/api/v1/ocds/releases").header("Authorization", "Bearer " + congress)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(OcdsFixtures.example(OcdsFixtures.RELEASE_FILES.get(0), ocid, "poder-ejecutivo-durango")))
                .andExpect(status().isForbidden());
        assertThat(stored(ocid)).isZero();
    }

    @Test
    void anotherRoleOfTheBuyerIsA403() throws Exception {
        String ocid = OcdsFixtures.newOcid();
        var person = TestAccounts.person(accounts, "Enlace");
        org.apertura.platform.security.SystemActor.run(() -> accounts.grant(person.getId(),
                org.apertura.platform.security.Role.LIAISON, "poder-ejecutivo-durango", null));
        String token = accounts.createToken(person.getId(), "t").secret();
        mvc.perform(post("/api/v1/ocds/releases").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(OcdsFixtures.example(OcdsFixtures.RELEASE_FILES.get(0), ocid, "poder-ejecutivo-durango")))
                .andExpect(status().isForbidden());
        assertThat(stored(ocid)).isZero();
    }

    @Test
    void readingIsPublic() throws Exception {
        mvc.perform(get("/api/v1/ocds/releases")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/ocds/records/ocds-213czf-nada")).andExpect(status().isNotFound());
        mvc.perform(get("/api/docs")).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("/api/v1/ocds/releases"),
                                org.hamcrest.Matchers.containsString("/api/v1/ocds/records/{ocid}"))));
    }

    private int stored(String ocid) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ocds_release WHERE ocid = ?", Integer.class, ocid);
    }
}
