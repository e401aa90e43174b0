package org.apertura.feedback;

import static org.apertura.feedback.FeedbackFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.apertura.identity.TestCsrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apertura.IntegrationTest;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.feedback.FeedbackFixtures.Fixture;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.apertura.platform.security.Role;
import org.apertura.identity.TestAccounts;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.items.PublicItems;
import org.apertura.platform.security.SystemActor;
import org.apertura.secretariat.SecretariatService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Personal data of the people who give, register and answer feedback never reaches a public output: a unique
 * marker planted in their e-mails and in the private contact a facilitator writes down appears in none of the
 * pages, downloads, API answers or history entries this module produces.
 */
@IntegrationTest
class FeedbackPrivacyTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsAccess details;
    @Autowired
    ActionPlanService plans;
    @Autowired
    SecretariatService secretariat;
    @Autowired
    FeedbackService service;
    @Autowired
    PublicItems items;
    @Autowired
    LedgerService ledger;

    @Test
    void noMarkerPlantedInPersonalDataReachesAnyPublicOutput() throws Exception {
        String marker = "zmarca" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Fixture fx = FeedbackFixtures.commitment(secretariat, plans);
        long entries = ledger.verify().entries();

        Account author = accounts.signUp(marker + "-autora@ejemplo.mx", TestAccounts.PASSWORD, "Seudónimo Público");
        Account facilitator = accounts.signUp(marker + "-facilita@ejemplo.mx", TestAccounts.PASSWORD, "Facilitación");
        Account liaison = accounts.signUp(marker + "-enlace@ejemplo.mx", TestAccounts.PASSWORD, "Enlace municipal");
        SystemActor.run(() -> {
            accounts.grant(facilitator.getId(), Role.STL_MEMBER, fx.body(), org.apertura.identity.Sector.GUARANTOR);
            accounts.grant(liaison.getId(), Role.LIAISON, FeedbackFixtures.LEAD, null);
        });
        String token = "Bearer " + accounts.createToken(author.getId(), "api").secret();

        mvc.perform(post(fx.action()).with(details.signedIn(author)).with(csrf()).param("useful", "no")
                .param("comment", "Comentario público de la autora.")).andExpect(status().is3xxRedirection());
        mvc.perform(post(fx.action() + "/registro").with(details.signedIn(facilitator)).with(csrf())
                .param("channel", "IN_PERSON").param("receivedOn", service.today().toString()).param("useful", "yes")
                .param("comment", "Dicho en la plaza.").param("contact", "María Real " + marker + " 618 555 0101"))
                .andExpect(status().is3xxRedirection());
        for (Feedback f : service.of(items.get("commitment", fx.id()))) {
            mvc.perform(post(fx.action() + "/" + f.getId() + "/respuesta").with(details.signedIn(liaison)).with(csrf())
                    .param("text", "Respuesta pública.")).andExpect(status().is3xxRedirection());
        }
        String viaApi = mvc.perform(post("/api/v1/feedback").header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"commitment\",\"id\":\"" + fx.id() + "\",\"useful\":true}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat(viaApi).doesNotContainIgnoringCase(marker);
        assertThat(service.of(items.get("commitment", fx.id()))).hasSize(2)
                .allSatisfy(f -> assertThat(f.isAwaitingReply()).isFalse());

        Account someone = person(accounts, "Otra persona", null, null);
        List<MockHttpServletRequestBuilder> outputs = List.of(get(fx.page()),
                get(fx.page()).with(details.signedIn(someone)), get(fx.page()).param("lang", "en"),
                get("/opiniones"), get("/opiniones").param("institucion", FeedbackFixtures.LEAD),
                get("/opiniones.csv"), get("/opiniones.csv").param("idioma", "en"), get("/opiniones/lista.csv"),
                get("/opiniones/lista.csv").param("tipo", "commitment").param("id", fx.id()),
                get("/api/v1/feedback"), get("/api/v1/feedback").param("kind", "commitment").param("id", fx.id()),
                get("/api/v1/feedback/figures"), get("/api/v1/feedback/figures").param("kind", "commitment"),
                get("/api/v1/ledger").param("after", String.valueOf(entries)),
                get("/api/v1/ledger").param("subjectKind", "feedback"), get("/historial").param("tipo", "feedback"),
                get("/historial.csv").param("tipo", "feedback"), get("/datos"), get("/datos/diccionario"), get("/"));
        for (MockHttpServletRequestBuilder output : outputs) {
            String body = mvc.perform(output).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(body.toLowerCase(Locale.ROOT)).doesNotContain(marker);
        }
        // the contact is there for those who answer, so the test is not vacuous
        String answering = mvc.perform(get(fx.page()).with(details.signedIn(liaison))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(answering).contains(marker);
        String published = mvc.perform(get("/api/v1/feedback").param("kind", "commitment").param("id", fx.id()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(published).contains("Seudónimo Público", "Facilitación", "Enlace municipal", "Dicho en la plaza.");
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void aMemberOrCoordinatorOfAnotherSecretariatSeesNoContactAndRegistersNothing() throws Exception {
        String marker = "zotro" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Fixture fx = FeedbackFixtures.commitment(secretariat, plans);
        Fixture elsewhere = FeedbackFixtures.commitment(secretariat, plans);
        Account facilitator = person(accounts, "Facilitación propia", Role.STL_MEMBER, fx.body());
        Account otherMember = person(accounts, "Integrante de otro secretariado", Role.STL_MEMBER, elsewhere.body());
        Account otherCoordinator = person(accounts, "Coordinación de otro secretariado", Role.COORDINATOR, elsewhere.body());
        mvc.perform(post(fx.action() + "/registro").with(details.signedIn(facilitator)).with(csrf())
                .param("channel", "IN_PERSON").param("receivedOn", service.today().toString()).param("useful", "yes")
                .param("comment", "Dicho en la plaza.").param("contact", "Contacto " + marker))
                .andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get(fx.page()).with(details.signedIn(facilitator))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).as("the item's own secretariat sees it").contains(marker);
        // and that reading of personal data is in the staff audit log, with who read it
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'PRIVATE_DATA_EXPORTED'"
                + " AND actor_account_id = ? AND detail LIKE ?", Integer.class, facilitator.getId(),
                "feedback contacts (%) of commitment " + fx.id())).isEqualTo(1);

        for (Account outsider : List.of(otherMember, otherCoordinator)) {
            String page = mvc.perform(get(fx.page()).with(details.signedIn(outsider))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).doesNotContain(marker).doesNotContain("Registrar una opinión recibida");
            int before = service.of(items.get("commitment", fx.id())).size();
            mvc.perform(post(fx.action() + "/registro").with(details.signedIn(outsider)).with(csrf())
                    .param("channel", "REMOTE").param("receivedOn", service.today().toString()).param("useful", "no")
                    .param("comment", "No debería quedar."))
                    .andExpect(status().isForbidden());
            assertThat(service.of(items.get("commitment", fx.id()))).hasSize(before);
        }
    }
}
