package org.apertura.feedback;

import org.apertura.platform.intake.Channel;

import org.apertura.platform.time.Today;
import static org.apertura.feedback.FeedbackFixtures.from;
import static org.apertura.feedback.FeedbackFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.apertura.identity.TestCsrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apertura.IntegrationTest;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.feedback.FeedbackFixtures.Fixture;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.apertura.platform.security.Role;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.items.PublicItems;
import org.apertura.platform.mail.MailOutbox;
import org.apertura.secretariat.SecretariatService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Feedback on a commitment's page, as people give it: anonymous votes, signed-in comments, facilitators
 * registering what they heard in person, replies by whoever answers for the commitment, the figures and the
 * downloads. Bad input changes nothing and says why, in Spanish and English.
 */
@IntegrationTest
class FeedbackFlowTest {

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
    @Autowired
    MailOutbox mail;

    private Fixture fixture() {
        return FeedbackFixtures.commitment(secretariat, plans);
    }

    private RequestPostProcessor as(Account account) {
        return details.signedIn(account);
    }

    private FeedbackFigures figures(Fixture fx) {
        return FeedbackService.figures(service.of(items.get("commitment", fx.id())));
    }

    @Test
    void aChannelThatIsNoneOfTheChoicesIsIgnoredAndTheFiguresPageSaysSo() throws Exception {
        mvc.perform(get("/opiniones?canal=PALOMA&institucion=ayuntamiento-durango"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/opiniones?institucion=ayuntamiento-durango&ignorado=canal"));
        mvc.perform(get("/opiniones").param("institucion", "ayuntamiento-durango").param("ignorado", "canal"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Se ignoró el filtro «Canal»")));
        mvc.perform(get("/opiniones").param("canal", "ONLINE")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Se ignoró"))));
    }

    @Test
    void milestonesPlansAndMinutesTakeFeedbackToo() throws Exception {
        var plan = plans.plans(plans.exercise("durango-2025-2026")).get(0);
        var milestone = plans.milestones(plans.commitments(plan).get(0)).get(0);
        var session = secretariat.sessions(secretariat.body("stl-durango")).get(0);
        String minutes = "/organos/stl-durango/sesiones/" + session.getNumber();
        java.util.Map<String, String> pages = java.util.Map.of(
                "/hitos/" + milestone.getId(), "/opiniones/milestone/" + milestone.getId(),
                "/planes/" + plan.getId(), "/opiniones/plan/" + plan.getId());
        int visitor = 1;
        for (var page : pages.entrySet()) {
            mvc.perform(get(page.getKey())).andExpect(status().isOk())
                    .andExpect(content().string(containsString("¿Te fue útil esta información?")));
            mvc.perform(post(page.getValue()).with(from("10.63.7." + visitor++)).with(csrf())
                    .param("useful", "yes")).andExpect(redirectedUrl(page.getKey() + "#opinion"));
        }
        assertThat(FeedbackService.figures(service.of(items.get("milestone", milestone.getId().toString()))).received())
                .isGreaterThanOrEqualTo(1);
        assertThat(FeedbackService.figures(service.of(items.get("plan", plan.getId().toString()))).received())
                .isGreaterThanOrEqualTo(1);
        String minutesPage = mvc.perform(get(minutes)).andReturn().getResponse().getContentAsString();
        String actaPage = mvc.perform(get(minutes + "/acta")).andReturn().getResponse().getContentAsString();
        assertThat(minutesPage + actaPage).contains("¿Te fue útil esta información?");
    }

    @Test
    void anonymousVisitorsVoteOnceAVisitAndSignedInPeopleComment() throws Exception {
        Fixture fx = fixture();
        long entries = ledger.verify().entries();
        MockHttpSession visit = new MockHttpSession();
        mvc.perform(post(fx.action()).session(visit).with(from("10.61.0.1")).with(csrf()).param("useful", "yes"))
                .andExpect(redirectedUrl(fx.page() + "#opinion"))
                .andExpect(flash().attribute("feedbackNotice", "feedback.notice.thanks"));
        mvc.perform(post(fx.action()).session(visit).with(from("10.61.0.1")).with(csrf()).param("useful", "no"));
        assertThat(figures(fx).received()).isEqualTo(1);
        assertThat(figures(fx).useful()).isZero();
        mvc.perform(get(fx.page()).session(visit))
                .andExpect(content().string(containsString("¿Te fue útil esta información?")))
                .andExpect(content().string(containsString("Su respuesta: no le fue útil. Puede cambiarla.")))
                .andExpect(content().string(containsString("Entre con su cuenta")));

        mvc.perform(post(fx.action()).with(from("10.61.0.2")).with(csrf()).param("useful", "no")
                        .param("comment", "Sin cuenta"))
                .andExpect(flash().attribute("feedbackErrors",
                        Map.of("vote-comment", "Para dejar un comentario, entre con su cuenta.")));
        mvc.perform(post(fx.action()).with(from("10.61.0.2")).with(csrf()))
                .andExpect(flash().attribute("feedbackErrors",
                        Map.of("vote-useful", "Diga si la información fue útil: sí o no.")));
        assertThat(figures(fx).received()).isEqualTo(1);

        Account reader = person(accounts, "Lectora atenta", null, null);
        mvc.perform(post(fx.action()).with(as(reader)).with(csrf()).param("useful", "no")
                        .param("comment", "x".repeat(2001)))
                .andExpect(flash().attribute("feedbackErrors", Map.of("vote-comment", "Puede tener hasta 2,000 caracteres.")))
                .andExpect(flash().attribute("feedbackValues", Map.of("comment", "x".repeat(2001))));
        assertThat(figures(fx).received()).isEqualTo(1);
        mvc.perform(post(fx.action()).with(as(reader)).with(csrf()).param("useful", "no")
                        .param("comment", "No dice cuándo empieza."))
                .andExpect(flash().attribute("feedbackNotice", "feedback.notice.thanks"));
        mvc.perform(post(fx.action()).with(as(reader)).with(csrf()).param("useful", "yes"));
        mvc.perform(post(fx.action()).with(as(reader)).with(csrf()).param("useful", "yes").param("comment", "Otro"))
                .andExpect(flash().attribute("feedbackErrors", Map.of("vote-comment",
                        "Ya dejó un comentario sobre esto; un comentario no se puede cambiar.")));

        FeedbackFigures f = figures(fx);
        assertThat(f.received()).isEqualTo(2);
        assertThat(f.useful()).isEqualTo(1);
        assertThat(f.comments()).isEqualTo(1);
        assertThat(f.awaitingReply()).isEqualTo(1);
        mvc.perform(get(fx.page()).with(as(reader)))
                .andExpect(content().string(containsString("No dice cuándo empieza.")))
                .andExpect(content().string(containsString("Lectora atenta · ")))
                .andExpect(content().string(containsString("Un comentario espera respuesta pública.")))
                .andExpect(content().string(containsString("Espera respuesta pública")))
                .andExpect(content().string(containsString("Su respuesta: sí le fue útil. Puede cambiarla.")))
                .andExpect(content().string(containsString("50 % (1 de 2)")));
        mvc.perform(get("/api/v1/ledger").param("after", String.valueOf(entries)).param("subjectKind", "feedback"))
                .andExpect(jsonPath("$.entries[*].type").value(org.hamcrest.Matchers.hasItems(
                        "feedback.received", "feedback.changed")))
                .andExpect(jsonPath("$.entries[0].payload.itemKind").value("commitment"))
                .andExpect(jsonPath("$.entries[0].payload.channel").value("ONLINE"));
    }

    @Test
    void facilitatorsRegisterFeedbackFromOtherChannelsAndMissingFieldsAreRefused() throws Exception {
        Fixture fx = fixture();
        String register = fx.action() + "/registro";
        Account stranger = person(accounts, "Persona cualquiera", null, null);
        Account facilitator = person(accounts, "Facilitadora de mesas", Role.STL_MEMBER, fx.body());

        mvc.perform(post(register).with(as(stranger)).with(csrf()).param("channel", "IN_PERSON")
                        .param("receivedOn", LocalDate.now().toString()).param("useful", "yes"))
                .andExpect(status().isForbidden());
        mvc.perform(get(fx.page()).with(as(stranger)))
                .andExpect(content().string(not(containsString("Registrar una opinión recibida"))));

        mvc.perform(post(register).with(as(facilitator)).with(csrf()).param("useful", "yes")
                        .param("comment", "Lo dijeron en la mesa."))
                .andExpect(flash().attribute("feedbackErrors", Map.of(
                        "register-channel", "Elija el canal por el que se recibió: en persona o a distancia.",
                        "register-receivedOn", "Escriba la fecha en que se recibió la opinión (día, mes y año).")))
                .andExpect(flash().attribute("feedbackForm", "register"));
        mvc.perform(post(register).param("lang", "en").with(as(facilitator)).with(csrf()).param("useful", "yes")
                        .param("channel", "ONLINE"))
                .andExpect(flash().attribute("feedbackErrors", Map.of(
                        "register-channel", "Choose the channel it came through: in person or remote.",
                        "register-receivedOn", "Enter the date the feedback was received (day, month and year).")));
        mvc.perform(post(register).with(as(facilitator)).with(csrf()).param("channel", "REMOTE")
                        .param("receivedOn", LocalDate.now().plusDays(2).toString()))
                .andExpect(flash().attribute("feedbackErrors", Map.of(
                        "register-receivedOn", "La fecha en que se recibió no puede ser posterior a hoy.",
                        "register-useful", "Diga si la información fue útil: sí o no.")));
        assertThat(service.of(items.get("commitment", fx.id()))).isEmpty();

        LocalDate received = service.today().minusDays(3);
        mvc.perform(post(register).with(as(facilitator)).with(csrf()).param("channel", "IN_PERSON")
                        .param("receivedOn", received.toString()).param("place", "Plaza de armas de Tepehuanes")
                        .param("useful", "no").param("comment", "Quieren saber quién revisa el avance.")
                        .param("contact", "Don Aurelio, tienda de la esquina"))
                .andExpect(flash().attribute("feedbackNotice", "feedback.notice.registered"));
        String day = received.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        mvc.perform(get(fx.page()))
                .andExpect(content().string(containsString(
                        "En persona · " + day + " · registrada por Facilitadora de mesas · Plaza de armas de Tepehuanes")))
                .andExpect(content().string(containsString("Quieren saber quién revisa el avance.")))
                .andExpect(content().string(not(containsString("Don Aurelio"))));
        mvc.perform(get(fx.page()).with(as(facilitator)))
                .andExpect(content().string(containsString("Registrar una opinión recibida en persona o a distancia")))
                .andExpect(content().string(containsString("Contacto (privado, no se publica): Don Aurelio")));
        Feedback registered = service.of(items.get("commitment", fx.id())).get(0);
        assertThat(registered.getChannel()).isEqualTo(Channel.IN_PERSON);
        assertThat(registered.getReceivedAt()).isEqualTo(received.atStartOfDay(Today.ZONE).toInstant());
    }

    @Test
    void onlyWhoeverAnswersForTheItemRepliesOnceAndTheAuthorIsTold() throws Exception {
        Fixture fx = fixture();
        Account citizen = person(accounts, "Vecina de Tepehuanes", null, null);
        Account other = person(accounts, "Otra vecina", null, null);
        Account liaison = person(accounts, "Enlace de Tepehuanes", Role.LIAISON, FeedbackFixtures.LEAD);
        Account otherLiaison = person(accounts, "Enlace del Congreso", Role.LIAISON, "congreso-durango");
        Account coordinator = person(accounts, "Coordinación", Role.COORDINATOR, fx.body());
        mvc.perform(post(fx.action()).with(as(citizen)).with(csrf()).param("useful", "no")
                .param("comment", "¿Quién da seguimiento?"));
        mvc.perform(post(fx.action()).with(as(other)).with(csrf()).param("useful", "yes")
                .param("comment", "Gracias por publicarlo."));
        mvc.perform(post(fx.action()).with(from("10.61.0.3")).with(csrf()).param("useful", "yes"));
        List<Feedback> all = service.of(items.get("commitment", fx.id()));
        Feedback first = all.stream().filter(f -> "Vecina de Tepehuanes".equals(f.getAuthorName())).findFirst().orElseThrow();
        Feedback second = all.stream().filter(f -> "Otra vecina".equals(f.getAuthorName())).findFirst().orElseThrow();
        Feedback vote = all.stream().filter(f -> f.getComment() == null).findFirst().orElseThrow();
        String reply = fx.action() + "/" + first.getId() + "/respuesta";

        mvc.perform(post(reply).with(as(other)).with(csrf()).param("text", "Yo respondo")).andExpect(status().isForbidden());
        mvc.perform(post(reply).with(as(otherLiaison)).with(csrf()).param("text", "Yo respondo"))
                .andExpect(status().isForbidden());
        mvc.perform(post(reply).with(csrf()).param("text", "Yo respondo")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/entrar"));
        mvc.perform(get(fx.page()).with(as(other))).andExpect(content().string(not(containsString("Publicar respuesta"))));
        mvc.perform(get(fx.page()).with(as(liaison))).andExpect(content().string(containsString("Publicar respuesta")));
        mvc.perform(post(reply).with(as(liaison)).with(csrf()).param("text", " "))
                .andExpect(flash().attribute("feedbackErrors", Map.of("reply-" + first.getId() + "-text",
                        "Escriba la respuesta; puede tener hasta 4,000 caracteres.")));
        mvc.perform(post(reply).with(as(liaison)).with(csrf()).param("text", "La Dirección de Planeación; cada mes."))
                .andExpect(redirectedUrl(fx.page() + "#opinion-" + first.getId()))
                .andExpect(flash().attribute("feedbackNotice", "feedback.notice.replied"));
        mvc.perform(post(reply).with(as(liaison)).with(csrf()).param("text", "Otra vez"))
                .andExpect(flash().attribute("feedbackErrors", Map.of("reply-" + first.getId() + "-text",
                        "Este comentario ya tiene su respuesta pública; una respuesta es definitiva.")));
        mvc.perform(post(fx.action() + "/" + vote.getId() + "/respuesta").with(as(liaison)).with(csrf()).param("text", "?"))
                .andExpect(flash().attribute("feedbackErrors", Map.of("reply-" + vote.getId() + "-text",
                        "Esta opinión no tiene comentario que responder.")));
        mvc.perform(post(fx.action() + "/" + second.getId() + "/respuesta").with(as(coordinator)).with(csrf())
                        .param("text", "Con gusto."))
                .andExpect(flash().attribute("feedbackNotice", "feedback.notice.replied"));

        mvc.perform(get(fx.page()))
                .andExpect(content().string(containsString(
                        "Respuesta de Enlace de Tepehuanes (enlace de la institución responsable) · ")))
                .andExpect(content().string(containsString("Respuesta de Coordinación (coordinación del secretariado)")))
                .andExpect(content().string(not(containsString("Espera respuesta pública"))))
                .andExpect(content().string(containsString("100 % (2 de 2)")));
        assertThat(mail.messagesTo(citizen.getEmail())).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).isEqualTo("Respuesta a su comentario sobre «C-1 Compromiso»");
            assertThat(m.getBody()).contains("La Dirección de Planeación; cada mes.", "Enlace de Tepehuanes",
                    fx.page() + "#opinion-" + first.getId());
        });
        FeedbackFigures f = figures(fx);
        assertThat(f.received()).isEqualTo(3);
        assertThat(f.answered()).isEqualTo(2);
        assertThat(f.shareAnswered()).isEqualByComparingTo("100");
        assertThat(f.medianTimeToAnswer()).isNotNull();
    }

    @Test
    void figuresAndDownloadsPerItemInstitutionAndChannel() throws Exception {
        Fixture fx = fixture();
        Account facilitator = person(accounts, "Facilitador", Role.STL_MEMBER, fx.body());
        Account liaison = person(accounts, "Enlace que responde", Role.LIAISON, FeedbackFixtures.LEAD);
        String register = fx.action() + "/registro";
        mvc.perform(post(register).with(as(facilitator)).with(csrf()).param("channel", "IN_PERSON")
                .param("receivedOn", service.today().minusDays(2).toString()).param("useful", "yes")
                .param("comment", "Útil, gracias."));
        mvc.perform(post(register).with(as(facilitator)).with(csrf()).param("channel", "IN_PERSON")
                .param("receivedOn", service.today().minusDays(4).toString()).param("useful", "no")
                .param("comment", "No entendí el presupuesto."));
        mvc.perform(post(fx.action()).with(from("10.61.0.4")).with(csrf()).param("useful", "yes"));
        mvc.perform(post(fx.action()).with(from("10.61.0.5")).with(csrf()).param("useful", "yes"));
        Feedback budget = service.of(items.get("commitment", fx.id())).stream()
                .filter(f -> "No entendí el presupuesto.".equals(f.getComment())).findFirst().orElseThrow();
        mvc.perform(post(fx.action() + "/" + budget.getId() + "/respuesta").with(as(liaison)).with(csrf())
                .param("text", "El presupuesto está en la página del plan."));

        mvc.perform(get("/api/v1/feedback/figures").param("kind", "commitment").param("id", fx.id()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total.received").value(4))
                .andExpect(jsonPath("$.total.useful").value(3))
                .andExpect(jsonPath("$.total.shareUsefulPercent").value(75))
                .andExpect(jsonPath("$.total.comments").value(2))
                .andExpect(jsonPath("$.total.shareAnsweredPercent").value(50))
                .andExpect(jsonPath("$.total.awaitingReply").value(1))
                .andExpect(jsonPath("$.total.medianHoursToAnswer").isNumber())
                .andExpect(jsonPath("$.byChannel[?(@.key == 'IN_PERSON')].figures.received").value(2))
                .andExpect(jsonPath("$.byChannel[?(@.key == 'ONLINE')].figures.shareUsefulPercent").value(100))
                .andExpect(jsonPath("$.byInstitution[0].key").value(FeedbackFixtures.LEAD));
        mvc.perform(get("/api/v1/feedback/figures").param("institution", FeedbackFixtures.LEAD).param("channel", "REMOTE"))
                .andExpect(jsonPath("$.filter.channel").value("REMOTE"));
        mvc.perform(get("/api/v1/feedback").param("kind", "commitment").param("id", fx.id()))
                .andExpect(jsonPath("$.length()").value(4))
                .andExpect(jsonPath("$[0].channel").value("IN_PERSON"))
                .andExpect(jsonPath("$[0].registeredBy").value("Facilitador"))
                .andExpect(jsonPath("$[1].reply.repliedAs").value("LIAISON"))
                .andExpect(jsonPath("$[1].reply.repliedBy").value("Enlace que responde"))
                .andExpect(jsonPath("$[0].contact").doesNotExist())
                .andExpect(jsonPath("$[0].accountId").doesNotExist());

        String csv = mvc.perform(get("/opiniones.csv").param("tipo", "commitment"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFtipo_elemento,id_elemento,titulo_elemento");
        assertThat(csv).contains("commitment," + fx.id() + ",C-1 Compromiso," + fx.page() + "," + FeedbackFixtures.LEAD
                + ",En persona,2,1,50,2,1,50,1,");
        assertThat(csv).contains("commitment," + fx.id() + ",C-1 Compromiso," + fx.page() + "," + FeedbackFixtures.LEAD
                + ",En línea,2,2,100,0,0,,0,\r\n");
        String english = mvc.perform(get("/opiniones/lista.csv").param("tipo", "commitment").param("id", fx.id())
                        .param("idioma", "en"))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(english).startsWith("\uFEFFid,item_kind,item_id,item_url,institution,channel,useful,received_at");
        assertThat(english.split("\r\n")).hasSize(5);
        assertThat(english).contains("El presupuesto está en la página del plan.", "Facilitador", "liaison of the responsible institution");

        mvc.perform(get("/opiniones"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Compromiso · C-1 Compromiso")))
                .andExpect(content().string(containsString("Ayuntamiento de Tepehuanes")))
                .andExpect(content().string(containsString("Por institución y canal")));
        mvc.perform(get("/opiniones").param("institucion", FeedbackFixtures.LEAD).param("canal", "IN_PERSON"))
                .andExpect(content().string(containsString("50 % (1 de 2)")));
        mvc.perform(get("/datos/diccionario"))
                .andExpect(content().string(containsString("Cifras de las opiniones por elemento y canal")))
                .andExpect(content().string(containsString("mediana_horas_respuesta")));
        mvc.perform(get("/opiniones/commitment/999999")).andExpect(status().isMethodNotAllowed());
        mvc.perform(post("/opiniones/commitment/999999").with(from("10.61.0.6")).with(csrf()).param("useful", "yes"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/opiniones/exercise/durango-2025-2026").with(from("10.61.0.6")).with(csrf())
                .param("useful", "yes")).andExpect(status().isNotFound());
    }

    @Test
    void theApiTakesFeedbackAndRepliesWithTokensUnderTheSameRules() throws Exception {
        Fixture fx = fixture();
        String citizen = token("Ciudadana API", null, null);
        String facilitator = token("Facilitadora API", Role.STL_MEMBER, fx.body());
        String liaison = token("Enlace API", Role.LIAISON, FeedbackFixtures.LEAD);

        String created = mvc.perform(post("/api/v1/feedback").header("Authorization", citizen)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"commitment\",\"id\":\"" + fx.id() + "\",\"useful\":false,"
                                + "\"comment\":\"Faltan fechas.\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.author").value("Ciudadana API"))
                .andExpect(jsonPath("$.channel").value("ONLINE"))
                .andExpect(jsonPath("$.awaitingReply").value(true))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
        mvc.perform(post("/api/v1/feedback").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"commitment\",\"id\":\"" + fx.id() + "\",\"useful\":true}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/feedback").header("Authorization", citizen).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"commitment\",\"id\":\"" + fx.id() + "\",\"channel\":\"IN_PERSON\","
                                + "\"useful\":true,\"receivedOn\":\"2026-01-10\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/feedback").header("Authorization", facilitator).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"commitment\",\"id\":\"" + fx.id() + "\",\"channel\":\"REMOTE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'receivedOn')].message")
                        .value("Enter the date the feedback was received (day, month and year)."))
                .andExpect(jsonPath("$.errors[?(@.field == 'useful')]").exists());
        mvc.perform(post("/api/v1/feedback").header("Authorization", facilitator).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"commitment\",\"id\":\"" + fx.id() + "\",\"channel\":\"REMOTE\","
                                + "\"useful\":true,\"receivedOn\":\"" + service.today() + "\",\"comment\":\"Por teléfono.\","
                                + "\"contact\":\"Teléfono 618 000 0000\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.registeredBy").value("Facilitadora API"))
                .andExpect(jsonPath("$.contact").doesNotExist());
        mvc.perform(post("/api/v1/feedback/" + id + "/reply").header("Authorization", citizen)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Me respondo\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/feedback/" + id + "/reply").header("Authorization", liaison)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Las fechas están en cada hito.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reply.repliedAs").value("LIAISON"))
                .andExpect(jsonPath("$.awaitingReply").value(false));
        mvc.perform(post("/api/v1/feedback").header("Authorization", citizen).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"commitment\",\"id\":\"0\",\"useful\":true}"))
                .andExpect(status().isNotFound());
        assertThat(figures(fx).received()).isEqualTo(2);
    }

    @Test
    void anonymousAnswersFromOneAddressAreLimitedButPeopleSignedInAreNot() throws Exception {
        Fixture fx = fixture();
        for (int i = 0; i < 10; i++) {
            mvc.perform(post(fx.action()).with(from("10.61.9.9")).with(csrf()).param("useful", "yes"))
                    .andExpect(status().is3xxRedirection());
        }
        mvc.perform(post(fx.action()).with(from("10.61.9.9")).with(csrf()).param("useful", "yes"))
                .andExpect(status().isTooManyRequests());
        mvc.perform(post(fx.action()).with(from("10.61.9.9")).with(as(person(accounts, "Con cuenta", null, null)))
                .with(csrf()).param("useful", "yes")).andExpect(status().is3xxRedirection());
        assertThat(figures(fx).received()).isEqualTo(11);
    }

    private String token(String name, Role role, String scope) {
        Account account = person(accounts, name, role, scope);
        return "Bearer " + accounts.createToken(account.getId(), "api").secret();
    }
}
