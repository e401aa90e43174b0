package org.apertura.cocreation;

import static org.apertura.identity.TestCsrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import org.apertura.IntegrationTest;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.apertura.identity.ActingAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Amendments to a proposal (ADR 0065): proposed, accepted, rejected, withdrawn; refused when they should be. */
@IntegrationTest
class AmendmentFlowTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CocreationService service;
    @Autowired
    AmendmentService amendments;
    @Autowired
    CallFixtures calls;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsAccess details;
    @Autowired
    ActingAs actingAs;
    @Autowired
    JdbcClient jdbc;

    private record Setup(CocreationFixtures.Open open, Account author, Account other, Proposal proposal) {
    }

    private Setup setup() {
        CallFixtures.WithProposal made = calls.withProposal("Autora Rosales Ibarra", new Proposal.Text(
                "Bancas en la plaza", "No hay dónde sentarse.", "Poner diez bancas de madera en la plaza.",
                java.util.Set.of(org.apertura.actionplan.Theme.C), null, null));
        return new Setup(made.open(), made.author(), calls.person("Enmendador Quiñones Vela"), made.proposal());
    }

    private long ledgerCount(String type) {
        return jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE type = ?").param(type).query(Long.class).single();
    }

    @Test
    void someoneProposesTheAuthorAcceptsAndTheProposalGetsANewVersionCreditingIt() throws Exception {
        Setup s = setup();
        String page = "/propuestas/" + s.proposal().getId();
        mvc.perform(get(page).with(details.signedIn(s.other())))
                .andExpect(content().string(containsString("Proponer una enmienda")));
        mvc.perform(get(page + "/enmiendas/nueva").with(details.signedIn(s.other()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Poner diez bancas de madera en la plaza.")));
        long proposed = ledgerCount("amendment.proposed");
        String location = mvc.perform(post(page + "/enmiendas").with(details.signedIn(s.other())).with(csrf())
                        .param("text", "Poner veinte bancas de metal en la plaza.")
                        .param("reason", "La madera se pudre con la lluvia."))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "cocreation.notice.amendmentProposed"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith(page + "#enmienda-");
        assertThat(ledgerCount("amendment.proposed")).isEqualTo(proposed + 1);
        Amendment amendment = amendments.of(s.proposal()).get(0).amendment();
        // The author gets a notice in the community module's centre.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM community_notice WHERE account_id = ? AND change_type = ?")
                .params(s.author().getId(), "amendment.proposed").query(Long.class).single()).isEqualTo(1);
        // The page shows the diff with words for screen readers, and the proposer only as «Participante».
        String html = mvc.perform(get(page)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("<del><span class=\"visually-hidden\">[texto quitado:]</span>diez "
                + "<span class=\"visually-hidden\">[fin del cambio]</span></del>")
                .contains("<ins><span class=\"visually-hidden\">[texto añadido:]</span>veinte "
                + "<span class=\"visually-hidden\">[fin del cambio]</span></ins>")
                .contains("Participante").doesNotContain("Enmendador").doesNotContain("Quiñones");
        // Only the author sees the decision; someone else deciding is refused and changes nothing.
        mvc.perform(get(page).with(details.signedIn(s.author())))
                .andExpect(content().string(containsString("Aceptar la enmienda 1")));
        mvc.perform(post("/enmiendas/" + amendment.getId() + "/aceptar").with(details.signedIn(s.other()))
                .with(csrf())).andExpect(status().isForbidden());
        assertThat(amendments.amendment(amendment.getId()).isPending()).isTrue();
        mvc.perform(post("/enmiendas/" + amendment.getId() + "/aceptar").with(details.signedIn(s.author()))
                        .with(csrf()))
                .andExpect(flash().attribute("notice", "cocreation.notice.amendmentAccepted"));
        Proposal after = service.proposal(s.proposal().getId());
        assertThat(after.getProposal()).isEqualTo("Poner veinte bancas de metal en la plaza.");
        assertThat(service.versions(after)).singleElement().satisfies(v -> {
            assertThat(v.getProposal()).isEqualTo("Poner diez bancas de madera en la plaza.");
            assertThat(v.getAmendmentId()).isEqualTo(amendment.getId());
        });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM community_notice WHERE account_id = ? AND change_type = ?")
                .params(s.other().getId(), "amendment.accepted").query(Long.class).single()).isEqualTo(1);
        mvc.perform(get(page)).andExpect(content().string(containsString("La reemplazó la enmienda 1")))
                .andExpect(content().string(containsString("Aceptada")));
        // A second decision is refused.
        mvc.perform(post("/enmiendas/" + amendment.getId() + "/rechazar").with(details.signedIn(s.author()))
                        .with(csrf()).param("reason", "Ya no."))
                .andExpect(flash().attribute("problems", List.of("Esta enmienda ya no está pendiente.")));
        // The call's CSV and JSON list it.
        mvc.perform(get("/convocatorias/" + s.open().call().getSlug() + "/enmiendas.csv"))
                .andExpect(content().string(containsString("La madera se pudre con la lluvia.")))
                .andExpect(content().string(not(containsString("Quiñones"))));
        mvc.perform(get("/api/v1/calls/" + s.open().call().getSlug() + "/amendments"))
                .andExpect(jsonPath("$[0].status").value("ACCEPTED"))
                .andExpect(jsonPath("$[0].author").value("Participante"));
        mvc.perform(get("/convocatorias/" + s.open().call().getSlug()))
                .andExpect(content().string(containsString("/convocatorias/" + s.open().call().getSlug()
                        + "/enmiendas.csv")));
    }

    @Test
    void theAuthorRejectsWithAPublicReasonAndAProposerWithdrawsTheirOwn() throws Exception {
        Setup s = setup();
        Amendment[] a = new Amendment[2];
        actingAs.run(s.other().getId(), () -> {
            a[0] = amendments.propose(s.proposal().getId(), "Poner cinco bancas.", "Cuestan mucho.");
            a[1] = amendments.propose(s.proposal().getId(), "Poner bancas con sombra.", "Hace calor.");
        });
        // A reason is required to reject.
        mvc.perform(post("/enmiendas/" + a[0].getId() + "/rechazar").with(details.signedIn(s.author()))
                        .with(csrf()).param("reason", " "))
                .andExpect(flash().attribute("problems", org.hamcrest.Matchers.hasItem(
                        org.hamcrest.Matchers.startsWith("Este dato es obligatorio"))));
        assertThat(amendments.amendment(a[0].getId()).isPending()).isTrue();
        mvc.perform(post("/enmiendas/" + a[0].getId() + "/rechazar").with(details.signedIn(s.author()))
                        .with(csrf()).param("reason", "Diez bancas caben en el presupuesto."))
                .andExpect(flash().attribute("notice", "cocreation.notice.amendmentRejected"));
        mvc.perform(get("/propuestas/" + s.proposal().getId()))
                .andExpect(content().string(containsString("Diez bancas caben en el presupuesto.")));
        // Only its proposer withdraws it.
        mvc.perform(post("/enmiendas/" + a[1].getId() + "/retirar").with(details.signedIn(s.author())).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/enmiendas/" + a[1].getId() + "/retirar").with(details.signedIn(s.other())).with(csrf()))
                .andExpect(flash().attribute("notice", "cocreation.notice.amendmentWithdrawn"));
        assertThat(amendments.amendment(a[1].getId()).getStatus()).isEqualTo(AmendmentStatus.WITHDRAWN);
        assertThat(service.proposal(s.proposal().getId()).getProposal()).isEqualTo("Poner diez bancas de madera en la plaza.");
    }

    @Test
    void badAmendmentsAreRefusedInSpanishAndEnglishAndChangeNothing() throws Exception {
        Setup s = setup();
        String path = "/propuestas/" + s.proposal().getId() + "/enmiendas";
        long before = ledgerCount("amendment.proposed");
        mvc.perform(post(path).with(details.signedIn(s.other())).with(csrf()).param("text", "").param("reason", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Este dato es obligatorio")));
        mvc.perform(post(path).with(details.signedIn(s.other())).with(csrf())
                        .param("text", "Poner diez bancas de madera en la plaza.").param("reason", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("El texto nuevo es igual al actual")));
        mvc.perform(post(path).with(details.signedIn(s.other())).with(csrf()).header("Accept-Language", "en")
                        .param("lang", "en").param("text", "Poner diez bancas de madera en la plaza.").param("reason", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The new text is the same as the current one")));
        mvc.perform(post(path).with(details.signedIn(s.author())).with(csrf())
                        .param("text", "Otra cosa.").param("reason", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("No puede enmendar su propia propuesta")));
        mvc.perform(get("/propuestas/" + s.proposal().getId() + "/enmiendas/nueva").with(details.signedIn(s.author())))
                .andExpect(status().isForbidden());
        mvc.perform(post(path).with(csrf()).param("text", "Otra cosa.").param("reason", "x"))
                .andExpect(status().is3xxRedirection());
        // A closed call takes no amendments.
        jdbc.sql("UPDATE cocreation_call SET submission_closes = ? WHERE id = ?")
                .params(java.sql.Date.valueOf(service.today().minusDays(1)), s.open().call().getId()).update();
        mvc.perform(post(path).with(details.signedIn(s.other())).with(csrf())
                        .param("text", "Otra cosa.").param("reason", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Solo se proponen enmiendas mientras la convocatoria recibe propuestas.")));
        assertThat(ledgerCount("amendment.proposed")).isEqualTo(before);
        assertThat(amendments.of(s.proposal())).isEmpty();
    }

    @Test
    void theApiProposesAcceptsRejectsAndWithdrawsWithATokenAndListsAsJson() throws Exception {
        Setup s = setup();
        String other = "Bearer " + accounts.createToken(s.other().getId(), "t").secret();
        String author = "Bearer " + accounts.createToken(s.author().getId(), "t").secret();
        String base = "/api/v1/proposals/" + s.proposal().getId() + "/amendments";
        mvc.perform(post(base).header("Authorization", other).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"\",\"reason\":\"r\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post(base).header("Authorization", author).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"Otra\",\"reason\":\"r\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post(base).contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Otra\",\"reason\":\"r\"}"))
                .andExpect(status().isUnauthorized());
        String id = com.jayway.jsonpath.JsonPath.read(mvc.perform(post(base).header("Authorization", other)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"Poner doce bancas.\",\"reason\":\"Caben doce.\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("PENDING"))
                .andReturn().getResponse().getContentAsString(), "$.id").toString();
        String second = com.jayway.jsonpath.JsonPath.read(mvc.perform(post(base).header("Authorization", other)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"Poner once bancas.\",\"reason\":\"Caben once.\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id").toString();
        String third = com.jayway.jsonpath.JsonPath.read(mvc.perform(post(base).header("Authorization", other)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"Poner trece bancas.\",\"reason\":\"Caben trece.\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id").toString();
        mvc.perform(post("/api/v1/amendments/" + id + "/accept").header("Authorization", other))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/amendments/" + id + "/accept").header("Authorization", author))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACCEPTED"));
        mvc.perform(post("/api/v1/amendments/" + second + "/reject").header("Authorization", author)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Mejor doce.\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.decisionReason").value("Mejor doce."));
        mvc.perform(post("/api/v1/amendments/" + third + "/withdraw").header("Authorization", author))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/amendments/" + third + "/withdraw").header("Authorization", other))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("WITHDRAWN"));
        mvc.perform(get(base)).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[0].amendedText").value("Poner doce bancas."))
                .andExpect(content().string(not(containsString("Quiñones"))));
        assertThat(service.proposal(s.proposal().getId()).getProposal()).isEqualTo("Poner doce bancas.");
    }

    @Test
    void aProposerWithAPublicNicknameAppearsByItOnly() throws Exception {
        Setup s = setup();
        String nickname = "vecino-" + Long.toString(Instant.now().toEpochMilli() % 100000);
        jdbc.sql("INSERT INTO community_profile (account_id, nickname, created_at) VALUES (?, ?, ?)")
                .params(s.other().getId(), nickname, java.sql.Timestamp.from(Instant.now())).update();
        actingAs.run(s.other().getId(), () -> amendments.propose(s.proposal().getId(), "Poner bancas.", "Porque sí."));
        mvc.perform(get("/propuestas/" + s.proposal().getId()))
                .andExpect(content().string(containsString("href=\"/personas/" + nickname + "\"")))
                .andExpect(content().string(not(containsString("Enmendador"))));
    }

    @Test
    void theDemoCallHasAnAcceptedARejectedAndAPendingAmendment() {
        Call call = service.call(CocreationDemo.CALL);
        assertThat(amendments.of(call)).extracting(a -> a.amendment().getStatus())
                .contains(AmendmentStatus.ACCEPTED, AmendmentStatus.REJECTED, AmendmentStatus.PENDING);
    }
}
