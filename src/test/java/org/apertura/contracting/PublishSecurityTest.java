package org.apertura.contracting;

import static org.apertura.identity.TestCsrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.apertura.IntegrationTest;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.apertura.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Only PROCUREMENT of the buyer institution publishes from the pages: anonymous people are sent to sign in, other
 * roles and other institutions are refused, forms without their token are refused, and nothing changes.
 */
@IntegrationTest
class PublishSecurityTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsAccess details;
    @Autowired
    JdbcTemplate jdbc;

    private RequestPostProcessor person(Role role, String slug) {
        return OcdsFixtures.holder(accounts, details, role, slug, "Persona " + role);
    }

    @Test
    void anonymousPeopleAreSentToSignIn() throws Exception {
        for (String path : new String[] {"/contrataciones/publicar", "/contrataciones/publicar/nuevo",
            "/contrataciones/publicar/subir", "/contrataciones/publicar/hoja", "/contrataciones/publicar/hoja/plantilla.xlsx"}) {
            mvc.perform(get(path)).andExpect(status().is3xxRedirection());
        }
        long before = releases();
        mvc.perform(post("/contrataciones/publicar/nuevo").with(csrf()).param("title", "x"))
                .andExpect(status().is3xxRedirection());
        assertThat(releases()).isEqualTo(before);
    }

    @Test
    void anotherRoleOrAnotherInstitutionIsRefusedAndNothingChanges() throws Exception {
        RequestPostProcessor liaison = person(Role.LIAISON, "poder-ejecutivo-durango");
        RequestPostProcessor congress = person(Role.PROCUREMENT, "congreso-durango");
        RequestPostProcessor executive = person(Role.PROCUREMENT, "poder-ejecutivo-durango");
        mvc.perform(get("/contrataciones/publicar").with(liaison)).andExpect(status().isForbidden());
        mvc.perform(get("/contrataciones/publicar/subir").with(liaison)).andExpect(status().isForbidden());
        mvc.perform(get("/contrataciones/publicar/hoja").with(liaison)).andExpect(status().isForbidden());

        String location = mvc.perform(post("/contrataciones/publicar/nuevo").with(executive).with(csrf())
                        .param("title", "Vales de despensa").param("category", "goods"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String ocid = location.substring(location.lastIndexOf('/') + 1);
        long before = releases();
        mvc.perform(get("/contrataciones/publicar/{o}", ocid).with(congress)).andExpect(status().isForbidden());
        mvc.perform(multipart("/contrataciones/publicar/{o}/licitacion", ocid).with(congress).with(csrf())
                        .param("title", "x").param("method", "open").param("category", "goods").param("value", "1")
                        .param("startDate", "2025-01-01").param("endDate", "2025-01-02"))
                .andExpect(status().isForbidden());
        // the congress's officer names the executive as buyer in a file: refused, nothing saved
        String pack = OcdsFixtures.example(OcdsFixtures.RELEASE_FILES.get(0), OcdsFixtures.newOcid(),
                "poder-ejecutivo-durango");
        mvc.perform(multipart("/contrataciones/publicar/subir").file(new MockMultipartFile("archivo", "p.json",
                        "application/json", pack.getBytes(StandardCharsets.UTF_8))).with(congress).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(releases()).isEqualTo(before);
    }

    @Test
    void aFormWithoutItsTokenIsRefused() throws Exception {
        RequestPostProcessor executive = person(Role.PROCUREMENT, "poder-ejecutivo-durango");
        long before = releases();
        mvc.perform(post("/contrataciones/publicar/nuevo").with(executive).param("title", "Sin token"))
                .andExpect(status().isForbidden());
        assertThat(releases()).isEqualTo(before);
    }

    private long releases() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ocds_release", Long.class);
    }
}
