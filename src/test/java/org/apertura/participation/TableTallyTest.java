package org.apertura.participation;

import static org.apertura.identity.TestCsrf.csrf;
import static org.apertura.participation.ParticipationFixtures.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apertura.IntegrationTest;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.apertura.identity.ActingAs;
import org.apertura.identity.Sector;
import org.apertura.identity.TestAccounts;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.SystemActor;
import org.apertura.platform.time.Today;
import org.apertura.secretariat.SecretariatService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Paper counts per polling table: an official enters a table's figures with its act; bad figures change nothing; the
 * count adds them to the online ballots; a correction needs a public reason and keeps the earlier figures; the ledger
 * gets counts only.
 */
@IntegrationTest
class TableTallyTest {

    private static final byte[] PDF = "%PDF-1.4\n% acta de la mesa\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;
    @Autowired
    ParticipationService service;
    @Autowired
    ActionPlanService plans;
    @Autowired
    SecretariatService secretariat;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsAccess details;
    @Autowired
    ActingAs actingAs;
    @Autowired
    Today today;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aTablesPaperCountIsAddedToTheOnlineVotesAndACorrectionKeepsTheEarlierFiguresWithItsReason() throws Exception {
        var open = ParticipationFixtures.voting(secretariat, plans, service, VotingRule.KNAPSACK, null);
        Account author = TestAccounts.person(accounts, "Autor de la mesa");
        BudgetProject a = ParticipationFixtures.feasible(service, today, open, author.getId(), "colonia-norte", "Parque", "600000");
        BudgetProject b = ParticipationFixtures.feasible(service, today, open, author.getId(), "colonia-norte", "Luz", "300000");
        BudgetProject south = ParticipationFixtures.feasible(service, today, open, author.getId(), "colonia-sur", "Sur", "100000");
        ParticipationFixtures.votedOnline(accounts, actingAs, service, open, "Votante en línea de la mesa",
                "colonia-norte", 501, a);
        Account official = TestAccounts.person(accounts, "Funcionaria que captura");
        SystemActor.run(() -> accounts.grant(official.getId(), Role.STL_MEMBER, open.body(), Sector.GOVERNMENT));
        String base = "/presupuestos-participativos/" + open.slug();

        // Someone without a role in the exercise: refused.
        Account citizen = TestAccounts.person(accounts, "Sin rol en la mesa");
        actingAs.run(citizen.getId(), () -> assertThatThrownBy(() -> service.enterTableTally(open.slug(),
                entry("Mesa 1", 4, 4, 0, Map.of(a.getId(), 3), null), "acta.pdf", PDF))
                .isInstanceOf(AccessDeniedException.class));
        // Figures that do not add up, more votes than valid ballots, a project of another district, an executable as
        // the act: each refused with the reason, nothing stored.
        SystemActor.run(() -> {
            refused(() -> service.enterTableTally(open.slug(), entry("Mesa 1", 5, 4, 0, Map.of(a.getId(), 3), null),
                    "acta.pdf", PDF), "participation.validation.tallySum");
            refused(() -> service.enterTableTally(open.slug(), entry("Mesa 1", 4, 4, 0, Map.of(a.getId(), 5), null),
                    "acta.pdf", PDF), "participation.validation.tallyVotes");
            refused(() -> service.enterTableTally(open.slug(), entry("Mesa 1", 4, 4, 0, Map.of(south.getId(), 1),
                    null), "acta.pdf", PDF), "participation.error.notCandidate");
            refused(() -> service.enterTableTally(open.slug(), entry("Mesa 1", 4, 4, 0, Map.of(a.getId(), 1), null),
                    "acta.pdf", "MZ\u0090 not an act".getBytes(StandardCharsets.ISO_8859_1)),
                    "participation.validation.act");
        });
        assertThat(service.tableTallies(open.process())).isEmpty();

        // Through the page, as the official: the figures of the act, with the act attached.
        mvc.perform(multipart(base + "/mesas").file(new MockMultipartFile("act", "acta-1.pdf", "application/pdf", PDF))
                .param("tableName", "Mesa 1, kiosco").param("districtSlug", "colonia-norte")
                .param("actReference", "Acta 001").param("received", "5").param("valid", "4").param("voided", "1")
                .param("votos-" + a.getId(), "3").param("votos-" + b.getId(), "1")
                .with(details.signedIn(official)).with(csrf()))
                .andExpect(flash().attribute("notice", "participation.notice.tallied"));
        BallotCount.Tally north = service.count(open.process()).entrySet().stream()
                .filter(e -> e.getKey().getSlug().equals("colonia-norte")).findFirst().orElseThrow().getValue();
        assertThat(north.ballotsOnline()).isEqualTo(1);
        assertThat(north.ballotsInPerson()).isEqualTo(4);
        assertThat(north.lines()).filteredOn(l -> l.candidate().id() == a.getId()).singleElement()
                .satisfies(l -> {
                    assertThat(l.online()).isEqualTo(1);
                    assertThat(l.inPerson()).isEqualTo(3);
                });

        // A correction without a reason: refused. With one: a new version; the first stays public.
        mvc.perform(multipart(base + "/mesas").file(new MockMultipartFile("act", "acta-1b.pdf", "application/pdf", PDF))
                .param("tableName", "Mesa 1, kiosco").param("districtSlug", "colonia-norte")
                .param("actReference", "Acta 001").param("received", "5").param("valid", "5").param("voided", "0")
                .param("votos-" + a.getId(), "3").param("votos-" + b.getId(), "2")
                .with(details.signedIn(official)).with(csrf()))
                .andExpect(flash().attribute("problems", List.of("Esta mesa ya tiene un conteo: escriba el motivo de "
                        + "la corrección (se publica).")));
        assertThat(service.tableTallies(open.process())).hasSize(1);
        SystemActor.run(() -> service.enterTableTally(open.slug(), entry("Mesa 1, kiosco", 5, 5, 0,
                Map.of(a.getId(), 3, b.getId(), 2), "Recuento: una boleta anotada como nula era válida."),
                "acta-1b.pdf", PDF));
        assertThat(service.tableTallies(open.process())).extracting(TableTally::version).containsExactly(1, 2);
        assertThat(service.currentTableTallies(open.process())).singleElement()
                .satisfies(t -> assertThat(t.valid()).isEqualTo(5));
        BallotCount.Tally corrected = service.count(open.process()).entrySet().stream()
                .filter(e -> e.getKey().getSlug().equals("colonia-norte")).findFirst().orElseThrow().getValue();
        assertThat(corrected.ballotsInPerson()).as("only the current version counts").isEqualTo(5);

        mvc.perform(get(base + "/mesas")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Recuento: una boleta anotada como nula era válida.")))
                .andExpect(content().string(containsString("Corregida")))
                .andExpect(content().string(containsString("Vigente")));
        mvc.perform(get(base + "/mesas.csv")).andExpect(status().isOk())
                .andExpect(content().string(containsString("motivo_de_correccion")))
                .andExpect(content().string(containsString("Recuento: una boleta")));
        mvc.perform(get("/api/v1/participatory-budgets/" + open.slug() + "/tables")).andExpect(status().isOk())
                .andExpect(content().string(containsString("\"version\":2")))
                .andExpect(content().string(containsString("\"current\":false")));
        long id = service.tableTallies(open.process()).get(0).id();
        mvc.perform(get(base + "/mesas/" + id + "/acta")).andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"));
        String ledgerJson = mvc.perform(get("/api/v1/ledger?subjectKind=pb-process&subjectId="
                + open.process().getId() + "&limit=100")).andReturn().getResponse().getContentAsString();
        assertThat(ledgerJson).contains("pb.table.tallied", "pb.table.corrected", "Recuento: una boleta")
                .doesNotContain("Funcionaria que captura", official.getEmail(), "Votante en línea");

        // After publication no figure changes.
        today.on(service.today().plusDays(6), () -> SystemActor.run(() -> {
            service.publishResults(open.slug());
            refused(() -> service.enterTableTally(open.slug(), entry("Mesa 2", 1, 1, 0, Map.of(b.getId(), 1), null),
                    "acta.pdf", PDF), "participation.error.published");
        }));
        assertThat(service.results(service.process(open.slug()))).filteredOn(l -> l.project().getId().equals(b.getId()))
                .singleElement().satisfies(l -> assertThat(l.inPerson()).isEqualTo(2));
    }

    @Test
    void aRankedProcessTakesItsPaperBallotsOneByOne() {
        var open = ParticipationFixtures.voting(secretariat, plans, service, VotingRule.RANKED, 2);
        SystemActor.run(() -> refused(() -> service.enterTableTally(open.slug(), entry("Mesa 1", 1, 1, 0, Map.of(),
                null), "acta.pdf", PDF), "participation.error.tallyRanked"));
        assertThat(service.tableTallies(open.process())).isEmpty();
    }

    private static TableTally.Entry entry(String table, int received, int valid, int voided, Map<Long, Integer> votes,
            String reason) {
        return new TableTally.Entry(table, "colonia-norte", "Acta 001", received, valid, voided, votes, reason);
    }
}
