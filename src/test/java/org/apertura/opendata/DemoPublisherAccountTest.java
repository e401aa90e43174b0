package org.apertura.opendata;

import static org.apertura.identity.TestCsrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.apertura.IntegrationTest;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.TestAccounts;
import org.apertura.identity.TestTwoStep;
import org.apertura.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo has a person who can publish data: an account holding DATA_PUBLISHER of the municipality of Durango, whose
 * password the demo prints once; signed in (two steps, set up at the first sign-in), it publishes a dataset.
 */
@IntegrationTest
class DemoPublisherAccountTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    OpenDataDemo demo;
    @Autowired
    Catalog catalog;

    @Test
    void theDemoHasADataPublisherOfTheMunicipality() {
        Account publisher = accounts.byEmail(OpenDataDemo.PUBLISHER_EMAIL).orElseThrow();
        assertThat(accounts.memberships(publisher.getId())).anyMatch(m -> m.getRole() == Role.DATA_PUBLISHER
                && "ayuntamiento-durango".equals(m.getScopeId()));
    }

    @Test
    void theDemoPublishersPasswordSignsInAndPublishesADataset() throws Exception {
        String email = TestAccounts.uniqueEmail("publicador-demo");
        String password = demo.openPublisherAccount(email);
        MockHttpSession session = TestTwoStep.signIn(mvc, email, password);
        assertThat(TestTwoStep.knows(email)).as("two-step sign-in set up at the first sign-in").isTrue();
        String home = mvc.perform(get("/datos/publicar").session(session)).andReturn().getResponse()
                .getContentAsString();
        assertThat(home).contains("Nuevo conjunto de datos");
        String name = "demo-" + Long.toHexString(System.nanoTime());
        mvc.perform(post("/datos/publicar/nuevo").session(session).with(csrf()).param("institution",
                "ayuntamiento-durango").param("name", name).param("title", "Baches reparados")
                .param("description", "Cada bache reparado, con su calle y la fecha.").param("keywords", "baches")
                .param("themes", "TRAN").param("frequency", "MONTHLY").param("licence", "CC_BY_4_0")
                .param("contactName", "Obras Públicas").param("contactEmail", "obras@municipiodurango.example.mx")
                .param("spatial", "10005"));
        mvc.perform(post("/datos/publicar/" + name + "/enlaces").session(session).with(csrf())
                .param("nombre", "Baches reparados (CSV)").param("url", "https://obras.example.mx/baches.csv")
                .param("formato", "CSV"));
        mvc.perform(post("/datos/publicar/" + name + "/publicar").session(session).with(csrf()));
        assertThat(catalog.find(name)).as("published in the catalog").isPresent();
    }
}
