package org.apertura.cocreation;

import org.apertura.platform.intake.Channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apertura.IntegrationTest;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.actionplan.Commitment;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.ActingAs;
import org.apertura.platform.security.Role;
import org.apertura.identity.Sector;
import org.apertura.identity.TestAccounts;
import org.apertura.platform.security.SystemActor;
import org.apertura.secretariat.SecretariatService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Personal data never leaves through a public output: a unique marker planted in the authors' and
 * supporters' e-mails, in the private contact a facilitator recorded, and in the public name of someone who
 * only supported (who supports what is private), appears in no page, download, feed or API response.
 */
@IntegrationTest
class CocreationPrivacyTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CocreationService service;
    @Autowired
    ActionPlanService plans;
    @Autowired
    SecretariatService secretariat;
    @Autowired
    AccountService accounts;
    @Autowired
    ActingAs actingAs;
    @Autowired
    org.apertura.comments.DiscussionService discussions;

    @Test
    void noPublicOutputCarriesTheMarker() throws Exception {
        String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        CocreationFixtures.Open open = CocreationFixtures.openCall(secretariat, plans, service, 10);
        Account author = accounts.signUp(marker + ".autora@ejemplo.mx", TestAccounts.PASSWORD, "Seudónimo Lunar");
        Account supporter = accounts.signUp(marker + ".apoyo@ejemplo.mx", TestAccounts.PASSWORD, "Apoyo " + marker);
        Account facilitator = accounts.signUp(marker + ".facilita@ejemplo.mx", TestAccounts.PASSWORD, "Facilitador Sol");
        SystemActor.run(() -> accounts.grant(facilitator.getId(), Role.STL_MEMBER, open.body(), Sector.CIVIL_SOCIETY));
        Account coordinator = accounts.signUp(marker + ".coord@ejemplo.mx", TestAccounts.PASSWORD, "Coordinación Mar");
        SystemActor.run(() -> accounts.grant(coordinator.getId(), Role.COORDINATOR, open.body(), null));
        Proposal[] p = new Proposal[2];
        actingAs.run(author.getId(), () -> {
            p[0] = service.propose(open.call().getSlug(), CocreationFixtures.text("Propuesta con seudónimo"));
            CocreationFixtures.comment(discussions, p[0], null, "Comento con mi seudónimo.");
            // A comment that gives away someone's phone, which the coordinator will hide.
            CocreationFixtures.comment(discussions, p[0], null, "Llamen a mi vecina al 618 " + marker + ", ella sabe.");
        });
        actingAs.run(facilitator.getId(), () -> p[1] = service.enter(open.call().getSlug(),
                CocreationFixtures.text("Propuesta de taller"), new Proposal.Intake(Channel.IN_PERSON, service.today(),
                        "Kiosco", "Doña Luz", "Nombre real " + marker + " tel 618"), "hoja.pdf",
                "%PDF-1.4 hoja".getBytes(StandardCharsets.US_ASCII)));
        actingAs.run(supporter.getId(), () -> service.support(p[0].getId()));
        Commitment commitment = plans.commitments(open.plan()).get(0);
        actingAs.run(coordinator.getId(), () -> {
            service.dispose(p[0].getId(), Disposition.INCORPORATED, "Se incorporó al compromiso de prueba.",
                    java.util.Set.of(commitment.getId()));
            service.recordTable(open.call().getSlug(), new WorkingTable.Record("Mesa privada", java.time.Instant.now(),
                    "Kiosco", null, java.util.Map.of(), java.util.Set.of(p[0].getId(), p[1].getId()), null, null,
                    java.util.Set.of()));
        });
        Long leaking = discussions.posted(discussions.find("proposal", p[0].getId().toString()).orElseThrow())
                .stream().filter(c -> c.publicBody().orElseThrow().contains(marker)).findFirst().orElseThrow().getId();
        actingAs.run(coordinator.getId(), () -> discussions.hide(leaking, "Contiene datos personales de un tercero."));
        SystemActor.run(service::tallySupports);
        String slug = open.call().getSlug();
        Long table = service.tables(open.call()).get(0).getId();

        List<String> outputs = new ArrayList<>(List.of("/convocatorias", "/convocatorias.csv", "/convocatorias/" + slug,
                "/convocatorias/" + slug + "?lang=en", "/convocatorias/" + slug + "/propuestas.csv",
                "/convocatorias/" + slug + "/propuestas.csv?idioma=en", "/convocatorias/" + slug + "/apoyos.csv",
                "/convocatorias/" + slug + "/respuestas.csv", "/convocatorias/" + slug + "/feed.atom",
                "/api/v1/calls", "/api/v1/calls/" + slug, "/api/v1/calls/" + slug + "/proposals",
                "/propuestas/" + p[0].getId(), "/propuestas/" + p[1].getId(), "/api/v1/proposals/" + p[0].getId(),
                "/api/v1/proposals/" + p[1].getId(), "/mesas/" + table, "/compromisos/" + commitment.getId(),
                "/planes/" + open.plan().getId(), "/ejercicios/" + plans.exerciseOf(open.plan()).getSlug(),
                "/historial", "/historial.csv", "/datos", "/datos/diccionario"));
        for (String path : outputs) {
            var response = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(200);
            String body = response.getContentAsString(StandardCharsets.UTF_8);
            assertThat(body).as(path).isNotBlank().doesNotContain(marker);
        }
        // The whole public ledger, page by page.
        String after = "0";
        while (after != null) {
            String body = mvc.perform(get("/api/v1/ledger?limit=1000&after=" + after)).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(body).as("ledger after " + after).doesNotContain(marker);
            var next = java.util.regex.Pattern.compile("\"next\":(\\d+)").matcher(body);
            after = next.find() ? next.group(1) : null;
        }
        // The outputs do carry the public data, so the test would notice a page that shows nothing.
        String page = mvc.perform(get("/propuestas/" + p[1].getId())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Doña Luz", "Facilitador Sol", "Kiosco");
        String withHidden = mvc.perform(get("/propuestas/" + p[0].getId())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(withHidden).as("the hidden comment leaves its public trace").contains("Contiene datos personales de un tercero.");
        String api = mvc.perform(get("/api/v1/proposals/" + p[0].getId())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(api).contains("Seudónimo Lunar", "\"supports\":1");
    }
}
