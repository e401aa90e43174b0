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
 * Reports and rate limits in debates (issue 21, ADR 0055): a signed-in person reports a debate or an argument once,
 * with a reason from the list; moderators see how many reported it and why, never who, and hide it with a public
 * reason or dismiss the reports; opening debates and arguing are limited per person and minute with a clear error.
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
    ProjectCommentService comments;
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
        ProjectComment[] rude = new ProjectComment[1];
        actingAs.run(beto.getId(), () -> rude[0] = comments.post(ProjectCommentService.On.debate(open.slug(),
                debate.getNumber()), null, Stance.AGAINST, "Los del mercado son unos rateros."));
        long rudeId = rude[0].getId();

        // The form is there for signed-in people, not for the author of the comment.
        mvc.perform(get(page).with(details.signedIn(ana)))
                .andExpect(content().string(containsString("Reportar este debate")))
                .andExpect(content().string(containsString("Insultos, amenazas o discriminación")));
        mvc.perform(get(page)).andExpect(content().string(not(containsString("Reportar este debate"))));

        // Bad input: no reason, one's own comment, nobody signed in; nothing is reported.
        mvc.perform(post(page + "/reportar").param("comment", String.valueOf(rudeId)).with(details.signedIn(ana))
                .with(csrf())).andExpect(flash().attribute("problems", hasItem(containsString(
                        "Elija por qué lo reporta"))));
        mvc.perform(post(page + "/reportar").param("comment", String.valueOf(rudeId)).param("reportReason", "SPAM")
                .param("lang", "en").with(details.signedIn(beto)).with(csrf()))
                .andExpect(flash().attribute("problems", hasItem(containsString("You cannot report what you published"))));
        mvc.perform(post(page + "/reportar").param("reportReason", "SPAM").with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(reports.pending(open.process())).isEmpty();

        // Reports: once per person and item, a reason and an optional note.
        mvc.perform(post(page + "/reportar").param("comment", String.valueOf(rudeId)).param("reportReason",
                "OFFENSIVE").param("note", "Insulta a los productores.").with(details.signedIn(ana)).with(csrf()))
                .andExpect(flash().attribute("notice", "participation.notice.reported"));
        mvc.perform(post(page + "/reportar").param("comment", String.valueOf(rudeId)).param("reportReason", "SPAM")
                .with(details.signedIn(ana)).with(csrf()))
                .andExpect(flash().attribute("problems", hasItem(containsString("Ya lo reportó"))));
        actingAs.run(carla.getId(), () -> reports.report(open.slug(), debate.getNumber(), rudeId,
                ReportReason.OFFENSIVE, null));
        actingAs.run(carla.getId(), () -> reports.report(open.slug(), debate.getNumber(), null,
                ReportReason.OFF_TOPIC, "Ya hay otro debate del mercado."));

        // The queue: counts and reasons, the notes, never who; only for moderators.
        mvc.perform(get(queue).with(details.signedIn(ana))).andExpect(status().isForbidden());
        String html = mvc.perform(get(queue).with(details.signedIn(moderator))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Reportado por 2 personas", "Insultos, amenazas o discriminación (2)",
                "Insulta a los productores.", "Reportado por una persona", "No trata del tema (1)",
                "Ya hay otro debate del mercado.").doesNotContain("Ana Reportante").doesNotContain("Carla Reportante");
        mvc.perform(get(page).with(details.signedIn(moderator)))
                .andExpect(content().string(containsString("2 reportes por resolver")));

        // Resolving: not by someone without the role; hidden with a public reason; dismissed.
        mvc.perform(post(queue + "/reportes").param("debate", String.valueOf(debate.getNumber()))
                .param("comment", String.valueOf(rudeId)).param("resolution", "HIDDEN").param("reason", "Insulto")
                .with(details.signedIn(ana)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(queue + "/reportes").param("debate", String.valueOf(debate.getNumber()))
                .param("comment", String.valueOf(rudeId)).param("resolution", "HIDDEN").param("reason", " ")
                .with(details.signedIn(moderator)).with(csrf()))
                .andExpect(flash().attribute("problems", hasItem(containsString("motivo"))));
        mvc.perform(post(queue + "/reportes").param("debate", String.valueOf(debate.getNumber()))
                .param("comment", String.valueOf(rudeId)).param("resolution", "HIDDEN")
                .param("reason", "Insulta a otras personas.").with(details.signedIn(moderator)).with(csrf()))
                .andExpect(flash().attribute("notice", "participation.notice.reportsHidden"));
        mvc.perform(post(queue + "/reportes").param("debate", String.valueOf(debate.getNumber()))
                .param("resolution", "DISMISSED").with(details.signedIn(moderator)).with(csrf()))
                .andExpect(flash().attribute("notice", "participation.notice.reportsDismissed"));
        mvc.perform(post(queue + "/reportes").param("debate", String.valueOf(debate.getNumber()))
                .param("resolution", "DISMISSED").with(details.signedIn(moderator)).with(csrf()))
                .andExpect(flash().attribute("problems", hasItem(containsString("No tiene reportes por resolver"))));
        assertThat(reports.pending(open.process())).isEmpty();
        mvc.perform(get(page)).andExpect(content().string(containsString("Insulta a otras personas.")))
                .andExpect(content().string(containsString("Un mercado de productores en la plaza.")))
                .andExpect(content().string(not(containsString("Los del mercado son unos rateros."))));
        // A hidden comment cannot be reported again.
        actingAs.run(carla.getId(), () -> refused(() -> reports.report(open.slug(), debate.getNumber(), rudeId,
                ReportReason.SPAM, null), "participation.error.reportHidden"));

        // A comment flagged the old way (a flag, no reason) waits in the first table until it is reported; once its
        // reports are resolved a moderator has handled it and it shows in neither table.
        ProjectComment[] flaggedOld = new ProjectComment[1];
        actingAs.run(beto.getId(), () -> flaggedOld[0] = comments.post(ProjectCommentService.On.debate(open.slug(),
                debate.getNumber()), null, Stance.AGAINST, "El mercado ensucia la plaza cada sábado."));
        actingAs.run(ana.getId(), () -> comments.flag(ProjectCommentService.On.debate(open.slug(),
                debate.getNumber()), flaggedOld[0].getId()));
        assertThat(comments.flagged(open.process())).extracting(f -> f.comment().getId())
                .containsExactly(flaggedOld[0].getId());
        actingAs.run(carla.getId(), () -> reports.report(open.slug(), debate.getNumber(), flaggedOld[0].getId(),
                ReportReason.OTHER, "Ya lo marcaron antes."));
        assertThat(comments.flagged(open.process())).isEmpty();
        mvc.perform(post(queue + "/reportes").param("debate", String.valueOf(debate.getNumber()))
                .param("comment", String.valueOf(flaggedOld[0].getId())).param("resolution", "DISMISSED")
                .with(details.signedIn(moderator)).with(csrf()))
                .andExpect(flash().attribute("notice", "participation.notice.reportsDismissed"));
        assertThat(mvc.perform(get(queue).with(details.signedIn(moderator))).andReturn().getResponse()
                .getContentAsString()).doesNotContain("El mercado ensucia la plaza cada sábado.")
                .contains("Nadie ha reportado");

        // The history: the hiding and both resolutions, with counts, never who reported.
        List<String> payloads = jdbc.sql("SELECT type || ' ' || payload FROM ledger_entry WHERE subject_kind = "
                + "'pb-process' AND subject_id = ?").param(String.valueOf(open.process().getId()))
                .query(String.class).list();
        assertThat(payloads).anyMatch(p -> p.startsWith("pb.comment.hidden"))
                .filteredOn(p -> p.startsWith("pd.reports.resolved")).hasSize(3)
                .allMatch(p -> !p.contains("Ana Reportante") && !p.contains("Insulta a los productores."))
                .anyMatch(p -> p.contains("\"reports\":2") && p.contains("HIDDEN"))
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
        int beforeComments = comments.threads(debate).size();
        for (int i = 0; i < 2 * ProjectCommentService.DEBATE_PER_MINUTE + 2 && problems == null; i++) {
            int n = i;
            MvcResult[] result = new MvcResult[1];
            today.on(day.plusDays(n), () -> {
                try {
                    result[0] = mvc.perform(post(page + "/comentarios").param("body", "Argumento " + n)
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
        assertThat(problems).isNotNull().anyMatch(p -> p.contains("Puede publicar hasta 5 argumentos o respuestas por "
                + "minuto"));
        assertThat(posted).isGreaterThanOrEqualTo(ProjectCommentService.DEBATE_PER_MINUTE);
        assertThat(comments.threads(debate)).hasSize(beforeComments + posted);
    }
}
