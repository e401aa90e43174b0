package org.apertura.participation;

import static org.apertura.identity.TestCsrf.csrf;
import static org.apertura.participation.ParticipationFixtures.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apertura.IntegrationTest;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.apertura.identity.ActingAs;
import org.apertura.identity.TestAccounts;
import org.apertura.platform.security.SystemActor;
import org.apertura.platform.time.Today;
import org.apertura.secretariat.SecretariatService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Paper counts per table of a consultation (ADR 0054): an official enters a table's figures with its act while the
 * consultation is open; a table counted twice, or already counted one by one, figures that do not add up, an
 * executable as the act, a table outside the population, a count after the close and someone without the role are
 * refused with the reason, and nothing changes; the published count adds the paper ballots once to the online and
 * one-by-one answers, per channel, district and table, on the page, in the CSV, the JSON and the ledger.
 */
@IntegrationTest
class ConsultationTableTallyTest {

    private static final byte[] PDF = "%PDF-1.4\n% acta de la mesa de la consulta\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;
    @Autowired
    ParticipationService service;
    @Autowired
    ConsultationService consultations;
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

    @Test
    void aTablesPaperCountIsAddedOnceToTheOtherAnswersAndEveryBadCountIsRefused() throws Exception {
        var open = ParticipationFixtures.open(secretariat, plans, service);
        LocalDate day = service.today();
        Consultation asked = asSystem(() -> consultations.open(open.slug(), new Consultation.Terms(
                "¿Se abre la biblioteca los domingos?", "Horario de la biblioteca.", null, true, day, day.plusDays(2),
                List.of("Sí", "No"))));
        Consultation northOnly = asSystem(() -> consultations.open(open.slug(), new Consultation.Terms(
                "¿Un tope en la calle 5?", "Solo colonia Norte.", "colonia-norte", false, day, day.plusDays(2),
                List.of("Sí", "No"))));
        int number = asked.getNumber();
        var options = consultations.options(asked);
        long yes = options.get(0).id();
        long no = options.get(1).id();
        String base = "/presupuestos-participativos/" + open.slug() + "/consultas/" + number;

        Account ana = ParticipationFixtures.resident(accounts, actingAs, service, open, "Ana de la mesa de papel",
                "colonia-norte", 611);
        actingAs.run(ana.getId(), () -> consultations.answer(open.slug(), number, yes));
        SystemActor.run(() -> consultations.registerInPerson(open.slug(), number, ParticipationFixtures.curp(612),
                "colonia-norte", "Mesa 1", no));
        Account official = ParticipationFixtures.official(accounts, open, "Funcionario de la mesa de papel");

        // Someone without a role: refused. Bad figures, a table already counted one by one, a district outside the
        // population, an executable as the act: each refused with its reason, nothing stored.
        Account citizen = TestAccounts.person(accounts, "Vecina sin rol de mesa");
        actingAs.run(citizen.getId(), () -> assertThatThrownBy(() -> consultations.enterTableTally(open.slug(), number,
                entry("Mesa 2", "colonia-norte", 4, 4, 0, Map.of(yes, 4L)), "acta.pdf", PDF))
                .isInstanceOf(AccessDeniedException.class));
        SystemActor.run(() -> {
            refused(() -> consultations.enterTableTally(open.slug(), number, entry("Mesa 2", "colonia-norte", 5, 4, 0,
                    Map.of(yes, 4L)), "acta.pdf", PDF), "participation.validation.tallySum");
            refused(() -> consultations.enterTableTally(open.slug(), number, entry("Mesa 2", "colonia-norte", 4, 4, 0,
                    Map.of(yes, 3L)), "acta.pdf", PDF), "participation.validation.consultationTallyVotes");
            refused(() -> consultations.enterTableTally(open.slug(), number, entry("Mesa 1", "colonia-norte", 1, 1, 0,
                    Map.of(yes, 1L)), "acta.pdf", PDF), "participation.error.tableRegistered");
            refused(() -> consultations.enterTableTally(open.slug(), northOnly.getNumber(), entry("Mesa 9",
                    "colonia-sur", 1, 1, 0, Map.of(consultations.options(northOnly).get(0).id(), 1L)), "acta.pdf",
                    PDF), "participation.error.otherPopulation");
            refused(() -> consultations.enterTableTally(open.slug(), number, entry("Mesa 2", "colonia-norte", 1, 1, 0,
                    Map.of(yes, 1L)), "acta.exe", "MZ\u0090 not an act".getBytes(StandardCharsets.ISO_8859_1)),
                    "participation.validation.act");
        });
        assertThat(consultations.tallies(asked)).isEmpty();

        // Through the page, as the official: the act's figures with the act attached.
        mvc.perform(multipart(base + "/mesas").file(new MockMultipartFile("act", "acta-c2.pdf", "application/pdf", PDF))
                .param("tableName", "Mesa 2, escuela").param("districtSlug", "colonia-norte")
                .param("actReference", "Acta C-2").param("received", "6").param("valid", "5").param("voided", "1")
                .param("votos-" + yes, "3").param("votos-" + no, "2")
                .with(details.signedIn(official)).with(csrf()))
                .andExpect(flash().attribute("notice", "participation.notice.tallied"));
        // The same table again (written another way): refused, in English too; and no answer is registered there.
        mvc.perform(multipart(base + "/mesas").file(new MockMultipartFile("act", "acta-c2.pdf", "application/pdf", PDF))
                .param("tableName", "mesa 2 Escuela").param("districtSlug", "colonia-norte")
                .param("actReference", "Acta C-2 bis").param("received", "1").param("valid", "1").param("voided", "0")
                .param("votos-" + yes, "1").param("lang", "en").with(details.signedIn(official)).with(csrf()))
                .andExpect(flash().attribute("problems", List.of("Table «mesa 2 Escuela» already has its count in this "
                        + "consultation: a table is counted only once.")));
        SystemActor.run(() -> refused(() -> consultations.registerInPerson(open.slug(), number,
                ParticipationFixtures.curp(613), "colonia-norte", "Mesa 2, escuela", yes),
                "participation.error.tableCounted"));
        assertThat(consultations.tallies(asked)).singleElement().satisfies(t -> assertThat(t.valid()).isEqualTo(5));

        // Before publication: how many tables, no figures, no act.
        long id = consultations.tallies(asked).get(0).id();
        mvc.perform(get(base)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Mesas con su conteo en papel capturado: 1.")))
                .andExpect(content().string(containsString("Respuestas recibidas hasta ahora: 7.")))
                .andExpect(content().string(not(containsString("Acta C-2"))));
        mvc.perform(get(base + "/mesas/" + id + "/acta")).andExpect(status().isNotFound());
        mvc.perform(get(base + "/mesas.csv")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Mesa 2"))));

        // After the close: no count is entered; the results add the paper ballots once.
        today.on(day.plusDays(3), () -> SystemActor.run(() -> {
            refused(() -> consultations.enterTableTally(open.slug(), number, entry("Mesa 3", "colonia-sur", 1, 1, 0,
                    Map.of(no, 1L)), "acta.pdf", PDF), "participation.error.consultationTallyDays");
            consultations.publish(open.slug(), number);
        }));
        Consultation published = consultations.consultation(service.process(open.slug()), number);
        ConsultationService.Count count = consultations.count(published);
        assertThat(count.total()).isEqualTo(7);
        assertThat(count.lines()).extracting(ConsultationService.Line::online, ConsultationService.Line::inPerson,
                ConsultationService.Line::paper).containsExactly(org.assertj.core.groups.Tuple.tuple(1L, 0L, 3L),
                org.assertj.core.groups.Tuple.tuple(0L, 1L, 2L));
        assertThat(count.tables()).extracting(ConsultationService.TableCount::table, ConsultationService.TableCount::total)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Mesa 1", 1L),
                        org.assertj.core.groups.Tuple.tuple("Mesa 2, escuela", 5L));

        mvc.perform(get(base)).andExpect(status().isOk())
                .andExpect(content().string(containsString("En papel (conteo de mesa)")))
                .andExpect(content().string(containsString("Respuestas por mesa")))
                .andExpect(content().string(containsString("Acta C-2")))
                .andExpect(content().string(containsString("Respuestas registradas una por una por el personal")));
        mvc.perform(get(base + "/mesas/" + id + "/acta")).andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"));
        mvc.perform(get(base + "/mesas.csv")).andExpect(status().isOk())
                .andExpect(content().string(containsString("conteo_en_papel")))
                .andExpect(content().string(containsString("Mesa 2, escuela")));
        mvc.perform(get("/api/v1/participatory-budgets/" + open.slug() + "/consultations/" + number + "/tables"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"paper\":true")))
                .andExpect(content().string(containsString("\"act\":\"Acta C-2\"")));
        mvc.perform(get("/api/v1/participatory-budgets/" + open.slug() + "/consultations")).andExpect(status().isOk())
                .andExpect(content().string(containsString("\"paper\":3")));
        String ledgerJson = mvc.perform(get("/api/v1/ledger?subjectKind=pb-process&subjectId="
                + open.process().getId() + "&limit=100")).andReturn().getResponse().getContentAsString();
        assertThat(ledgerJson).contains("pc.table.tallied", "votesByOption", "Acta C-2")
                .doesNotContain("Funcionario de la mesa de papel", official.getEmail(), "Ana de la mesa");
    }

    private static ConsultationTally.Entry entry(String table, String district, int received, int valid, int voided,
            Map<Long, Long> votes) {
        Map<Long, Integer> v = new java.util.LinkedHashMap<>();
        votes.forEach((k, n) -> v.put(k, n.intValue()));
        return new ConsultationTally.Entry(table, district, "Acta", received, valid, voided, v);
    }

    private static <T> T asSystem(java.util.function.Supplier<T> work) {
        java.util.concurrent.atomic.AtomicReference<T> result = new java.util.concurrent.atomic.AtomicReference<>();
        SystemActor.run(() -> result.set(work.get()));
        return result.get();
    }
}
