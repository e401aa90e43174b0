package org.apertura.challenge;

import static org.apertura.TestPages.ledgerHead;
import static org.apertura.TestPages.read;
import static org.apertura.identity.TestCsrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import org.apertura.IntegrationTest;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.apertura.identity.ActingAs;
import org.apertura.identity.TestAccounts;
import org.apertura.platform.InvalidInputException;
import org.apertura.secretariat.SecretariatService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A challenge written by hand is a draft (ADR 0061): its coordinator prepares its rubric and jury unseen (a 404 and no
 * list for anyone else, no team may register, nothing in the ledger); publishing one whose registration already
 * closed is refused with the date; publishing writes {@code challenge.created} with the rubric, once.
 */
@IntegrationTest
class ChallengeDraftTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SecretariatService secretariat;
    @Autowired
    ActionPlanService plans;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsAccess details;
    @Autowired
    ActingAs actingAs;
    @Autowired
    ChallengeService service;

    @Test
    void aDraftIsTheCoordinatorsUntilTheyPublishIt() throws Exception {
        ChallengeFixtures.Setting setting = ChallengeFixtures.setting(secretariat, plans, accounts);
        RequestPostProcessor runs = details.signedIn(setting.coordinator());
        Account person = TestAccounts.person(accounts, "Persona que quiere participar");
        LocalDate today = service.today();
        long ledger = ledgerHead(jdbc);
        ChallengeDraft past = new ChallengeDraft("Reto en borrador",
                "reto-borrador-" + java.util.UUID.randomUUID().toString().substring(0, 8), ChallengeKind.HACKATHON, "Resumen.", null,
                null, null, today.minusDays(10), today.minusDays(5), today.minusDays(5), today.minusDays(2), today);
        String[] created = new String[1];
        actingAs.run(setting.coordinator().getId(),
                () -> created[0] = service.create(setting.commitment().getId(), past).getSlug());
        String slug = created[0];
        actingAs.run(setting.coordinator().getId(), () -> service.addCriterion(slug, "Utilidad", null, 2));

        assertThat(read(mvc, "/retos/" + slug + "/gestion", runs)).contains("Borrador sin publicar", "Publicar el reto");
        for (String path : List.of("/retos/" + slug, "/api/v1/challenges/" + slug, "/retos/" + slug + "/kit.zip")) {
            assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).as(path).isEqualTo(404);
            assertThat(mvc.perform(get(path).with(details.signedIn(person))).andReturn().getResponse().getStatus())
                    .as(path).isEqualTo(404);
        }
        for (String list : List.of("/retos", "/api/v1/challenges", "/retos.csv", "/sitemap.xml",
                "/compromisos/" + setting.commitment().getId())) {
            assertThat(read(mvc, list, null)).as(list).doesNotContain(slug);
        }
        assertThat(read(mvc, "/retos", runs)).contains("Sus borradores de reto", "/retos/" + slug + "/gestion");
        assertThat(read(mvc, "/compromisos/" + setting.commitment().getId(), runs)).contains("/retos/" + slug);
        assertThatThrownBy(() -> actingAs.run(person.getId(), () -> service.registerTeam(slug, "Equipo")))
                .isInstanceOf(org.apertura.platform.NotFoundException.class);
        assertThat(ledgerHead(jdbc)).as("nothing of a draft goes to the ledger").isEqualTo(ledger);

        List<?> problems = (List<?>) mvc.perform(post("/retos/" + slug + "/publicar").with(runs).with(csrf()))
                .andReturn().getFlashMap().get("problems");
        assertThat(problems.toString()).contains("El registro de equipos cerró el " + today.minusDays(5));
        assertThat(ledgerHead(jdbc)).isEqualTo(ledger);

        actingAs.run(setting.coordinator().getId(), () -> service.change(slug, new ChallengeDraft("Reto en borrador",
                slug, ChallengeKind.HACKATHON, "Resumen.", null, null, null, today, today.plusDays(5),
                today.plusDays(5), today.plusDays(8), today.plusDays(10))));
        assertThat(mvc.perform(post("/retos/" + slug + "/publicar").with(runs).with(csrf())).andReturn()
                .getFlashMap().get("notice")).isEqualTo("challenge.notice.challengePublished");
        assertThat(jdbc.queryForList("SELECT type || ' ' || payload FROM ledger_entry WHERE seq > ?", String.class,
                ledger)).singleElement().asString().startsWith("challenge.created").contains("Utilidad");
        assertThat(read(mvc, "/retos", null)).contains("/retos/" + slug);
        assertThat(read(mvc, "/retos/" + slug, null)).contains("Reto en borrador");
        actingAs.run(person.getId(), () -> service.registerTeam(slug, "Equipo"));
        assertThatThrownBy(() -> actingAs.run(setting.coordinator().getId(), () -> service.publish(slug)))
                .isInstanceOf(InvalidInputException.class);
    }
}
