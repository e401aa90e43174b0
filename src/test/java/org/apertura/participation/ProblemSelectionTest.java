package org.apertura.participation;

import static org.apertura.identity.TestCsrf.csrf;
import static org.apertura.participation.ParticipationFixtures.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Problem selection by dot voting (issue 21, theme h; ADR 0055): a coordinator sets up a list; verified voters spread
 * their dots while it is open and change them; over the dots, unverified and after the close are refused with nothing
 * changed; after the close the count is exact, public on the page, CSV and JSON, never with who, recorded in the
 * ledger, and its selected problems show on the call for proposals it feeds.
 */
@IntegrationTest
class ProblemSelectionTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ParticipationService service;
    @Autowired
    ProblemSelectionService selections;
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
    void votersSpreadTheirDotsAndTheClosedCountSelectsTheTopProblemsAndFeedsACall() throws Exception {
        var open = ParticipationFixtures.open(secretariat, plans, service);
        LocalDate day = service.today();
        String base = "/presupuestos-participativos/" + open.slug() + "/problemas";
        Account coordinator = ParticipationFixtures.coordinator(accounts, open, "Coordinadora de problemas");
        Account nadie = TestAccounts.person(accounts, "Sin residencia");

        // Setting up: only those who run the exercise; bad input refused with a clear error, nothing set up.
        mvc.perform(post(base).param("title", "Problemas").param("description", "Texto").param("problems", "Uno\nDos")
                .param("opensOn", day.toString()).param("closesOn", day.plusDays(3).toString())
                .param("dotsPerPerson", "5").param("selects", "1").with(details.signedIn(nadie)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(base).param("title", "Problemas").param("description", "Texto").param("problems", "Uno\nuno")
                .param("opensOn", day.toString()).param("closesOn", day.plusDays(3).toString())
                .param("dotsPerPerson", "50").param("selects", "2").with(details.signedIn(coordinator)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Escriba de 2 a 30 problemas distintos")))
                .andExpect(content().string(containsString("de 1 a 20")));
        assertThat(selections.of(open.process())).isEmpty();
        mvc.perform(post(base).param("title", "¿Qué atendemos primero?").param("description", "Antes de la convocatoria.")
                .param("problems", "Calles oscuras\nParques sin sombra\n\nBaches\nBasura")
                .param("opensOn", day.toString()).param("closesOn", day.plusDays(3).toString())
                .param("dotsPerPerson", "5").param("selects", "2").with(details.signedIn(coordinator)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "participation.notice.problemsSetUp"));
        ProblemSelection selection = selections.of(open.process()).get(0);
        assertThat(selections.problems(selection)).extracting(ProblemSelectionService.Problem::title)
                .containsExactly("Calles oscuras", "Parques sin sombra", "Baches", "Basura");
        String page = base + "/" + selection.getNumber();
        mvc.perform(get("/presupuestos-participativos/" + open.slug()))
                .andExpect(content().string(containsString(page)));
        mvc.perform(get(page)).andExpect(content().string(containsString(
                "Se seleccionan los 2 problemas con más puntos.")));

        // Dots: verified voters spread theirs; over the dots, unverified or on an unknown problem refused.
        Account ana = ParticipationFixtures.resident(accounts, actingAs, service, open, "Ana Puntos", "colonia-norte",
                531);
        Account beto = ParticipationFixtures.resident(accounts, actingAs, service, open, "Beto Puntos", "colonia-sur",
                532);
        Account carla = ParticipationFixtures.resident(accounts, actingAs, service, open, "Carla Puntos",
                "colonia-norte", 533);
        mvc.perform(get(page).with(details.signedIn(ana))).andExpect(content().string(containsString(
                "Reparta hasta 5 puntos")));
        mvc.perform(get(page).with(details.signedIn(nadie))).andExpect(content().string(containsString(
                "primero declare dónde vive")));
        var over = mvc.perform(post(page + "/puntos").param("problem-1", "4").param("problem-2", "3")
                .with(details.signedIn(ana)).with(csrf()))
                .andExpect(flash().attribute("problems", hasItem(containsString(
                        "Puede repartir hasta 5 puntos y repartió 7")))).andReturn();
        // the page links the problem to the group of dots, whose fields say they are invalid
        mvc.perform(get(page).with(details.signedIn(ana)).flashAttrs(over.getFlashMap()))
                .andExpect(content().string(containsString("<a href=\"#selection-dots\">")))
                .andExpect(content().string(containsString("id=\"selection-dots\" tabindex=\"-1\" "
                        + "aria-describedby=\"selection-dots-error\"")))
                .andExpect(content().string(containsString("max=\"5\" aria-invalid=\"true\"")));
        mvc.perform(post(page + "/puntos").param("problem-1", "4").param("problem-2", "3").param("lang", "en")
                .with(details.signedIn(ana)).with(csrf()))
                .andExpect(flash().attribute("problems", hasItem(containsString(
                        "You may spread up to 5 dots and you spread 7"))));
        mvc.perform(post(page + "/puntos").param("problem-1", "5").with(details.signedIn(nadie)).with(csrf()))
                .andExpect(flash().attribute("problems", hasItem(containsString(
                        "Solo quien se registró para votar"))));
        actingAs.run(ana.getId(), () -> refused(() -> selections.place(open.slug(), selection.getNumber(),
                Map.of(9, 1)), "participation.validation.dotsEach"));
        actingAs.run(ana.getId(), () -> refused(() -> selections.place(open.slug(), selection.getNumber(),
                Map.of(1, -1)), "participation.validation.dotsEach"));
        assertThat(selections.participants(selection)).isZero();
        mvc.perform(post(page + "/puntos").param("problem-1", "5").with(details.signedIn(ana)).with(csrf()))
                .andExpect(flash().attribute("notice", "participation.notice.dotsPlaced"));
        // Changed before the close: the last placement replaces the first.
        mvc.perform(post(page + "/puntos").param("problem-1", "3").param("problem-2", "").param("problem-3", "2")
                .with(details.signedIn(ana)).with(csrf()))
                .andExpect(flash().attribute("notice", "participation.notice.dotsPlaced"));
        actingAs.run(ana.getId(), () -> assertThat(selections.myDots(selection)).isEqualTo(Map.of(1, 3, 3, 2)));
        actingAs.run(beto.getId(), () -> selections.place(open.slug(), selection.getNumber(), Map.of(3, 3, 2, 2)));
        actingAs.run(carla.getId(), () -> selections.place(open.slug(), selection.getNumber(), Map.of(1, 2, 4, 3)));
        // Before the close: no counts anywhere, only how many took part.
        mvc.perform(get(page)).andExpect(content().string(containsString("3 personas han repartido sus puntos.")))
                .andExpect(content().string(not(containsString("Seleccionado"))));
        SystemActor.run(() -> refused(() -> selections.record(open.slug(), selection.getNumber()),
                "participation.error.problemsNotClosed"));

        // After the close: no more dots; the count is exact, ties broken by people then by the list's order.
        LocalDate after = day.plusDays(4);
        today.on(after, () -> {
            actingAs.run(beto.getId(), () -> refused(() -> selections.place(open.slug(), selection.getNumber(),
                    Map.of(4, 1)), "participation.error.problemsClosed"));
            // Calles oscuras and Baches tie at 5 dots from 2 people each: the list's order puts Calles first.
            assertThat(selections.count(selection)).extracting(ProblemSelectionService.Line::title,
                    ProblemSelectionService.Line::dots, ProblemSelectionService.Line::people,
                    ProblemSelectionService.Line::selected)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Calles oscuras", 5L, 2L, true),
                            org.assertj.core.groups.Tuple.tuple("Baches", 5L, 2L, true),
                            org.assertj.core.groups.Tuple.tuple("Basura", 3L, 1L, false),
                            org.assertj.core.groups.Tuple.tuple("Parques sin sombra", 2L, 1L, false));
            try {
                String html = mvc.perform(get(page)).andExpect(status().isOk()).andReturn().getResponse()
                        .getContentAsString();
                assertThat(html).contains("Resultado", "Calles oscuras", "Seleccionado")
                        .doesNotContain("Ana Puntos").doesNotContain("Beto Puntos");
                String csv = mvc.perform(get(page + ".csv")).andReturn().getResponse().getContentAsString();
                assertThat(csv).contains("1,1,Calles oscuras,5,2,").contains("Parques sin sombra,2,1,")
                        .doesNotContain("Ana Puntos");
                String json = mvc.perform(get("/api/v1/participatory-budgets/" + open.slug() + "/problem-selections/"
                        + selection.getNumber())).andReturn().getResponse().getContentAsString();
                assertThat(json).contains("\"counted\":true", "\"title\":\"Baches\"", "\"dots\":5", "\"people\":2",
                        "\"participants\":3").doesNotContain("Ana Puntos");
                // Recording the count: only those who run it, once; then it can feed a call that exists.
                mvc.perform(post(page + "/resultado").with(details.signedIn(ana)).with(csrf()))
                        .andExpect(status().isForbidden());
                mvc.perform(post(page + "/convocatoria").param("call", " ").with(details.signedIn(coordinator))
                        .with(csrf())).andExpect(flash().attribute("problems", hasItem(containsString(
                                "Primero publique el resultado"))));
                mvc.perform(post(page + "/resultado").with(details.signedIn(coordinator)).with(csrf()))
                        .andExpect(flash().attribute("notice", "participation.notice.problemsCounted"));
                mvc.perform(post(page + "/resultado").with(details.signedIn(coordinator)).with(csrf()))
                        .andExpect(flash().attribute("problems", hasItem(containsString("ya está en el historial"))));
                mvc.perform(post(page + "/convocatoria").param("call", "no-existe").with(details.signedIn(coordinator))
                        .with(csrf())).andExpect(flash().attribute("problems", hasItem(containsString(
                                "Esa convocatoria no existe"))));

                // Issue 21, ADR 0061: the coordinator drafts a call of the same exercise choosing the counted list;
                // nothing is linked nor public until the call is published.
                String exercise = plans.exercises().stream()
                        .filter(e -> e.getId().equals(open.process().getExerciseId())).findFirst().orElseThrow()
                        .getSlug();
                String key = open.slug() + "/" + selection.getNumber();
                mvc.perform(get("/ejercicios/" + exercise + "/convocatorias/nueva").with(details.signedIn(coordinator)))
                        .andExpect(content().string(containsString("value=\"" + key + "\"")));
                String call = "conv-problemas-" + selection.getId();
                java.util.function.Supplier<org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder>
                        draft = () -> post("/ejercicios/" + exercise + "/convocatorias").param("slug", call)
                        .param("title", "Convocatoria sobre los problemas elegidos").param("description", "Texto.")
                        .param("themes", "G").param("submissionOpens", after.plusDays(1).toString())
                        .param("submissionCloses", after.plusDays(20).toString())
                        .param("supportOpens", after.plusDays(1).toString())
                        .param("supportCloses", after.plusDays(30).toString()).param("proposers", "ANYONE")
                        .param("supportsPerPerson", "10");
                mvc.perform(draft.get().param("problemSelection", "otro-proceso/1").with(details.signedIn(coordinator))
                        .with(csrf())).andExpect(status().isBadRequest())
                        .andExpect(content().string(containsString("Elija una selección de problemas ya contada")));
                mvc.perform(draft.get().param("problemSelection", key).with(details.signedIn(coordinator)).with(csrf()))
                        .andExpect(status().is3xxRedirection());
                mvc.perform(get("/convocatorias/" + call).with(details.signedIn(coordinator)))
                        .andExpect(content().string(containsString("Al publicarla se enlazará la selección de problemas")))
                        .andExpect(content().string(containsString(selection.getTitle())));
                mvc.perform(get("/convocatorias/" + call)).andExpect(status().isNotFound());
                assertThat(selections.feeding(call)).isEmpty();
                mvc.perform(post("/convocatorias/" + call + "/publicar").with(details.signedIn(coordinator))
                        .with(csrf())).andExpect(flash().attribute("notice", "cocreation.notice.callPublished"));
                assertThat(selections.feeding(call)).extracting(ProblemSelection::getNumber)
                        .containsExactly(selection.getNumber());
                mvc.perform(get("/convocatorias/" + call)).andExpect(status().isOk())
                        .andExpect(content().string(containsString("Calles oscuras")));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        List<String> ledger = jdbc.sql("SELECT type || ' ' || payload FROM ledger_entry WHERE subject_kind = "
                + "'pb-process' AND subject_id = ?").param(String.valueOf(open.process().getId()))
                .query(String.class).list();
        assertThat(ledger).anyMatch(e -> e.startsWith("pps.set-up") && e.contains("Calles oscuras"))
                .anyMatch(e -> e.startsWith("pps.counted") && e.contains("\"dots\":5") && e.contains("\"participants\":3"))
                .anyMatch(e -> e.startsWith("pps.linked") && e.contains("conv-problemas-"))
                .noneMatch(e -> e.contains("Ana Puntos"));
    }
}
