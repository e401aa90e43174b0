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
import org.apertura.IntegrationTest;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.comments.DiscussionComment;
import org.apertura.comments.DiscussionService;
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
import org.springframework.test.web.servlet.MvcResult;

/**
 * Reports and rate limits in debates (issue 21, ADR 0055): a signed-in person reports a debate once, with a reason
 * from the list, and flags an argument once with a reason of their own (the comment engine's, ADR 0067 "Done");
 * moderators see how many reported or flagged it and why, never who, and hide it with a public reason or dismiss the
 * reports; opening debates and arguing are limited per person and minute with a clear error.
 */
@IntegrationTest
class DebateReportsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ParticipationService service;
    @Autowired
    DebateService debates;
    @Autowired
    DiscussionService discussions;
    @Autowired
    DebateReportService reports;
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
    void peopleReportOnceWithAReasonAndModeratorsHideOrDismissWithoutSeeingWho() throws Exception {
        var open = ParticipationFixtures.open(secretariat, plans, service);
        LocalDate day = service.today();
        Debate[] opened = new Debate[1];
        SystemActor.run(() -> opened[0] = debates.open(open.slug(), new Debate.Terms("¿Mercado los sábados?",
                "Un mercado de productores en la plaza.", day.minusDays(1), day.plusDays(5))));
        Debate debate = opened[0];
        String page = "/presupuestos-participativos/" + open.slug() + "/debates/" + debate.getNumber();
        String queue = "/presupuestos-participativos/" + open.slug() + "/moderacion";
        Account ana = TestAccounts.person(accounts, "Ana Reportante");
        Account beto = TestAccounts.person(accounts, "Beto Grosero");
        Account carla = TestAccounts.person(accounts, "Carla Reportante");
        Account moderator = ParticipationFixtures.official(accounts, open, "Moderadora de reportes");
        DiscussionComment[] rude = new DiscussionComment[1];
        actingAs.run(beto.getId(), () -> rude[0] = discussions.post("pd-debate", debate.getId().toString(), null,
                "AGAINST", "Los del mercado son unos rateros."));
        long rudeId = rude[0].getId();

        // The forms are there for signed-in people: the debate's (a reason from the list) and each argument's.
        mvc.perform(get(page).with(details.signedIn(ana)))
                .andExpect(content().string(containsString("Reportar este debate")))
                .andExpect(content().string(containsString("Insultos, amenazas o discriminación")))
                .andExpect(content().string(containsString("/conversacion/comentario/" + rudeId + "/marcar")));
        mvc.perform(get(page).with(details.signedIn(beto)))
                .andExpect(content().string(not(containsString("/conversacion/comentario/" + rudeId + "/marcar"))));
        mvc.perform(get(page)).andExpect(content().string(not(containsString("Reportar este debate"))));

        // Bad input: no reason, one's own argument, nobody signed in; nothing is reported.
        mvc.perform(post(page + "/reportar").with(details.signedIn(ana)).with(csrf()))
                .andExpect(flash().attribute("problems", hasItem(containsString("Elija por qué lo reporta"))));
        mvc.perform(post("/conversacion/comentario/" + rudeId + "/marcar").param("lang", "en")
                .with(details.signedIn(beto)).with(csrf()))
                .andExpect(flash().attribute("problems", hasItem(containsString("your own comment"))));
        mvc.perform(post(page + "/reportar").param("reportReason", "SPAM").with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(reports.pending(open.process())).isEmpty();
        assertThat(discussions.flagCounts(discussions.find("pd-debate", debate.getId().toString()).orElseThrow()))
                .isEmpty();

        // Reports: once per person and item, with a reason.
        mvc.perform(post("/conversacion/comentario/" + rudeId + "/marcar").param("reason", "Insulta a los productores.")
                .with(details.signedIn(ana)).with(csrf()))
                .andExpect(flash().attribute("notice", "discussion.notice.flagged"));
        mvc.perform(post("/conversacion/comentario/" + rudeId + "/marcar").with(details.signedIn(ana)).with(csrf()))
                .andExpect(flash().attribute("problems", hasItem(containsString("Ya reportó"))));
        actingAs.run(carla.getId(), () -> discussions.flag(rudeId, "Ofende"));
        mvc.perform(post(page + "/reportar").param("reportReason", "OFF_TOPIC")
                .param("note", "Ya hay otro debate del mercado.").with(details.signedIn(carla)).with(csrf()))
                .andExpect(flash().attribute("notice", "participation.notice.reported"));
        mvc.perform(post(page + "/reportar").param("reportReason", "SPAM").with(details.signedIn(carla)).with(csrf()))
                .andExpect(flash().attribute("problems", hasItem(containsString("Ya lo reportó"))));

        // The queues: counts and reasons, the notes, never who; only for moderators.
        mvc.perform(get(queue).with(details.signedIn(ana))).andExpect(status().isForbidden());
        mvc.perform(get("/moderacion").with(details.signedIn(ana))).andExpect(status().isForbidden());
        String html = mvc.perform(get(queue).with(details.signedIn(moderator))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Reportado por una persona", "No trata del tema (1)",
                "Ya hay otro debate del mercado.", "href=\"/moderacion\"").doesNotContain("Carla Reportante");
        String comments = mvc.perform(get("/moderacion").with(details.signedIn(moderator))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(comments).contains("Los del mercado son unos rateros.", "Insulta a los productores.", "Ofende")
                .doesNotContain("Ana Reportante", "Carla Reportante", "Beto Grosero");
        mvc.perform(get(page).with(details.signedIn(moderator)))
                .andExpect(content().string(containsString("Un reporte por resolver")))
                .andExpect(content().string(containsString("Reportado por 2 personas")));

        // Resolving: not by someone without the role; hidden with a public reason; dismissed.
        mvc.perform(post("/conversacion/comentario/" + rudeId + "/ocultar").param("reason", "Insulta a otras personas.")
                .with(details.signedIn(ana)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(queue + "/reportes").param("debate", String.valueOf(debate.getNumber()))
                .param("resolution", "DISMISSED").with(details.signedIn(ana)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/conversacion/comentario/" + rudeId + "/ocultar").param("reason", " ")
                .with(details.signedIn(moderator)).with(csrf()))
                .andExpect(flash().attribute("problems", hasItem(containsString("motivo"))));
        mvc.perform(post("/conversacion/comentario/" + rudeId + "/ocultar").param("reason", "Insulta a otras personas.")
                .param("volver", "moderacion").with(details.signedIn(moderator)).with(csrf()))
                .andExpect(flash().attribute("notice", "discussion.notice.hidden"));
        mvc.perform(post(queue + "/reportes").param("debate", String.valueOf(debate.getNumber()))
                .param("resolution", "DISMISSED").with(details.signedIn(moderator)).with(csrf()))
                .andExpect(flash().attribute("notice", "participation.notice.reportsDismissed"));
        mvc.perform(post(queue + "/reportes").param("debate", String.valueOf(debate.getNumber()))
                .param("resolution", "DISMISSED").with(details.signedIn(moderator)).with(csrf()))
                .andExpect(flash().attribute("problems", hasItem(containsString("No tiene reportes por resolver"))));
        assertThat(reports.pending(open.process())).isEmpty();
        assertThat(mvc.perform(get("/moderacion").with(details.signedIn(moderator))).andReturn().getResponse()
                .getContentAsString()).doesNotContain("Los del mercado son unos rateros.");
        mvc.perform(get(page)).andExpect(content().string(containsString("Insulta a otras personas.")))
                .andExpect(content().string(containsString("Un mercado de productores en la plaza.")))
                .andExpect(content().string(not(containsString("Los del mercado son unos rateros."))));
        // A hidden comment cannot be reported again.
        Account dora = TestAccounts.person(accounts, "Dora Tardía");
        actingAs.run(dora.getId(), () -> refused(() -> discussions.flag(rudeId, null), "discussion.error.hidden"));

        // The history: the hiding (under the process, as before) and the resolution, with counts, never who reported.
        List<String> payloads = jdbc.sql("SELECT type || ' ' || payload FROM ledger_entry WHERE subject_kind = "
                + "'pb-process' AND subject_id = ?").param(String.valueOf(open.process().getId()))
                .query(String.class).list();
        assertThat(payloads).anyMatch(p -> p.startsWith("pb.comment.hidden") && p.contains("Insulta a otras personas.")
                && p.contains("\"debate\":" + debate.getNumber()))
                .anyMatch(p -> p.startsWith("pb.comment.posted") && p.contains("AGAINST"))
                .filteredOn(p -> p.startsWith("pd.reports.resolved")).hasSize(1)
                .allMatch(p -> !p.contains("Ana Reportante") && !p.contains("Insulta a los productores."))
                .anyMatch(p -> p.contains("\"reports\":1") && p.contains("DISMISSED"));
    }

    @Test
    void openingDebatesAndArguingAreLimitedPerPersonAndMinute() throws Exception {
        var open = ParticipationFixtures.open(secretariat, plans, service);
        LocalDate day = service.today();
        String base = "/presupuestos-participativos/" + open.slug() + "/debates";
        Account eva = ParticipationFixtures.resident(accounts, actingAs, service, open, "Eva Limitada",
                "colonia-norte", 521);

        // Opening: past the limit in a minute, a clear error and nothing opened. The limit counts by the real minute,
        // so a minute may turn over once while the test runs: then the refusal comes within the next limit + 1.
        int before = debates.of(open.process()).size();
        MvcResult refusal = null;
        int openedCount = 0;
        for (int i = 0; i < 2 * DebateService.OPENED_PER_MINUTE + 2 && refusal == null; i++) {
            MvcResult result = mvc.perform(post(base).param("title", "Tema " + i).param("description", "Texto")
                    .param("opensOn", day.toString()).param("closesOn", day.plusDays(20).toString()).param("lang", "en")
                    .with(details.signedIn(eva)).with(csrf())).andReturn();
            if (result.getResponse().getStatus() == 400) {
                refusal = result;
            } else {
                openedCount++;
            }
        }
        assertThat(refusal).isNotNull();
        assertThat(refusal.getResponse().getContentAsString()).contains("You may open up to 2 debates a minute");
        assertThat(openedCount).isGreaterThanOrEqualTo(DebateService.OPENED_PER_MINUTE);
        assertThat(debates.of(open.process())).hasSize(before + openedCount);

        // Arguing: the same, each on a later day replayed so that the hourly limit does not count first.
        Debate debate = debates.of(open.process()).get(before);
        String page = base + "/" + debate.getNumber();
        List<String> problems = null;
        int posted = 0;
        var subject = discussions.find("pd-debate", debate.getId().toString()).orElseThrow();
        int beforeComments = discussions.threads(subject).size();
        for (int i = 0; i < 2 * ParticipationComments.DEBATE_PER_MINUTE + 2 && problems == null; i++) {
            int n = i;
            MvcResult[] result = new MvcResult[1];
            today.on(day.plusDays(n), () -> {
                try {
                    result[0] = mvc.perform(post("/conversacion/pd-debate/" + debate.getId()).param("body", "Argumento " + n)
                            .with(details.signedIn(eva)).with(csrf())).andReturn();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            @SuppressWarnings("unchecked")
            List<String> refused = (List<String>) result[0].getFlashMap().get("problems");
            if (refused != null) {
                problems = refused;
            } else {
                posted++;
            }
        }
        assertThat(problems).isNotNull().anyMatch(p -> p.contains("Puede publicar hasta 5 comentarios o respuestas por "
                + "minuto"));
        assertThat(posted).isGreaterThanOrEqualTo(ParticipationComments.DEBATE_PER_MINUTE);
        assertThat(discussions.threads(subject)).hasSize(beforeComments + posted);
    }
}
