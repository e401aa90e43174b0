package org.apertura.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.apertura.identity.TestCsrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apertura.IntegrationTest;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.apertura.platform.security.Role;
import org.apertura.identity.Sector;
import org.apertura.identity.TestAccounts;
import org.apertura.ledger.LedgerEntry;
import org.apertura.ledger.LedgerFeedEntries;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.mail.MailOutbox;
import org.apertura.platform.mail.OutboxMail;
import org.apertura.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;

/** Following a commitment by e-mail, and the Atom feeds of a commitment and a plan. */
@IntegrationTest
class FollowAndFeedTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsAccess details;
    @Autowired
    ActionPlanService plans;
    @Autowired
    AssessmentService assessments;
    @Autowired
    MailOutbox outbox;
    @Autowired
    LedgerService ledger;

    private Commitment demo(String code) {
        return PlanFixtures.demoCommitment(plans, code);
    }

    @Test
    void aFollowerGetsAnEmailOnEachPublicChangeUntilTheyStop() throws Exception {
        Commitment commitment = demo("DGO-01");
        Account citizen = TestAccounts.person(accounts, "Vecina atenta");
        mvc.perform(post("/compromisos/" + commitment.getId() + "/seguir").with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/entrar"));
        mvc.perform(post("/compromisos/" + commitment.getId() + "/seguir").with(details.signedIn(citizen)).with(csrf()))
                .andExpect(redirectedUrl("/compromisos/" + commitment.getId()));
        mvc.perform(get("/compromisos/" + commitment.getId()).with(details.signedIn(citizen)))
                .andExpect(content().string(containsString("Dejar de seguirlo")));

        Account guarantor = TestAccounts.person(accounts, "Garante atenta");
        SystemActor.run(() -> accounts.grant(guarantor.getId(), Role.STL_MEMBER, "stl-durango", Sector.GUARANTOR));
        mvc.perform(post("/compromisos/" + commitment.getId() + "/valoraciones").with(details.signedIn(guarantor)).with(csrf())
                .param("voice", "INDEPENDENT").param("completion", "LIMITED").param("openedGovernment", "MARGINAL")
                .param("reasoning", "Hay avances, sin evidencia aceptada aún."));
        List<OutboxMail> mails = outbox.messagesTo(citizen.getEmail());
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("Apertura: DGO-01 · Se registró una valoración");
        assertThat(mails.get(0).getBody()).contains("/compromisos/" + commitment.getId());

        mvc.perform(post("/compromisos/" + commitment.getId() + "/dejar-de-seguir").with(details.signedIn(citizen)).with(csrf()))
                .andExpect(redirectedUrl("/compromisos/" + commitment.getId()));
        mvc.perform(post("/compromisos/" + commitment.getId() + "/valoraciones").with(details.signedIn(guarantor)).with(csrf())
                .param("voice", "INDEPENDENT").param("completion", "LIMITED").param("openedGovernment", "MARGINAL")
                .param("reasoning", "Sin cambios."));
        assertThat(outbox.messagesTo(citizen.getEmail())).hasSize(1);
    }

    @Test
    void feedsAreValidAtomWithEveryPublicChange() throws Exception {
        Commitment commitment = demo("DGO-02");
        byte[] feed = mvc.perform(get("/compromisos/" + commitment.getId() + "/feed.atom"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/atom+xml;charset=UTF-8"))
                .andReturn().getResponse().getContentAsByteArray();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document atom = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(feed));
        assertThat(atom.getDocumentElement().getLocalName()).isEqualTo("feed");
        String text = new String(feed, StandardCharsets.UTF_8);
        assertThat(text).contains("<title>DGO-02 · Solicitudes de información con respuesta a tiempo</title>",
                "<title>Se aceptó una evidencia", "<title>Se agregó un compromiso");
        // Each entry is written for people: what happened, to what, when — never the ledger's raw JSON.
        assertThat(text).doesNotContain("<content type=\"text\">{").contains("en el historial público verificable");
        assertThat(text).containsPattern("<title>Se agregó un compromiso: [^<]*DGO-02");
        Long planId = commitment.getPlanId();
        String planFeed = mvc.perform(get("/planes/" + planId + "/feed.atom")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(planFeed).contains("<title>Se publicó un plan de acción", "<title>Se cumplió un hito");
    }

    @Test
    void aPlansFeedListsTheNewestChangesOfThePlanAndOfEveryCommitmentEachOnceLinkingToThePlan() throws Exception {
        Commitment commitment = demo("DGO-02");
        Long planId = commitment.getPlanId();
        Map<String, List<String>> subjects = Map.of("plan", List.of(planId.toString()), "commitment",
                plans.commitments(plans.plan(planId)).stream().map(c -> c.getId().toString()).toList());
        List<LedgerEntry> expected = LedgerFeedEntries.expected(ledger, subjects, 200);
        assertThat(expected).extracting(LedgerEntry::getSubjectKind).contains("plan", "commitment");
        String planFeed = mvc.perform(get("/planes/" + planId + "/feed.atom")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(LedgerFeedEntries.of(planFeed)).containsExactlyElementsOf(expected.stream()
                .map(e -> Map.entry(e.getSeq(), "/planes/" + planId)).toList());
        // A commitment's feed: its own history, newest first, every entry linking to the commitment.
        String feed = mvc.perform(get("/compromisos/" + commitment.getId() + "/feed.atom"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(LedgerFeedEntries.of(feed)).containsExactlyElementsOf(LedgerFeedEntries.expected(ledger,
                Map.of("commitment", List.of(commitment.getId().toString())), 200).stream()
                .map(e -> Map.entry(e.getSeq(), "/compromisos/" + commitment.getId())).toList());
    }
}
