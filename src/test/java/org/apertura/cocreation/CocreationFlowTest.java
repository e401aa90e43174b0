package org.apertura.cocreation;

import org.apertura.platform.intake.Channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.apertura.identity.TestCsrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.apertura.IntegrationTest;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.actionplan.Commitment;
import org.apertura.actionplan.VerifiabilityCheck;
import org.apertura.comments.DiscussionComment;
import org.apertura.comments.DiscussionService;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.apertura.identity.ActingAs;
import org.apertura.platform.security.Role;
import org.apertura.identity.Sector;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/** A call from proposal to reasoned response, in the browser's requests and in the service's rules. */
@IntegrationTest
class CocreationFlowTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CocreationService service;
    @Autowired
    DiscussionService discussions;
    @Autowired
    ActionPlanService plans;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsAccess details;
    @Autowired
    ActingAs actingAs;
    @Autowired
    CallFixtures calls;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    org.apertura.actionplan.EvidenceService evidence;
    @Autowired
    org.apertura.ledger.LedgerService ledger;

    @Test
    void theDemoCallHasThirtyProposalsFromThreeChannelsEachWithAResponseTracedToTheCommitments() throws Exception {
        Call call = service.call(CocreationDemo.CALL);
        List<Proposal> all = service.proposals(call);
        assertThat(all).hasSizeGreaterThanOrEqualTo(30);
        assertThat(all.stream().map(Proposal::getChannel).distinct()).containsExactlyInAnyOrder(Channel.values());
        assertThat(all).allMatch(Proposal::hasDisposition);
        assertThat(service.tables(call)).hasSize(2);
        mvc.perform(get("/convocatorias/" + call.getSlug())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Todas las propuestas tienen respuesta razonada.")))
                .andExpect(content().string(containsString("Publicar todos los contratos del estado en datos abiertos")));
        Commitment dgo01 = plans.commitments(plans.plans(plans.exercise("durango-2025-2026")).get(0)).stream()
                .filter(c -> c.getCode().equals("DGO-01")).findFirst().orElseThrow();
        Proposal first = all.stream().filter(p -> p.getTitle().startsWith("Publicar todos los contratos")).findFirst()
                .orElseThrow();
        // The trace shows on both ends: the commitment lists the proposal, the proposal reaches the milestones.
        mvc.perform(get("/compromisos/" + dgo01.getId())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Propuestas de las que surgió")))
                .andExpect(content().string(containsString("href=\"/propuestas/" + first.getId() + "\"")));
        String milestone = "href=\"/hitos/" + plans.milestones(dgo01).get(0).getId() + "\"";
        mvc.perform(get("/propuestas/" + first.getId())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Trayectoria")))
                .andExpect(content().string(containsString(milestone)))
                .andExpect(content().string(containsString("Transparencia, archivos y datos abiertos")));
        // ...and on to the evidence that completed a milestone: some proposal's trace shows accepted evidence.
        var accepted = plans.commitments(plans.plans(plans.exercise("durango-2025-2026")).get(0)).stream()
                .flatMap(c -> evidence.byMilestone(c).values().stream().flatMap(List::stream))
                .filter(e -> e.getStatus().name().equals("ACCEPTED")).toList();
        assertThat(accepted).isNotEmpty();
        boolean traced = false;
        for (Proposal p : all) {
            String trace = mvc.perform(get("/propuestas/" + p.getId())).andReturn().getResponse().getContentAsString();
            traced |= accepted.stream().anyMatch(e -> trace.contains(e.getTitle()));
        }
        assertThat(traced).as("a proposal's trace reaches accepted evidence").isTrue();
        mvc.perform(get("/ejercicios/durango-2025-2026"))
                .andExpect(content().string(containsString("href=\"/convocatorias/" + call.getSlug() + "\"")))
                .andExpect(content().string(containsString("Convocatoria «" + call.getTitle() + "»: propuestas del "
                        + call.getSubmissionOpens().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))));
        mvc.perform(get("/convocatorias/" + call.getSlug() + "/respuestas.csv"))
                .andExpect(content().string(containsString("DGO-01")));
        mvc.perform(get("/api/v1/calls/" + call.getSlug() + "/proposals"))
                .andExpect(content().string(containsString("\"disposition\":\"INCORPORATED\"")));
        String feed = mvc.perform(get("/convocatorias/" + call.getSlug() + "/feed.atom"))
                .andExpect(content().string(containsString("Se recibió una propuesta")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        // The feed: the newest changes of the call and of its proposals, each once; a proposal's links to it.
        List<org.apertura.ledger.LedgerEntry> expected = org.apertura.ledger.LedgerFeedEntries.expected(ledger,
                java.util.Map.of("call", List.of(call.getId().toString()),
                        "proposal", all.stream().map(p -> p.getId().toString()).toList()), 200);
        assertThat(expected).extracting(org.apertura.ledger.LedgerEntry::getSubjectKind).contains("call", "proposal");
        assertThat(org.apertura.ledger.LedgerFeedEntries.of(feed)).containsExactlyElementsOf(expected.stream()
                .map(e -> java.util.Map.entry(e.getSeq(), e.getSubjectKind().equals("proposal")
                        ? "/propuestas/" + e.getSubjectId() : "/convocatorias/" + call.getSlug())).toList());
    }

    @Test
    void aCitizenProposesSupportsOnceAndWithdrawsWhileTheCallIsOpen() throws Exception {
        CocreationFixtures.Open open = calls.open(10);
        Account citizen = calls.person("Vecina propositiva");
        String location = mvc.perform(post("/convocatorias/" + open.call().getSlug() + "/propuestas")
                        .with(details.signedIn(citizen)).with(csrf())
                        .param("title", "Bancas en la plaza").param("problem", "No hay dónde sentarse.")
                        .param("proposal", "Poner diez bancas.").param("themes", "C"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/propuestas/");
        Long id = Long.valueOf(location.substring("/propuestas/".length()));
        mvc.perform(get(location)).andExpect(content().string(containsString("Bancas en la plaza")))
                .andExpect(content().string(containsString("Vecina propositiva")))
                .andExpect(content().string(containsString("Sin apoyos")));

        mvc.perform(post(location + "/apoyo").with(details.signedIn(citizen)).with(csrf()))
                .andExpect(flash().attribute("notice", "cocreation.notice.supported"));
        mvc.perform(post(location + "/apoyo").with(details.signedIn(citizen)).with(csrf()))
                .andExpect(flash().attribute("problems", List.of("Ya apoya esta propuesta.")));
        assertThat(service.supportCount(service.proposal(id))).isEqualTo(1);
        mvc.perform(get(location).with(details.signedIn(citizen)))
                .andExpect(content().string(containsString("1 apoyo")))
                .andExpect(content().string(containsString("Retirar mi apoyo")));
        mvc.perform(post(location + "/retirar-apoyo").with(details.signedIn(citizen)).with(csrf()))
                .andExpect(flash().attribute("notice", "cocreation.notice.withdrawn"));
        assertThat(service.supportCount(service.proposal(id))).isZero();
        mvc.perform(post(location + "/apoyo").with(csrf())).andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).endsWith("/entrar"));
    }

    @Test
    void supportsStopAtThePersonsLimitInTheCallAndOutsideItsDates() {
        CocreationFixtures.Open open = calls.open(2);
        Account author = calls.person("Autora");
        Account supporter = calls.person("Apoyador");
        Proposal[] p = new Proposal[3];
        for (int i = 0; i < 3; i++) {
            p[i] = calls.propose(open, author, "Propuesta " + i);
        }
        actingAs.run(supporter.getId(), () -> {
            service.support(p[0].getId());
            service.support(p[1].getId());
            assertThatThrownBy(() -> service.support(p[2].getId())).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).messageKey())
                            .isEqualTo("cocreation.error.supportLimit"));
        });
        assertThat(service.supportCount(p[2])).isZero();
        // Supporting before the support period opens is refused.
        LocalDateShift.before(open.call(), day -> assertThatThrownBy(() -> service.support(p[2].getId(), supporter.getId(), day))
                .isInstanceOf(InvalidInputException.class));
        // Proposing to a closed call is refused and files nothing.
        int before = service.proposals(open.call()).size();
        assertThatThrownBy(() -> service.propose(open.call(), CocreationFixtures.text("Tarde"), author.getId(), "Autora",
                open.call().getSubmissionCloses().plusDays(1))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("cocreation.error.callClosed");
        assertThat(service.proposals(open.call())).hasSize(before);
    }

    @Test
    void aFacilitatorEntersAnInPersonProposalAndBadEntriesAreRefusedInBothLanguages() throws Exception {
        CocreationFixtures.Open open = calls.open(10);
        var facilitator = withRole("Facilitadora", Role.STL_MEMBER, open.body(), Sector.CIVIL_SOCIETY);
        String path = "/convocatorias/" + open.call().getSlug() + "/propuestas/registradas";
        mvc.perform(multipart(path).with(facilitator).with(csrf()).param("title", "Luz en la calle")
                        .param("problem", "Está oscuro.").param("proposal", "Poner luminarias.").param("themes", "G"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Elija el canal: en persona o a distancia.")))
                .andExpect(content().string(containsString("Escriba la fecha en que se recibió la propuesta.")));
        mvc.perform(multipart(path).with(facilitator).with(csrf()).param("lang", "en").param("title", "Luz en la calle")
                        .param("problem", "Está oscuro.").param("proposal", "Poner luminarias.").param("themes", "G")
                        .param("channel", "IN_PERSON").param("receivedOn", service.today().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the place where the proposal was received.")));
        assertThat(service.proposals(open.call())).isEmpty();

        byte[] scan = "%PDF-1.4\nformulario de papel".getBytes();
        mvc.perform(multipart(path).file(new org.springframework.mock.web.MockMultipartFile("original", "hoja.pdf",
                                "application/pdf", scan))
                        .with(facilitator).with(csrf()).param("title", "Luz en la calle").param("problem", "Está oscuro.")
                        .param("proposal", "Poner luminarias.").param("themes", "G").param("channel", "IN_PERSON")
                        .param("receivedOn", service.today().minusDays(1).toString()).param("place", "Taller del kiosco")
                        .param("authorName", "Don Pancho").param("authorContact", "618 000 0000"))
                .andExpect(status().is3xxRedirection());
        Proposal entered = service.proposals(open.call()).get(0);
        assertThat(entered.getChannel()).isEqualTo(Channel.IN_PERSON);
        assertThat(entered.getFacilitatorName()).isEqualTo("Facilitadora");
        assertThat(entered.hasOriginal()).isTrue();
        mvc.perform(get("/propuestas/" + entered.getId())).andExpect(content().string(containsString("Taller del kiosco")))
                .andExpect(content().string(containsString("Don Pancho")))
                .andExpect(content().string(not(containsString("618 000 0000"))));
        // The scan is kept but not public: the secretariat downloads it, a visitor may not.
        mvc.perform(get("/propuestas/" + entered.getId() + "/original").with(facilitator)).andExpect(status().isOk());
        mvc.perform(get("/propuestas/" + entered.getId() + "/original")).andExpect(status().is3xxRedirection());
        // A citizen is no facilitator.
        Account citizen = calls.person("Sin rol");
        assertThatThrownBy(() -> actingAs.run(citizen.getId(), () -> service.enter(open.call().getSlug(),
                CocreationFixtures.text("x"), new Proposal.Intake(Channel.REMOTE, service.today(), null, null, null),
                null, null))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPlanIsNotApprovedWhileAProposalOfItsCallsHasNoDispositionAndTheResponseTracesToTheCommitment()
            throws Exception {
        CallFixtures.WithProposal made = calls.withProposal("Autor paciente", "Mi idea");
        CocreationFixtures.Open open = made.open();
        Account author = made.author();
        Proposal[] p = {made.proposal()};
        VerifiabilityCheck.Report report = plans.check(open.plan());
        assertThat(report.passes()).isFalse();
        assertThat(report.planProblems()).extracting(VerifiabilityCheck.Finding::key).contains("cocreation.check.undisposed");
        mvc.perform(get("/planes/" + open.plan().getId()))
                .andExpect(content().string(containsString("no tiene respuesta razonada")));
        mvc.perform(get("/convocatorias/" + open.call().getSlug()))
                .andExpect(content().string(containsString("1 propuestas aún no tienen respuesta razonada.")));

        Commitment commitment = plans.commitments(open.plan()).get(0);
        var coordinator = withRole("Coordinadora", Role.COORDINATOR, open.body(), null);
        // A response without reason, or incorporated without naming the commitment, is refused and changes nothing.
        mvc.perform(post("/propuestas/" + p[0].getId() + "/respuesta").with(coordinator).with(csrf())
                        .param("disposition", "INCORPORATED").param("reason", "corta"))
                .andExpect(flash().attribute("problems", List.of("Escriba la razón (de 20 a 4000 caracteres).",
                        "Una propuesta incorporada, total o en parte, debe decir qué compromisos alimentó.")));
        assertThat(service.proposal(p[0].getId()).hasDisposition()).isFalse();
        // An author may not answer their own proposal.
        mvc.perform(post("/propuestas/" + p[0].getId() + "/respuesta").with(details.signedIn(author)).with(csrf())
                .param("disposition", "NOT_INCORPORATED").param("reason", "No me gusta ya mi propia idea, la retiro."))
                .andExpect(status().isForbidden());
        mvc.perform(post("/propuestas/" + p[0].getId() + "/respuesta").with(coordinator).with(csrf())
                        .param("disposition", "INCORPORATED")
                        .param("reason", "Se incorporó como el compromiso C-1 del plan.")
                        .param("commitmentIds", commitment.getId().toString()))
                .andExpect(flash().attribute("notice", "cocreation.notice.disposed"));
        assertThat(plans.check(open.plan()).planProblems()).extracting(VerifiabilityCheck.Finding::key)
                .doesNotContain("cocreation.check.undisposed");
        mvc.perform(get("/compromisos/" + commitment.getId()))
                .andExpect(content().string(containsString("href=\"/propuestas/" + p[0].getId() + "\"")));
        mvc.perform(get("/propuestas/" + p[0].getId()))
                .andExpect(content().string(containsString("Se incorporó como el compromiso C-1 del plan.")))
                .andExpect(content().string(containsString("Coordinadora")));
    }

    @Test
    void commentsThreadTwoLevelsAndAHiddenCommentLeavesAPublicTrace() throws Exception {
        CallFixtures.WithProposal made = calls.withProposal("Comentarista", "Con comentarios");
        CocreationFixtures.Open open = made.open();
        Account author = made.author();
        Account reader = calls.person("Lectora que reporta");
        Proposal[] p = {made.proposal()};
        DiscussionComment[] c = new DiscussionComment[3];
        actingAs.run(author.getId(), () -> {
            c[0] = CocreationFixtures.comment(discussions, p[0], null, "Texto ofensivo que debe ocultarse");
            c[1] = CocreationFixtures.comment(discussions, p[0], c[0].getId(), "Una respuesta");
            // a reply to a reply stays in the thread (two levels shown), saying whom it answers (ADR 0067)
            c[2] = CocreationFixtures.comment(discussions, p[0], c[1].getId(), "Respuesta a respuesta");
            assertThatThrownBy(() -> discussions.flag(c[1].getId(), "Es mío")).isInstanceOf(InvalidInputException.class);
        });
        assertThat(c[2].threadId()).isEqualTo(c[0].getId());
        actingAs.run(reader.getId(), () -> {
            discussions.flag(c[0].getId(), "Ofende");
            assertThatThrownBy(() -> discussions.flag(c[0].getId(), "Otra vez"))
                    .isInstanceOf(InvalidInputException.class);
        });
        assertThatThrownBy(() -> actingAs.run(author.getId(), () -> discussions.hide(c[0].getId(),
                "Porque sí, lo oculto"))).isInstanceOf(AccessDeniedException.class);
        var coordinator = withRole("Moderadora", Role.COORDINATOR, open.body(), null);
        mvc.perform(post("/conversacion/comentario/" + c[0].getId() + "/ocultar").with(coordinator).with(csrf())
                .param("reason", "")).andExpect(flash().attributeExists("problems"));
        mvc.perform(post("/conversacion/comentario/" + c[0].getId() + "/ocultar").with(coordinator).with(csrf())
                .param("reason", "Contiene insultos a una persona."))
                .andExpect(flash().attribute("notice", "discussion.notice.hidden"));
        mvc.perform(get("/propuestas/" + p[0].getId()))
                .andExpect(content().string(not(containsString("Texto ofensivo que debe ocultarse"))))
                .andExpect(content().string(containsString("Comentario ocultado por Moderadora")))
                .andExpect(content().string(containsString("Contiene insultos a una persona.")))
                .andExpect(content().string(containsString("Una respuesta")))
                .andExpect(content().string(containsString("Respuesta a respuesta")))
                .andExpect(content().string(containsString("en respuesta a Participante")));
        // the history reads as before the move onto the engine: comment.written and comment.hidden under the proposal
        assertThat(ledger.subjectAfter("proposal", p[0].getId().toString(), 0, 50))
                .extracting(org.apertura.ledger.LedgerEntry::getType)
                .contains("comment.written", "comment.hidden").doesNotContain("discussion.posted");
    }

    @Test
    void theModerationQueueListsReportedCommentsUntilTheyAreHiddenOrKept() throws Exception {
        CallFixtures.WithProposal made = calls.withProposal("Comentarista moderada", "Propuesta comentada");
        CocreationFixtures.Open open = made.open();
        Account author = made.author();
        Account first = calls.person("Primera denunciante");
        Account second = calls.person("Segunda denunciante");
        Proposal[] p = {made.proposal()};
        DiscussionComment[] c = new DiscussionComment[2];
        actingAs.run(author.getId(), () -> {
            c[0] = CocreationFixtures.comment(discussions, p[0], null, "Comentario duro pero legítimo sobre el alumbrado");
            c[1] = CocreationFixtures.comment(discussions, p[0], null, "Comentario con el teléfono de un vecino 618 000 0000");
        });
        actingAs.run(first.getId(), () -> {
            discussions.flag(c[0].getId(), "Me parece grosero");
            discussions.flag(c[1].getId(), "Publica el teléfono de alguien");
        });
        actingAs.run(second.getId(), () -> discussions.flag(c[1].getId(), null));
        var moderator = withRole("Moderadora de la cola", Role.COORDINATOR, open.body(), null);

        // The most reported first, with the reasons given and never who reported.
        String queue = mvc.perform(get("/moderacion").with(moderator)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(queue).contains("Publica el teléfono de alguien", "Me parece grosero", "2 reportes")
                .doesNotContain("Primera denunciante", "Segunda denunciante");
        assertThat(queue.indexOf("618 000 0000")).isLessThan(queue.indexOf("Comentario duro pero legítimo"));
        mvc.perform(get("/cuenta").with(moderator))
                .andExpect(content().string(containsString("Comentarios reportados por revisar")));
        mvc.perform(get("/moderacion").with(details.signedIn(author))).andExpect(status().isForbidden());
        mvc.perform(post("/conversacion/comentario/" + c[0].getId() + "/mantener").with(details.signedIn(author)).with(csrf()))
                .andExpect(status().isForbidden());

        // Hidden from the queue with a public reason: back to the queue, gone from it, the reason on the proposal.
        mvc.perform(post("/conversacion/comentario/" + c[1].getId() + "/ocultar").with(moderator).with(csrf())
                        .param("reason", "Publica datos personales de un vecino.").param("volver", "moderacion"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .redirectedUrl("/moderacion#comentario-" + c[1].getId()))
                .andExpect(flash().attribute("notice", "discussion.notice.hidden"));
        // Kept visible: it leaves the queue, stays on the proposal, and the decision is in the staff audit log.
        mvc.perform(post("/conversacion/comentario/" + c[0].getId() + "/mantener").with(moderator).with(csrf()))
                .andExpect(flash().attribute("notice", "discussion.moderation.kept"));
        mvc.perform(post("/conversacion/comentario/" + c[0].getId() + "/mantener").with(moderator).with(csrf()))
                .andExpect(flash().attributeExists("problems"));
        mvc.perform(get("/moderacion").with(moderator))
                .andExpect(content().string(not(containsString("Comentario duro pero legítimo"))))
                .andExpect(content().string(not(containsString("618 000 0000"))))
                .andExpect(content().string(containsString("No hay comentarios por revisar.")));
        mvc.perform(get("/propuestas/" + p[0].getId()))
                .andExpect(content().string(containsString("Comentario duro pero legítimo")))
                .andExpect(content().string(containsString("Publica datos personales de un vecino.")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'REPORTED_COMMENT_KEPT' AND detail LIKE ?")
                .param("comment " + c[0].getId() + " %").query(Long.class).single()).isEqualTo(1L);

        // Another body's reported comment is not this moderator's to see, keep or hide.
        Proposal there = calls.propose(calls.open(10), author, "Propuesta de otro órgano");
        DiscussionComment[] elsewhere = new DiscussionComment[1];
        actingAs.run(author.getId(), () -> {
            elsewhere[0] = CocreationFixtures.comment(discussions, there, null, "Comentario reportado en otra convocatoria");
        });
        actingAs.run(first.getId(), () -> discussions.flag(elsewhere[0].getId(), "Motivo en otra convocatoria"));
        mvc.perform(get("/moderacion").with(moderator))
                .andExpect(content().string(not(containsString("Comentario reportado en otra convocatoria"))))
                .andExpect(content().string(not(containsString("Motivo en otra convocatoria"))));
        mvc.perform(post("/conversacion/comentario/" + elsewhere[0].getId() + "/mantener").with(moderator).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/conversacion/comentario/" + elsewhere[0].getId() + "/ocultar").with(moderator).with(csrf())
                .param("reason", "No es de su convocatoria, no debería poder.")).andExpect(status().isForbidden());

        // Reported again by someone else: back in the queue.
        actingAs.run(second.getId(), () -> discussions.flag(c[0].getId(), "Sigue pareciéndome grosero"));
        mvc.perform(get("/moderacion").with(moderator))
                .andExpect(content().string(containsString("Comentario duro pero legítimo")))
                .andExpect(content().string(containsString("1 reporte nuevo (2 en total)")));
    }

    @Test
    void anEditAfterSupportsKeepsTheEarlierTextVisible() throws Exception {
        CallFixtures.WithProposal made = calls.withProposal("Autora que corrige", "Texto original");
        Account author = made.author();
        Account supporter = calls.person("Quien apoya");
        Proposal[] p = {made.proposal()};
        actingAs.run(supporter.getId(), () -> service.support(p[0].getId()));
        assertThatThrownBy(() -> actingAs.run(supporter.getId(), () -> service.edit(p[0].getId(),
                CocreationFixtures.text("Secuestro")))).isInstanceOf(AccessDeniedException.class);
        actingAs.run(author.getId(), () -> service.edit(p[0].getId(), CocreationFixtures.text("Texto corregido")));
        mvc.perform(get("/propuestas/" + p[0].getId()))
                .andExpect(content().string(containsString("Texto corregido")))
                .andExpect(content().string(containsString("Textos anteriores (1)")))
                .andExpect(content().string(containsString("Texto original")));
    }

    @Test
    void aCoordinatorRecordsAWorkingTableLinkedToProposalsAndCommitments() throws Exception {
        CallFixtures.WithProposal made = calls.withProposal("Autor de mesa", "Para la mesa");
        CocreationFixtures.Open open = made.open();
        Proposal[] p = {made.proposal()};
        var coordinator = withRole("Coordinador de mesas", Role.COORDINATOR, open.body(), null);
        Commitment commitment = plans.commitments(open.plan()).get(0);
        mvc.perform(post("/convocatorias/" + open.call().getSlug() + "/mesas").with(coordinator).with(csrf())
                        .param("title", "Mesa sin lugar").param("heldAt", "2025-06-10T10:00"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Escriba el lugar o la liga de la mesa.")));
        assertThat(service.tables(open.call())).isEmpty();
        String location = mvc.perform(post("/convocatorias/" + open.call().getSlug() + "/mesas").with(coordinator)
                        .with(csrf()).param("title", "Mesa de la plaza").param("heldAt", "2025-06-10T10:00")
                        .param("place", "Kiosco").param("participants[CIVIL_SOCIETY]", "4")
                        .param("participants[GOVERNMENT]", "2").param("proposalIds", p[0].getId().toString())
                        .param("outcome", "Un borrador de compromiso.").param("commitmentIds", commitment.getId().toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location)).andExpect(content().string(containsString("Participantes (6)")))
                .andExpect(content().string(containsString("Para la mesa")))
                .andExpect(content().string(containsString("C-1")));
        mvc.perform(get("/propuestas/" + p[0].getId())).andExpect(content().string(containsString("Mesa de la plaza")));
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor withRole(String name, Role role,
            String scope, Sector sector) {
        Account account = calls.person(name);
        SystemActor.run(() -> accounts.grant(account.getId(), role, scope, sector));
        return details.signedIn(account);
    }

    /** Runs a check on the day before a call's support period opens. */
    private static final class LocalDateShift {
        static void before(Call call, java.util.function.Consumer<java.time.LocalDate> check) {
            check.accept(call.getSupportOpens().minusDays(1));
        }
    }

    @SuppressWarnings("unused")
    private static Set<Long> none() {
        return Set.of();
    }
}
