package org.apertura.participation;

import static org.apertura.identity.TestCsrf.csrf;
import static org.apertura.participation.ParticipationFixtures.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apertura.IntegrationTest;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.apertura.identity.ActingAs;
import org.apertura.identity.TestAccounts;
import org.apertura.platform.intake.Channel;
import org.apertura.platform.security.SystemActor;
import org.apertura.platform.time.Today;
import org.apertura.secretariat.SecretariatService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A consultation of its own, outside a budget (ADR 0054): those who run an exercise open one with its districts; bad
 * input and someone without the role open nothing; people declare where they live with their CURP and answer online
 * (changeable until the close), an official registers answers at a table checking the CURP (one answer per CURP
 * across channels, its own roll apart from any process's) and enters a table's paper count; the published count is on
 * the page, the CSV, the JSON and the ledger, never who answered.
 */
@IntegrationTest
class StandaloneConsultationTest {

    private static final byte[] PDF = "%PDF-1.4\n% acta de la mesa\n".getBytes(StandardCharsets.US_ASCII);

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
    @Autowired
    JdbcClient jdbc;

    @Test
    void peopleOfTheJurisdictionAnswerOnceByAnyChannelAndThePublishedCountIsExact() throws Exception {
        var open = ParticipationFixtures.open(secretariat, plans, service);
        String exercise = service.exerciseOf(open.process()).getSlug();
        LocalDate day = service.today();
        String slug = "consulta-" + UUID.randomUUID().toString().substring(0, 8);
        String page = "/consultas/" + slug;
        Account coordinator = ParticipationFixtures.coordinator(accounts, open, "Coordinadora de la consulta propia");
        Account official = ParticipationFixtures.official(accounts, open, "Funcionario de la consulta propia");
        Account neighbour = TestAccounts.person(accounts, "Vecina sin rol de la consulta");

        // Opening: only those who run an exercise; every bad field at once, in Spanish and English; nothing opened.
        mvc.perform(get("/consultas/nueva").with(details.signedIn(neighbour))).andExpect(status().isForbidden());
        mvc.perform(post("/consultas").param("slug", slug).param("exerciseSlug", exercise).param("question", "¿P?")
                .param("description", "Texto").param("options", "Sí\nNo").param("opensOn", day.toString())
                .param("closesOn", day.toString()).with(details.signedIn(neighbour)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/consultas/nueva").with(details.signedIn(coordinator))).andExpect(status().isOk())
                .andExpect(content().string(containsString(service.exerciseOf(open.process()).getName())));
        mvc.perform(post("/consultas").param("slug", "Con Espacios").param("exerciseSlug", "otro-ejercicio")
                .param("question", "¿Pregunta?").param("description", "Texto").param("options", "Sí")
                .param("districts", "Centro\ncentro").param("opensOn", day.toString())
                .param("closesOn", day.minusDays(1).toString()).with(details.signedIn(coordinator)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Escriba de 2 a 10 opciones distintas")))
                .andExpect(content().string(containsString("Elija uno de los ejercicios que usted lleva.")))
                .andExpect(content().string(containsString("Escriba hasta 50 distritos distintos")));
        mvc.perform(post("/consultas").param("slug", slug).param("exerciseSlug", exercise).param("question", "Q?")
                .param("description", "Text").param("options", "Yes\nNo").param("districtSlug", "Nowhere")
                .param("opensOn", day.toString()).param("closesOn", day.toString()).param("lang", "en")
                .with(details.signedIn(coordinator)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose a district from the list.")));
        assertThat(consultations.standalone()).noneMatch(c -> slug.equals(c.getSlug()));
        mvc.perform(post("/consultas").param("slug", slug).param("exerciseSlug", exercise)
                .param("question", "¿Se cierra la calle 5 los domingos?")
                .param("description", "Para caminar y andar en bicicleta.").param("options", "Sí\nNo\n")
                .param("districts", "Colonia Centro\nColonia Analco").param("binding", "true")
                .param("opensOn", day.minusDays(1).toString()).param("closesOn", day.plusDays(2).toString())
                .with(details.signedIn(coordinator)).with(csrf()))
                .andExpect(redirectedUrl(page));
        ConsultationService.Held held = consultations.held(ConsultationService.Ref.standalone(slug));
        assertThat(held.process()).isNull();
        assertThat(held.districts()).extracting(BudgetDistrict::getSlug)
                .containsExactly("colonia-centro", "colonia-analco");
        mvc.perform(post("/consultas").param("slug", slug).param("exerciseSlug", exercise).param("question", "¿Otra?")
                .param("description", "Texto").param("options", "Sí\nNo").param("opensOn", day.toString())
                .param("closesOn", day.toString()).with(details.signedIn(coordinator)).with(csrf()))
                .andExpect(status().isBadRequest());
        long yes = consultations.options(held.consultation()).get(0).id();
        long no = consultations.options(held.consultation()).get(1).id();
        var ref = ConsultationService.Ref.standalone(slug);

        // The list and the page: public, no form for who cannot use it.
        mvc.perform(get("/consultas")).andExpect(status().isOk())
                .andExpect(content().string(containsString("¿Se cierra la calle 5 los domingos?")));
        mvc.perform(get(page)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Entre con su cuenta para responder")))
                .andExpect(content().string(not(containsString("Registrar una respuesta dada en una mesa"))));

        // Answering online: only after declaring where one lives with a valid CURP; changeable until it closes.
        Account ana = TestAccounts.person(accounts, "Ana de la consulta propia");
        Account beto = TestAccounts.person(accounts, "Beto de la consulta propia");
        actingAs.run(ana.getId(), () -> refused(() -> consultations.answer(ref, yes),
                "participation.error.notVerified"));
        mvc.perform(get(page).with(details.signedIn(ana)))
                .andExpect(content().string(containsString("Declaro, bajo protesta de decir verdad")));
        mvc.perform(post(page + "/residencia").param("districtSlug", "colonia-centro").param("curp", "XXXX")
                .param("declared", "true").with(details.signedIn(ana)).with(csrf()))
                .andExpect(flash().attribute("problems", hasItem(containsString("CURP"))));
        mvc.perform(post(page + "/residencia").param("districtSlug", "colonia-centro")
                .param("curp", ParticipationFixtures.curp(701)).param("declared", "true")
                .with(details.signedIn(ana)).with(csrf()))
                .andExpect(flash().attribute("notice", "participation.notice.declared"));
        mvc.perform(post(page + "/respuesta").param("option", String.valueOf(no)).with(details.signedIn(ana))
                .with(csrf())).andExpect(flash().attribute("notice", "participation.notice.answered"));
        mvc.perform(post(page + "/respuesta").param("option", String.valueOf(yes)).with(details.signedIn(ana))
                .with(csrf())).andExpect(flash().attribute("notice", "participation.notice.answered"));
        // The same CURP cannot declare again with another account; a CURP of a process's roll is not this roll's.
        actingAs.run(beto.getId(), () -> refused(() -> consultations.declareResidence(slug, "colonia-analco",
                ParticipationFixtures.curp(701), true), "participation.error.curpUsed"));
        ParticipationFixtures.resident(accounts, actingAs, service, open, "Carla del proceso", "colonia-norte", 702);
        actingAs.run(beto.getId(), () -> {
            consultations.declareResidence(slug, "colonia-analco", ParticipationFixtures.curp(702), true);
            consultations.answer(ref, no);
        });

        // At a table: the official checks the CURP; one already answered (online) is refused, a new one counts once.
        mvc.perform(post(page + "/mesa").param("curp", ParticipationFixtures.curp(703)).param("districtSlug",
                "colonia-centro").param("pollingTable", "Mesa 1").param("option", String.valueOf(yes))
                .with(details.signedIn(neighbour)).with(csrf())).andExpect(status().isForbidden());
        SystemActor.run(() -> refused(() -> consultations.registerInPerson(ref, ParticipationFixtures.curp(701),
                "colonia-centro", "Mesa 1", no), "participation.error.curpUsed"));
        mvc.perform(post(page + "/mesa").param("curp", ParticipationFixtures.curp(703)).param("districtSlug",
                "colonia-centro").param("pollingTable", "Mesa 1").param("option", String.valueOf(yes))
                .with(details.signedIn(official)).with(csrf()))
                .andExpect(flash().attribute("notice", "participation.notice.answerRegistered"));
        SystemActor.run(() -> refused(() -> consultations.registerInPerson(ref, ParticipationFixtures.curp(703),
                "colonia-centro", "Mesa 1", no), "participation.error.curpUsed"));
        // Received remotely (telephone, messaging, post): registered by the official as budget ballots are, the CURP
        // checked against every channel; a channel officials do not enter is refused in words, nothing kept.
        mvc.perform(post(page + "/mesa").param("channel", "ONLINE").param("curp", ParticipationFixtures.curp(704))
                .param("districtSlug", "colonia-analco").param("pollingTable", "Mesa 1")
                .param("option", String.valueOf(no)).with(details.signedIn(official)).with(csrf()))
                .andExpect(flash().attribute("problems", hasItem(containsString("a distancia"))));
        SystemActor.run(() -> refused(() -> consultations.registerByOfficial(ref, Channel.REMOTE,
                ParticipationFixtures.curp(703), "colonia-centro", "Mesa 1", no), "participation.error.curpUsed"));
        SystemActor.run(() -> refused(() -> consultations.registerByOfficial(ref, Channel.REMOTE,
                ParticipationFixtures.curp(701), "colonia-centro", "Mesa 1", no), "participation.error.curpUsed"));
        mvc.perform(get(page).with(details.signedIn(official)))
                .andExpect(content().string(containsString("name=\"channel\" id=\"channel-REMOTE\"")));
        mvc.perform(post(page + "/mesa").param("channel", "REMOTE").param("curp", ParticipationFixtures.curp(704))
                .param("districtSlug", "colonia-analco").param("pollingTable", "Mesa 1")
                .param("option", String.valueOf(no)).with(details.signedIn(official)).with(csrf()))
                .andExpect(flash().attribute("notice", "participation.notice.answerRegistered"));
        SystemActor.run(() -> refused(() -> consultations.registerInPerson(ref, ParticipationFixtures.curp(704),
                "colonia-analco", "Mesa 1", yes), "participation.error.curpUsed"));
        // A table's paper count with its act.
        mvc.perform(multipart(page + "/mesas").file(new MockMultipartFile("act", "acta.pdf", "application/pdf", PDF))
                .param("tableName", "Mesa 2").param("districtSlug", "colonia-analco").param("actReference", "Acta 2")
                .param("received", "5").param("valid", "4").param("voided", "1").param("votos-" + yes, "1")
                .param("votos-" + no, "3").with(details.signedIn(official)).with(csrf()))
                .andExpect(flash().attribute("notice", "participation.notice.tallied"));
        assertThat(consultations.answers(held.consultation())).isEqualTo(2 + 1 + 1 + 4);

        // After the close: no answer, no publication before it; then the exact count, public everywhere.
        today.on(day.plusDays(3), () -> {
            actingAs.run(ana.getId(), () -> refused(() -> consultations.answer(ref, no),
                    "participation.error.notConsulting"));
            SystemActor.run(() -> consultations.publish(ref));
        });
        ConsultationService.Count count = consultations.count(held.consultation());
        assertThat(count.lines()).extracting(ConsultationService.Line::total).containsExactly(3L, 5L);
        assertThat(count.online()).isEqualTo(2);
        assertThat(count.inPerson()).isEqualTo(1);
        assertThat(count.remote()).isEqualTo(1);
        assertThat(count.paper()).isEqualTo(4);
        mvc.perform(get(page)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Respuestas por mesa")))
                .andExpect(content().string(containsString(page + "/mesas.csv")));
        String csv = mvc.perform(get("/consultas.csv")).andReturn().getResponse().getContentAsString();
        assertThat(csv).contains("votos_en_persona,votos_a_distancia,")
                .contains(slug + ",¿Se cierra la calle 5 los domingos?,Sí,,1,1,0,1,3")
                .contains(slug + ",¿Se cierra la calle 5 los domingos?,No,,1,0,1,3,5");
        mvc.perform(get(page)).andExpect(content().string(containsString("Votos a distancia")));
        String tables = mvc.perform(get(page + "/mesas.csv")).andReturn().getResponse().getContentAsString();
        assertThat(tables).contains("Mesa 2").contains("Acta 2");
        mvc.perform(get("/api/v1/consultations/" + slug)).andExpect(status().isOk())
                .andExpect(content().string(containsString("\"leading\":[\"No\"]")))
                .andExpect(content().string(containsString("\"inPerson\":0,\"remote\":1,\"paper\":3")))
                .andExpect(content().string(containsString("\"districts\":[\"colonia-centro\",\"colonia-analco\"]")));
        mvc.perform(get("/api/v1/consultations/" + slug + "/tables"))
                .andExpect(content().string(containsString("\"act\":\"Acta 2\"")));
        List<String> ledger = jdbc.sql("SELECT type || ' ' || payload FROM ledger_entry WHERE subject_kind = "
                + "'pc-consultation' AND subject_id = ?").param(String.valueOf(held.consultation().getId()))
                .query(String.class).list();
        assertThat(ledger).anyMatch(p -> p.startsWith("pc.standalone.opened"))
                .anyMatch(p -> p.startsWith("pc.table.tallied"))
                .anyMatch(p -> p.startsWith("pc.results.published") && p.contains("\"remote\":1"))
                .allMatch(p -> !p.contains("Ana de la consulta") && !p.contains(ParticipationFixtures.curp(701)));
    }
}
