package org.apertura.participation;

import static org.apertura.identity.TestCsrf.csrf;
import static org.apertura.participation.ParticipationFixtures.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import org.apertura.comments.DiscussionComment;
import org.apertura.comments.DiscussionService;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Consultations and debates of a process (ADR 0039): a coordinator opens them; the process's verified voters answer
 * online (changeable) or at a table through an official (CURP checked, final), one answer per person, only in the
 * population asked and while it is open; the count, published once after the close, is exact per option, channel and
 * district, on the page, in the CSV, the JSON and the ledger, never with who answered what. In a debate people argue
 * for or against, reply and vote comments; a comment on a closed debate, a vote on one's own comment and a
 * moderation by someone without the role are refused.
 */
@IntegrationTest
class ConsultationsAndDebatesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ParticipationService service;
    @Autowired
    ConsultationService consultations;
    @Autowired
    DebateService debates;
    @Autowired
    DiscussionService discussions;
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
    void verifiedVotersAnswerOnlineAndAtATableOnceEachAndThePublishedCountIsExact() throws Exception {
        var open = ParticipationFixtures.open(secretariat, plans, service);
        LocalDate day = service.today();
        String base = "/presupuestos-participativos/" + open.slug() + "/consultas";
        Account coordinator = ParticipationFixtures.coordinator(accounts, open, "Coordinadora de la consulta");
        Account neighbour = TestAccounts.person(accounts, "Vecino sin rol");

        // Opening: only those who run the exercise; bad input is refused with a clear error and opens nothing.
        mvc.perform(get(base + "/nueva").with(details.signedIn(neighbour))).andExpect(status().isForbidden());
        mvc.perform(post(base).param("question", "¿Pregunta?").param("description", "Texto")
                .param("options", "Sí").param("opensOn", day.toString()).param("closesOn", day.toString())
                .with(details.signedIn(coordinator)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Escriba de 2 a 10 opciones distintas")));
        mvc.perform(post(base).param("question", "Question?").param("description", "Text")
                .param("options", "Yes\nyes").param("opensOn", day.toString()).param("closesOn", day.minusDays(1)
                        .toString()).param("lang", "en").with(details.signedIn(coordinator)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Write from 2 to 10 different options")))
                .andExpect(content().string(containsString("the last cannot be before the first")));
        assertThat(consultations.of(open.process())).isEmpty();
        mvc.perform(post(base).param("question", "¿Se abre la biblioteca los domingos?")
                .param("description", "Horario de la biblioteca de la colonia.").param("options", "Sí\nNo\n")
                .param("binding", "true").param("opensOn", day.minusDays(1).toString())
                .param("closesOn", day.plusDays(2).toString()).with(details.signedIn(coordinator)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "participation.notice.consultationOpened"));
        Consultation asked = consultations.of(open.process()).get(0);
        assertThat(asked.isBinding()).isTrue();
        var options = consultations.options(asked);
        assertThat(options).extracting(ConsultationService.Option::label).containsExactly("Sí", "No");
        int number = asked.getNumber();
        long yes = options.get(0).id();
        long no = options.get(1).id();
        // one of the north district only: its voters, nobody else
        Consultation north = asSystem(() -> consultations.open(open.slug(), new Consultation.Terms(
                "¿Un tope en la calle 5?", "Solo colonia Norte.", "colonia-norte", false, day, day, List.of("Sí",
                        "No"))));

        // Online: a verified voter answers and changes their answer; the unverified and the other district are refused.
        Account ana = ParticipationFixtures.resident(accounts, actingAs, service, open, "Ana Consultada",
                "colonia-norte", 501);
        Account sur = ParticipationFixtures.resident(accounts, actingAs, service, open, "Beto del Sur",
                "colonia-sur", 502);
        mvc.perform(post(base + "/" + number + "/respuesta").param("option", String.valueOf(no))
                .with(details.signedIn(ana)).with(csrf()))
                .andExpect(flash().attribute("notice", "participation.notice.answered"));
        actingAs.run(ana.getId(), () -> consultations.answer(open.slug(), number, yes));
        actingAs.run(sur.getId(), () -> consultations.answer(open.slug(), number, no));
        actingAs.run(neighbour.getId(), () -> refused(() -> consultations.answer(open.slug(), number, yes),
                "participation.error.notVerified"));
        actingAs.run(sur.getId(), () -> {
            refused(() -> consultations.answer(open.slug(), north.getNumber(), consultations.options(north).get(0)
                    .id()), "participation.error.otherPopulation");
            refused(() -> consultations.answer(open.slug(), number, 999_999L), "participation.validation.option");
            today.on(day.plusDays(3), () -> refused(() -> consultations.answer(open.slug(), number, yes),
                    "participation.error.notConsulting"));
        });
        mvc.perform(get(base + "/" + number).with(details.signedIn(ana)))
                .andExpect(content().string(containsString("Ya respondió")))
                .andExpect(content().string(containsString("Respuestas recibidas hasta ahora: 2")));

        // At a table: an official checks the CURP; a new person is registered, a voter answers as themself, once.
        Account official = ParticipationFixtures.official(accounts, open, "Funcionaria de mesa");
        mvc.perform(post(base + "/" + number + "/mesa").param("curp", ParticipationFixtures.curp(503))
                .param("districtSlug", "colonia-sur").param("pollingTable", "Mesa 1").param("option",
                        String.valueOf(no)).with(details.signedIn(official)).with(csrf()))
                .andExpect(flash().attribute("notice", "participation.notice.answerRegistered"));
        actingAs.run(official.getId(), () -> {
            refused(() -> consultations.registerInPerson(open.slug(), number, ParticipationFixtures.curp(503),
                    "colonia-sur", "Mesa 1", yes), "participation.error.curpUsed");
            // Ana answered online: her CURP at a table is one answer already given
            refused(() -> consultations.registerInPerson(open.slug(), number, ParticipationFixtures.curp(501),
                    "colonia-norte", "Mesa 1", no), "participation.error.curpUsed");
            refused(() -> consultations.registerInPerson(open.slug(), number, "ABCD", "colonia-sur", "Mesa 1", no),
                    "participation.validation.curp");
        });
        mvc.perform(post(base + "/" + number + "/mesa").param("curp", ParticipationFixtures.curp(504))
                .param("districtSlug", "colonia-sur").param("pollingTable", "Mesa 1").param("option",
                        String.valueOf(no)).with(details.signedIn(neighbour)).with(csrf()))
                .andExpect(status().isForbidden());
        // the person registered at the table is now in the roll: an online account with that CURP cannot register
        Account twin = TestAccounts.person(accounts, "Persona con la misma CURP");
        actingAs.run(twin.getId(), () -> refused(() -> service.declareResidence(open.slug(), "colonia-sur",
                ParticipationFixtures.curp(503), true), "participation.error.curpUsed"));

        // Publication: not before the close; then once, exact, everywhere, without who answered what.
        SystemActor.run(() -> refused(() -> consultations.publish(open.slug(), number),
                "participation.error.consultationOpen"));
        today.on(day.plusDays(3), () -> {
            try {
                mvc.perform(post(base + "/" + number + "/resultados").with(details.signedIn(neighbour)).with(csrf()))
                        .andExpect(status().isForbidden());
                mvc.perform(post(base + "/" + number + "/resultados").with(details.signedIn(coordinator))
                        .with(csrf())).andExpect(flash().attribute("notice", "participation.notice.published"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            SystemActor.run(() -> refused(() -> consultations.publish(open.slug(), number),
                    "participation.error.published"));
        });
        ConsultationService.Count count = consultations.count(consultations.consultation(open.process(), number));
        assertThat(count.lines()).extracting(ConsultationService.Line::online).containsExactly(1L, 1L);
        assertThat(count.lines()).extracting(ConsultationService.Line::inPerson).containsExactly(0L, 1L);
        assertThat(count.leading()).extracting(ConsultationService.Option::label).containsExactly("No");
        mvc.perform(get(base + "/" + number)).andExpect(status().isOk())
                .andExpect(content().string(containsString("La opción con más respuestas fue «No», entre 3 respuestas")))
                .andExpect(content().string(containsString("Vinculante")))
                .andExpect(content().string(not(containsString("Ana Consultada"))));
        String csv = mvc.perform(get("/presupuestos-participativos/" + open.slug() + "/consultas.csv"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).contains("pregunta", "¿Se abre la biblioteca los domingos?", "Colonia Sur")
                .doesNotContain("¿Un tope", "Ana Consultada");
        String json = mvc.perform(get("/api/v1/participatory-budgets/" + open.slug() + "/consultations"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(json).contains("\"leading\":[\"No\"]", "\"inPerson\":1", "\"population\":\"colonia-norte\"")
                .doesNotContain("Ana Consultada", ana.getEmail());
        String ledger = mvc.perform(get("/api/v1/ledger?subjectKind=pb-process&subjectId="
                + open.process().getId() + "&limit=100")).andReturn().getResponse().getContentAsString();
        assertThat(ledger).contains("pc.opened", "pc.results.published", "¿Se abre la biblioteca los domingos?")
                .doesNotContain("Ana Consultada", "Beto del Sur", ana.getEmail());
    }

    @Test
    void peopleArgueForAndAgainstReplyAndVoteAndAClosedDebateTakesNothing() throws Exception {
        var open = ParticipationFixtures.open(secretariat, plans, service);
        LocalDate day = service.today();
        Debate debate = asSystem(() -> debates.open(open.slug(), new Debate.Terms("¿Calle peatonal?",
                "Cerrar la calle 5 los domingos.", day.minusDays(2), day.plusDays(2))));
        String page = "/presupuestos-participativos/" + open.slug() + "/debates/" + debate.getNumber();
        Account ana = TestAccounts.person(accounts, "Ana Debatiente");
        Account beto = TestAccounts.person(accounts, "Beto Debatiente");
        Account moderator = ParticipationFixtures.official(accounts, open, "Moderador del debate");
        actingAs.run(beto.getId(), () -> refused(() -> debates.open(open.slug(), new Debate.Terms("Otro",
                "Texto", day, day)), "participation.error.debateVerified"));

        String form = "/conversacion/pd-debate/" + debate.getId();
        mvc.perform(get(page).with(details.signedIn(ana))).andExpect(content().string(containsString("Su argumento es")))
                .andExpect(content().string(containsString("Sin tomar partido")));
        mvc.perform(post(form).param("body", "Más seguro para las niñas y los niños.")
                .param("stance", "FOR").with(details.signedIn(ana)).with(csrf()))
                .andExpect(flash().attribute("notice", "discussion.notice.posted"));
        mvc.perform(post(form).param("body", "Los comercios pierden clientes.")
                .param("stance", "AGAINST").with(details.signedIn(beto)).with(csrf()))
                .andExpect(flash().attribute("notice", "discussion.notice.posted"));
        mvc.perform(post(form).param("body", "Da igual.").param("stance", "MAYBE").with(details.signedIn(beto))
                .with(csrf())).andExpect(flash().attribute("problems", hasItem(containsString(
                        "Elija a favor, en contra o sin tomar partido"))));
        var subject = discussions.find("pd-debate", debate.getId().toString()).orElseThrow();
        var threads = discussions.threads(subject);
        assertThat(threads).hasSize(2);
        DiscussionComment pro = threads.get(0).comment();
        DiscussionComment contra = threads.get(1).comment();
        assertThat(pro.getStance()).isEqualTo("FOR");
        assertThat(contra.getStance()).isEqualTo("AGAINST");
        mvc.perform(post(form).param("body", "Habrá acceso para proveedores por la mañana.").param("stance", "FOR")
                .param("replyTo", contra.getId().toString()).with(details.signedIn(moderator)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        DiscussionComment reply = discussions.threads(subject).get(1).replies().get(0).comment();
        assertThat(reply.isOfficial()).isTrue();
        assertThat(reply.signedByInstitution()).isTrue();
        assertThat(reply.getStance()).isNull();

        // Votes: up or down, changed in place; never on one's own comment.
        mvc.perform(post("/conversacion/comentario/" + pro.getId() + "/votar").param("vote", "1")
                .with(details.signedIn(beto)).with(csrf()))
                .andExpect(flash().attribute("notice", "discussion.notice.voted"));
        actingAs.run(moderator.getId(), () -> discussions.vote(pro.getId(), -1));
        actingAs.run(moderator.getId(), () -> discussions.vote(pro.getId(), 1));
        actingAs.run(ana.getId(), () -> refused(() -> discussions.vote(pro.getId(), 1), "discussion.error.voteOwn"));
        assertThat(discussions.scores(subject).get(pro.getId())).isEqualTo(new DiscussionService.Score(2, 0));

        String institution = plans.bodyOf(service.exerciseOf(open.process())).getName();
        mvc.perform(get(page)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Argumentos a favor: 1. En contra: 1.")))
                .andExpect(content().string(containsString("Respuesta oficial")))
                .andExpect(content().string(containsString(institution)))
                .andExpect(content().string(containsString("2 a favor · 0 en contra")))
                .andExpect(content().string(containsString("<span class=\"badge\">A favor</span>")))
                .andExpect(content().string(containsString("<span class=\"badge status-bad\">En contra</span>")))
                .andExpect(content().string(not(containsString("Moderador del debate"))))
                .andExpect(content().string(not(containsString(ana.getEmail()))));
        mvc.perform(get(page).param("lang", "en")).andExpect(content().string(containsString(
                "<span class=\"badge\">For</span>")));
        mvc.perform(get("/presupuestos-participativos/" + open.slug()))
                .andExpect(content().string(containsString("¿Calle peatonal?")));

        // Moderation: only the secretariat's people, with a public reason; the queue links to the debate.
        mvc.perform(post("/conversacion/comentario/" + contra.getId() + "/marcar").with(details.signedIn(ana))
                .with(csrf())).andExpect(flash().attribute("notice", "discussion.notice.flagged"));
        mvc.perform(get("/moderacion").with(details.signedIn(moderator)))
                .andExpect(content().string(containsString(page + "#comentario-" + contra.getId())));
        mvc.perform(post("/conversacion/comentario/" + contra.getId() + "/ocultar").param("reason", "Prueba de nada")
                .with(details.signedIn(beto)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/conversacion/comentario/" + contra.getId() + "/ocultar").param("reason",
                "Prueba de moderación en un debate.").with(details.signedIn(moderator)).with(csrf()))
                .andExpect(flash().attribute("notice", "discussion.notice.hidden"));
        mvc.perform(get(page)).andExpect(content().string(containsString("Prueba de moderación en un debate.")))
                .andExpect(content().string(not(containsString("Los comercios pierden clientes."))));
        String json = mvc.perform(get("/api/v1/participatory-budgets/" + open.slug() + "/comments"))
                .andReturn().getResponse().getContentAsString();
        assertThat(json).contains("\"debate\":" + debate.getNumber(), "\"stance\":\"FOR\"", "\"official\":true",
                "\"votesUp\":2", "\"author\":\"" + institution + "\"").doesNotContain("Los comercios pierden clientes.");
        assertThat(mvc.perform(get("/presupuestos-participativos/" + open.slug() + "/comentarios.csv")).andReturn()
                .getResponse().getContentAsString()).contains(",A favor,", ",En contra,");
        assertThat(mvc.perform(get("/api/v1/participatory-budgets/" + open.slug() + "/debates")).andReturn()
                .getResponse().getContentAsString()).contains("\"argumentsFor\":1", "\"argumentsAgainst\":1");
        // the list of debates downloads as CSV too, linked from the process's page, its headers in words
        mvc.perform(get("/presupuestos-participativos/" + open.slug())).andExpect(content().string(containsString(
                "/presupuestos-participativos/" + open.slug() + "/debates.csv")));
        assertThat(mvc.perform(get("/presupuestos-participativos/" + open.slug() + "/debates.csv")).andReturn()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("debate,tema,descripcion,abre,cierra,argumentos_a_favor,argumentos_en_contra",
                        "¿Calle peatonal?", ",1,1,");

        // A closed debate takes no comment and no vote, saying when it was open, in both languages; nothing changes.
        int before = discussions.posted(subject).size();
        today.on(day.plusDays(3), () -> {
            try {
                mvc.perform(post(form).param("body", "Tarde").with(details.signedIn(ana))
                        .with(csrf())).andExpect(flash().attribute("problems", hasItem(containsString(
                                "El debate está abierto del"))));
                mvc.perform(post(form).param("body", "Late").param("lang", "en").with(details.signedIn(ana))
                        .with(csrf())).andExpect(flash().attribute("problems", hasItem(containsString(
                                "The debate is open from"))));
                mvc.perform(get(page)).andExpect(content().string(containsString("El debate está abierto del")))
                        .andExpect(content().string(not(containsString("Publicar el comentario"))));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            actingAs.run(beto.getId(), () -> refused(() -> discussions.vote(pro.getId(), -1),
                    "participation.error.debateClosed"));
        });
        assertThat(discussions.posted(subject)).hasSize(before);
        assertThat(discussions.scores(subject).get(pro.getId())).isEqualTo(new DiscussionService.Score(2, 0));
    }

    @Test
    void aVerifiedVoterOpensADebateAndAModeratorHidesItWithAPublicReason() throws Exception {
        var open = ParticipationFixtures.open(secretariat, plans, service);
        LocalDate day = service.today();
        String base = "/presupuestos-participativos/" + open.slug() + "/debates";
        Account eva = ParticipationFixtures.resident(accounts, actingAs, service, open, "Eva Vecina", "colonia-norte",
                511);
        Account nadie = TestAccounts.person(accounts, "Sin Residencia");
        Account moderator = ParticipationFixtures.official(accounts, open, "Moderadora de debates");

        // The form: anyone signed in sees it (told to declare their residence first); nobody signed in is sent to sign in.
        mvc.perform(get(base + "/nuevo")).andExpect(status().is3xxRedirection());
        mvc.perform(get(base + "/nuevo").with(details.signedIn(nadie))).andExpect(status().isOk())
                .andExpect(content().string(containsString("primero declare dónde vive")));
        mvc.perform(get("/presupuestos-participativos/" + open.slug()).with(details.signedIn(eva)))
                .andExpect(content().string(containsString(base + "/nuevo")));

        // Bad input: unverified, starting yesterday, no topic; nothing is opened.
        int before = debates.of(open.process()).size();
        mvc.perform(post(base).param("title", "Bancas en la plaza").param("description", "¿Más bancas?")
                .param("opensOn", day.toString()).param("closesOn", day.plusDays(5).toString())
                .with(details.signedIn(nadie)).with(csrf())).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Solo quien se registró para votar")));
        mvc.perform(post(base).param("title", "").param("description", "¿Más bancas?")
                .param("opensOn", day.minusDays(1).toString()).param("closesOn", day.plusDays(5).toString())
                .with(details.signedIn(eva)).with(csrf())).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("empieza hoy o después")));
        assertThat(debates.of(open.process())).hasSize(before);

        // A verified voter opens one: it is theirs (the page tells them), never with their name public.
        mvc.perform(post(base).param("title", "Bancas en la plaza").param("description", "¿Ponemos más bancas?")
                .param("opensOn", day.toString()).param("closesOn", day.plusDays(5).toString())
                .with(details.signedIn(eva)).with(csrf())).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "participation.notice.debateOpened"));
        Debate debate = debates.of(open.process()).get(before);
        String page = base + "/" + debate.getNumber();
        mvc.perform(get(page).with(details.signedIn(eva))).andExpect(content().string(containsString("Usted lo abrió")));
        mvc.perform(get(page)).andExpect(content().string(containsString("Bancas en la plaza")))
                .andExpect(content().string(not(containsString("Eva Vecina"))))
                .andExpect(content().string(not(containsString("Usted lo abrió"))));

        // A neighbour's comment in it, public while the debate is shown.
        String form = "/conversacion/pd-debate/" + debate.getId();
        mvc.perform(post(form).param("body", "Tres bancas más junto al kiosco.")
                .with(details.signedIn(eva)).with(csrf())).andExpect(status().is3xxRedirection());
        String commentsCsv = "/presupuestos-participativos/" + open.slug() + "/comentarios.csv";
        String commentsJson = "/api/v1/participatory-budgets/" + open.slug() + "/comments";
        assertThat(mvc.perform(get(commentsCsv)).andReturn().getResponse().getContentAsString())
                .contains("Tres bancas más junto al kiosco.");

        // Someone reports the comment: it waits in the moderation queue, counted, while its debate is shown.
        DiscussionComment bancas = discussions.threads(discussions.find("pd-debate", debate.getId().toString())
                .orElseThrow()).get(0).comment();
        mvc.perform(post("/conversacion/comentario/" + bancas.getId() + "/marcar").with(details.signedIn(nadie))
                .with(csrf())).andExpect(flash().attribute("notice", "discussion.notice.flagged"));
        String queue = "/moderacion";
        mvc.perform(get(queue).with(details.signedIn(moderator)))
                .andExpect(content().string(containsString("Tres bancas más junto al kiosco.")))
                .andExpect(content().string(containsString("1 reporte")));

        // Moderation: not by its author nor without a reason; then hidden with a public reason, then restored.
        mvc.perform(post(page + "/ocultar").param("reason", "No").with(details.signedIn(eva)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(page + "/ocultar").param("reason", " ").with(details.signedIn(moderator)).with(csrf()))
                .andExpect(flash().attribute("problems", hasItem(containsString("motivo"))));
        mvc.perform(post(page + "/ocultar").param("reason", "Repite el debate 1.").with(details.signedIn(moderator))
                .with(csrf())).andExpect(flash().attribute("notice", "participation.notice.debateHidden"));
        mvc.perform(get(page)).andExpect(content().string(containsString("Repite el debate 1.")))
                .andExpect(content().string(not(containsString("¿Ponemos más bancas?"))));
        mvc.perform(get("/presupuestos-participativos/" + open.slug()))
                .andExpect(content().string(containsString("Oculto por moderación")))
                .andExpect(content().string(not(containsString("Bancas en la plaza"))));
        for (String file : List.of("/api/v1/participatory-budgets/" + open.slug() + "/debates",
                "/presupuestos-participativos/" + open.slug() + "/debates.csv")) {
            assertThat(mvc.perform(get(file)).andReturn().getResponse().getContentAsString(
                    java.nio.charset.StandardCharsets.UTF_8)).contains("Repite el debate 1.")
                    .doesNotContain("Bancas en la plaza", "¿Ponemos más bancas?");
        }
        // Its comments leave the public files with it: no text, no author, the debate's reason instead.
        for (String file : List.of(commentsCsv, commentsJson)) {
            assertThat(mvc.perform(get(file)).andReturn().getResponse().getContentAsString())
                    .doesNotContain("Tres bancas más junto al kiosco.").doesNotContain("Eva Vecina")
                    .contains("Repite el debate 1.");
        }
        // Nor does it wait in the moderation queue, nor count there, while its debate is hidden.
        mvc.perform(get(queue).with(details.signedIn(moderator)))
                .andExpect(content().string(not(containsString("Tres bancas más junto al kiosco."))));
        mvc.perform(post(form).param("body", "Sí").with(details.signedIn(eva)).with(csrf()))
                .andExpect(flash().attribute("problems", hasItem(containsString("La moderación ocultó ese debate"))));
        mvc.perform(post(page + "/restaurar").with(details.signedIn(moderator)).with(csrf()))
                .andExpect(flash().attribute("notice", "participation.notice.debateRestored"));
        mvc.perform(get(page)).andExpect(content().string(containsString("¿Ponemos más bancas?")));
        mvc.perform(get(queue).with(details.signedIn(moderator)))
                .andExpect(content().string(containsString("Tres bancas más junto al kiosco.")));
        assertThat(mvc.perform(get(commentsJson)).andReturn().getResponse().getContentAsString())
                .contains("Tres bancas más junto al kiosco.");
        assertThat(asSystem(() -> ledgerTypes(open))).contains("pd.opened", "pd.hidden", "pd.restored");
    }

    /**
     * ADR 0081: once its last day has passed, a coordinator of the exercise turns the debate into a draft commitment
     * of the plan being drafted, prefilled from the debate; both public pages link to each other and the ledger says
     * so. An open debate, a member who does not draft commitments, missing fields, a plan of another exercise and a
     * second time are refused and change nothing.
     */
    @Test
    void aClosedDebateTurnsOnceIntoADraftCommitmentThatBothPagesLink() throws Exception {
        var open = ParticipationFixtures.open(secretariat, plans, service);
        var other = ParticipationFixtures.open(secretariat, plans, service);
        LocalDate day = service.today();
        Debate debate = asSystem(() -> debates.open(open.slug(), new Debate.Terms("¿Más árboles en la avenida?",
                "Plantar fresnos en el camellón de la avenida principal.", day.minusDays(2), day.plusDays(2))));
        String page = "/presupuestos-participativos/" + open.slug() + "/debates/" + debate.getNumber();
        Account coordinator = ParticipationFixtures.coordinator(accounts, open, "Coordinadora que redacta");
        Account member = ParticipationFixtures.official(accounts, open, "Integrante que no redacta");
        var plan = plans.draftPlans(service.exerciseOf(open.process())).get(0);
        var foreign = plans.draftPlans(service.exerciseOf(other.process())).get(0);
        int before = plans.commitments(plan).size();

        // While it is open: not offered, and refused with its last day.
        mvc.perform(get(page).with(details.signedIn(coordinator)))
                .andExpect(content().string(not(containsString("Convertir en borrador de compromiso"))));
        mvc.perform(post(page + "/compromiso").param("plan", plan.getId().toString()).param("code", "C-2")
                .param("title", "Árboles").param("leadInstitutionSlug", "ayuntamiento-tepehuanes")
                .with(details.signedIn(coordinator)).with(csrf()))
                .andExpect(flash().attribute("problems", hasItem(containsString("El debate sigue abierto hasta el"))));

        today.on(day.plusDays(3), () -> {
            try {
                mvc.perform(get(page).with(details.signedIn(coordinator))).andExpect(status().isOk())
                        .andExpect(content().string(containsString("Convertir en borrador de compromiso")))
                        .andExpect(content().string(containsString("value=\"¿Más árboles en la avenida?\"")))
                        .andExpect(content().string(containsString(">Plantar fresnos en el camellón")));
                mvc.perform(get(page).with(details.signedIn(member)))
                        .andExpect(content().string(not(containsString("Convertir en borrador de compromiso"))));
                mvc.perform(post(page + "/compromiso").param("plan", plan.getId().toString()).param("code", "C-2")
                        .param("title", "Árboles").param("leadInstitutionSlug", "ayuntamiento-tepehuanes")
                        .with(details.signedIn(member)).with(csrf())).andExpect(status().isForbidden());
                mvc.perform(post(page + "/compromiso").param("plan", plan.getId().toString()).param("title", " ")
                        .with(details.signedIn(coordinator)).with(csrf()))
                        .andExpect(flash().attribute("problems", hasItem(containsString("Elija la institución"))));
                mvc.perform(post(page + "/compromiso").param("plan", foreign.getId().toString()).param("code", "C-2")
                        .param("title", "Árboles").param("leadInstitutionSlug", "ayuntamiento-tepehuanes")
                        .param("lang", "en").with(details.signedIn(coordinator)).with(csrf()))
                        .andExpect(flash().attribute("problems", hasItem(containsString(
                                "Choose an action plan of this exercise"))));
                assertThat(plans.commitments(plan)).hasSize(before);
                assertThat(plans.commitments(foreign)).hasSize(1);

                mvc.perform(post(page + "/compromiso").param("plan", plan.getId().toString()).param("code", "C-2")
                        .param("title", "¿Más árboles en la avenida?")
                        .param("description", "Plantar fresnos en el camellón de la avenida principal.")
                        .param("leadInstitutionSlug", "ayuntamiento-tepehuanes")
                        .with(details.signedIn(coordinator)).with(csrf()))
                        .andExpect(flash().attribute("notice", "participation.notice.debateCommitted"));
                mvc.perform(post(page + "/compromiso").param("plan", plan.getId().toString()).param("code", "C-3")
                        .param("title", "Otra vez").param("leadInstitutionSlug", "ayuntamiento-tepehuanes")
                        .with(details.signedIn(coordinator)).with(csrf()))
                        .andExpect(flash().attribute("problems", hasItem(containsString("ya dio origen"))));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        var commitment = plans.commitments(plan).stream().filter(c -> c.getCode().equals("C-2")).findFirst()
                .orElseThrow();
        assertThat(plans.commitments(plan)).hasSize(before + 1);
        assertThat(commitment.getTitle()).isEqualTo("¿Más árboles en la avenida?");
        assertThat(commitment.getDescription()).startsWith("Plantar fresnos");
        assertThat(commitment.getStartDate()).isEqualTo(plan.getPeriodStart());
        assertThat(debates.debate(open.process(), debate.getNumber()).getCommitmentId()).contains(commitment.getId());

        mvc.perform(get(page)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Esta discusión dio origen al compromiso")))
                .andExpect(content().string(containsString("/compromisos/" + commitment.getId())));
        mvc.perform(get(page).param("lang", "en"))
                .andExpect(content().string(containsString("This discussion gave rise to the commitment")));
        mvc.perform(get("/compromisos/" + commitment.getId())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Surgió de la discusión")))
                .andExpect(content().string(containsString(page)));
        assertThat(mvc.perform(get("/api/v1/participatory-budgets/" + open.slug() + "/debates")).andReturn()
                .getResponse().getContentAsString()).contains("\"commitment\":" + commitment.getId());
        // the CSV names it in words, by its code and title, not by its id
        assertThat(mvc.perform(get("/presupuestos-participativos/" + open.slug() + "/debates.csv")).andReturn()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("motivo_moderacion,compromiso,titulo_compromiso", ",C-2,¿Más árboles en la avenida?");
        assertThat(asSystem(() -> ledgerTypes(open))).contains("pd.commitment.drafted");
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private List<String> ledgerTypes(ParticipationFixtures.Open open) {
        return jdbc.sql("SELECT type FROM ledger_entry WHERE subject_kind = 'pb-process' AND subject_id = ?")
                .param(String.valueOf(open.process().getId()))
                .query(String.class).list();
    }

    private static <T> T asSystem(java.util.function.Supplier<T> work) {
        java.util.concurrent.atomic.AtomicReference<T> result = new java.util.concurrent.atomic.AtomicReference<>();
        SystemActor.run(() -> result.set(work.get()));
        return result.get();
    }
}
