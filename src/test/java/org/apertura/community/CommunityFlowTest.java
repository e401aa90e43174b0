package org.apertura.community;

import static org.apertura.identity.TestCsrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.apertura.IntegrationTest;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.cocreation.CocreationFixtures;
import org.apertura.cocreation.CocreationService;
import org.apertura.cocreation.Proposal;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.apertura.identity.ActingAs;
import org.apertura.identity.TestAccounts;
import org.apertura.ledger.LedgerEntry;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.mail.MailOutbox;
import org.apertura.platform.mail.OutboxMail;
import org.apertura.platform.people.NoticeKind;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.SystemActor;
import org.apertura.secretariat.SecretariatService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The community module end to end through the real services and pages: notices for a reply, per-person delivery and
 * digests that never repeat, a profile under a nickname that shows no personal data and hides supports unless chosen,
 * following a person, an appeal decided by a moderator other than the one who hid, and a newsletter with an
 * unsubscribe link that works without signing in.
 */
@IntegrationTest
class CommunityFlowTest {

    @Autowired
    FollowPageChanges followChanges;

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsAccess details;
    @Autowired
    ActingAs actingAs;
    @Autowired
    ActionPlanService plans;
    @Autowired
    SecretariatService secretariat;
    @Autowired
    CocreationService cocreation;
    @Autowired
    org.apertura.comments.DiscussionService discussions;
    @Autowired
    CommunityService community;
    @Autowired
    CommunityNotices notices;
    @Autowired
    MailOutbox outbox;
    @Autowired
    LedgerService ledger;

    private Proposal propose(Account author, CocreationFixtures.Open open, String title) {
        return CocreationFixtures.proposed(actingAs, cocreation, open, author, title);
    }

    @Test
    void aReplyBecomesANoticeCountedInTheHeaderAndDigestsAreSentOnce() throws Exception {
        CocreationFixtures.Open open = CocreationFixtures.openCall(secretariat, plans, cocreation, 10);
        Account author = TestAccounts.person(accounts, "Autora de la propuesta");
        Account neighbour = TestAccounts.person(accounts, "Vecino que responde");
        Proposal proposal = propose(author, open, "Bancas en la plaza de Tepehuanes");
        actingAs.run(neighbour.getId(), () -> CocreationFixtures.comment(discussions, proposal, null, "Yo también las necesito."));

        assertThat(notices.unread(author.getId())).isEqualTo(1);
        assertThat(notices.unread(neighbour.getId())).isZero(); // no notice of one's own act
        mvc.perform(get("/cuenta/notificaciones").with(details.signedIn(author)))
                .andExpect(content().string(containsString("Notificaciones (1 sin leer)")))
                .andExpect(content().string(containsString("Respuesta a lo que escribió")))
                .andExpect(content().string(containsString("Bancas en la plaza de Tepehuanes")));
        long id = notices.newest(author.getId()).get(0).id();
        // someone else cannot read it for them
        mvc.perform(post("/cuenta/notificaciones/" + id + "/leida").with(details.signedIn(neighbour)).with(csrf()))
                .andExpect(redirectedUrl("/cuenta/notificaciones"));
        assertThat(notices.unread(author.getId())).isEqualTo(1);
        mvc.perform(post("/cuenta/notificaciones/" + id + "/leida").with(details.signedIn(author)).with(csrf()))
                .andExpect(redirectedUrl("/propuestas/" + proposal.getId()));
        assertThat(notices.unread(author.getId())).isZero();

        // immediate e-mail for replies; a daily digest for moderation decisions... and answers
        mvc.perform(post("/cuenta/notificaciones/ajustes").with(details.signedIn(author)).with(csrf())
                        .param("kind.REPLY", "IMMEDIATE").param("kind.OFFICIAL_ANSWER", "DAILY"))
                .andExpect(redirectedUrl("/cuenta/notificaciones#ajustes"));
        mvc.perform(post("/cuenta/notificaciones/ajustes").with(details.signedIn(author)).with(csrf())
                        .param("kind.REPLY", "SIEMPRE"))
                .andExpect(flash().attribute("problem", "community.validation.delivery"));
        assertThat(notices.settings(author.getId())).containsEntry(NoticeKind.REPLY, Delivery.IMMEDIATE)
                .containsEntry(NoticeKind.OFFICIAL_ANSWER, Delivery.DAILY);
        int before = outbox.messagesTo(author.getEmail()).size();
        actingAs.run(neighbour.getId(), () -> CocreationFixtures.comment(discussions, proposal, null, "Y sombra, por favor."));
        List<OutboxMail> mails = outbox.messagesTo(author.getEmail());
        assertThat(mails).hasSize(before + 1);
        assertThat(mails.get(mails.size() - 1).getBody()).contains("Bancas en la plaza de Tepehuanes")
                .contains("/propuestas/" + proposal.getId()).doesNotContain(neighbour.getEmail());

        notices.give(new org.apertura.platform.people.PeopleContent.Concern(author.getId(), NoticeKind.OFFICIAL_ANSWER,
                "Bancas en la plaza de Tepehuanes", "/propuestas/" + proposal.getId()), "proposal.disposed", null);
        notices.give(new org.apertura.platform.people.PeopleContent.Concern(author.getId(), NoticeKind.OFFICIAL_ANSWER,
                "Otra propuesta", "/propuestas/" + proposal.getId()), "proposal.disposed", null);
        int beforeDigest = outbox.messagesTo(author.getEmail()).size();
        notices.sendDigests();
        notices.sendDigests(); // a second run (another node, a retry) finds every notice claimed
        mails = outbox.messagesTo(author.getEmail());
        assertThat(mails).hasSize(beforeDigest + 1);
        assertThat(mails.get(mails.size() - 1).getSubject()).isEqualTo("Apertura: 2 avisos");
        assertThat(mails.get(mails.size() - 1).getBody()).contains("Otra propuesta");
    }

    @Test
    void aChangesRecordIsReadFromItsPayloadOnlyWhenAskedForAKeyItNames() {
        // the sources ask each change's record for a few keys; a payload that does not name one is not parsed
        CommunityNotices.PayloadRecord record = new CommunityNotices.PayloadRecord(
                "{\"comment\":7,\"kind\":\"project\",\"official\":true,\"replyTo\":null}");
        assertThat(record.get("comment")).isEqualTo(7);
        assertThat(record.get("official")).isEqualTo(true);
        assertThat(record.containsKey("replyTo")).isTrue();
        assertThat(record.get("replyTo")).isNull();
        assertThat(record.get("project")).as("a key the payload names only as a value").isNull();
        assertThat(record.containsKey("debate")).isFalse();
        assertThat(record).containsOnlyKeys("comment", "kind", "official", "replyTo");
        assertThat(new CommunityNotices.PayloadRecord("no es JSON")).isEmpty();
        assertThat(new CommunityNotices.PayloadRecord("{\"comment\":").get("comment")).isNull();
    }

    @Test
    void aProfileExistsOnlyUnderANicknameShowsNoPersonalDataAndHidesSupportsUnlessChosen() throws Exception {
        CocreationFixtures.Open open = CocreationFixtures.openCall(secretariat, plans, cocreation, 10);
        Account author = TestAccounts.person(accounts, "Rosa María Quiñones Pérez");
        Account other = TestAccounts.person(accounts, "Otra autora");
        Proposal mine = propose(author, open, "Huertos en la escuela primaria");
        Proposal theirs = propose(other, open, "Ciclovía en la avenida 20 de Noviembre");
        actingAs.run(author.getId(), () -> cocreation.support(theirs.getId()));
        String nick = "rosa" + author.getId();

        mvc.perform(post("/cuenta/perfil").with(details.signedIn(author)).with(csrf()).param("nickname", "a b"))
                .andExpect(flash().attribute("problem", "community.validation.nickname"));
        mvc.perform(get("/personas/" + nick)).andExpect(status().isNotFound());
        mvc.perform(post("/cuenta/perfil").with(details.signedIn(author)).with(csrf()).param("nickname", nick))
                .andExpect(redirectedUrl("/cuenta/perfil"));
        mvc.perform(post("/cuenta/perfil").with(details.signedIn(other)).with(csrf()).param("nickname", nick.toUpperCase()))
                .andExpect(flash().attribute("problem", "community.validation.nicknameTaken"));

        mvc.perform(get("/personas/" + nick))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Huertos en la escuela primaria")))
                .andExpect(content().string(containsString("/propuestas/" + mine.getId())))
                .andExpect(content().string(containsString("Esta persona no muestra sus apoyos")))
                .andExpect(content().string(not(containsString("Ciclovía en la avenida"))))
                .andExpect(content().string(not(containsString(author.getEmail()))))
                .andExpect(content().string(not(containsString("Quiñones"))));
        // the call's list links the author who chose a nickname to her profile, and only her
        mvc.perform(get("/convocatorias/" + open.call().getSlug()))
                .andExpect(content().string(containsString("href=\"/personas/" + nick + "\"")))
                .andExpect(content().string(containsString("Perfil público de Rosa María Quiñones Pérez")))
                .andExpect(content().string(not(containsString("Perfil público de Otra autora"))));

        mvc.perform(post("/cuenta/perfil").with(details.signedIn(author)).with(csrf()).param("nickname", nick)
                .param("showSupports", "true"));
        mvc.perform(get("/personas/" + nick))
                .andExpect(content().string(containsString("Ciclovía en la avenida 20 de Noviembre")));
        mvc.perform(get("/personas/" + nick + "?lang=en"))
                .andExpect(content().string(containsString("What they supported")));
    }

    @Test
    void followingAPersonBringsTheirNewItemsAndCountsArePublicButNotWho() throws Exception {
        CocreationFixtures.Open open = CocreationFixtures.openCall(secretariat, plans, cocreation, 10);
        Account author = TestAccounts.person(accounts, "Autor seguido");
        Account fan = TestAccounts.person(accounts, "Persona que sigue");
        String nick = "autor" + author.getId();
        actingAs.run(author.getId(), () -> community.choose(nick, false, false));

        mvc.perform(post("/personas/" + nick + "/seguir").with(details.signedIn(author)).with(csrf()))
                .andExpect(flash().attribute("problem", "community.validation.followSelf"));
        mvc.perform(post("/personas/" + nick + "/seguir").with(details.signedIn(fan)).with(csrf()))
                .andExpect(redirectedUrl("/personas/" + nick));
        mvc.perform(post("/personas/" + nick + "/seguir").with(details.signedIn(fan)).with(csrf())); // twice is once
        mvc.perform(get("/personas/" + nick))
                .andExpect(content().string(containsString("1 seguidores")))
                .andExpect(content().string(not(containsString("Persona que sigue"))));
        mvc.perform(post("/personas/" + nick + "/seguir")).andExpect(status().isForbidden()); // no CSRF token

        propose(author, open, "Alumbrado en el barrio de Analco");
        assertThat(notices.newest(fan.getId())).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NoticeKind.FOLLOWED_PERSON);
            assertThat(n.title()).isEqualTo("Alumbrado en el barrio de Analco");
        });

        mvc.perform(post("/personas/" + nick + "/dejar-de-seguir").with(details.signedIn(fan)).with(csrf()));
        int had = notices.newest(fan.getId()).size();
        propose(author, open, "Bebederos en el parque Guadiana");
        assertThat(notices.newest(fan.getId())).hasSize(had);
    }

    @Test
    void followingACallCountsFollowersOnItsPage() throws Exception {
        CocreationFixtures.Open open = CocreationFixtures.openCall(secretariat, plans, cocreation, 10);
        Account fan = TestAccounts.person(accounts, "Sigue convocatorias");
        String before = followChanges.recentMark().version(); // as the kept readers' pages see it (ADR 0070)
        mvc.perform(post("/seguir").with(details.signedIn(fan)).with(csrf()).param("kind", "call")
                        .param("id", open.call().getSlug()))
                .andExpect(redirectedUrl("/convocatorias/" + open.call().getSlug()));
        assertThat(community.itemFollowers("call", open.call().getSlug())).isEqualTo(1);
        assertThat(followChanges.recentMark().version()).as("a follow on this node shows on its readers' next page")
                .isNotEqualTo(before);
        mvc.perform(post("/seguir").with(details.signedIn(fan)).with(csrf()).param("kind", "call")
                .param("id", "no-existe")).andExpect(status().isNotFound());
        mvc.perform(get("/cuenta/notificaciones").with(details.signedIn(fan)))
                .andExpect(content().string(containsString("Convocatoria de prueba")));
    }

    @Test
    void anAuthorAppealsOnceAndAnotherModeratorDecidesInPublicWithoutTheTextOrTheAuthor() throws Exception {
        CocreationFixtures.Open open = CocreationFixtures.openCall(secretariat, plans, cocreation, 10);
        Account author = TestAccounts.person(accounts, "Autora del comentario");
        Account hider = CocreationFixtures.coordinator(accounts, open, "Coordinadora que oculta");
        Account reviewer = CocreationFixtures.coordinator(accounts, open, "Coordinador que revisa");
        Proposal proposal = propose(TestAccounts.person(accounts, "Proponente"), open, "Mercado sobre ruedas");
        org.apertura.comments.DiscussionComment hidden = CocreationFixtures.hidden(actingAs, discussions, proposal, author,
                "El mercado debe quedarse en la calle Constitución, frente al número 112.", hider,
                "Parece dar una dirección particular.").comment();
        assertThat(notices.newest(author.getId())).anySatisfy(n -> assertThat(n.kind()).isEqualTo(NoticeKind.MODERATION));

        String kind = "discussion-comment";
        String id = String.valueOf(hidden.getId());
        mvc.perform(post("/cuenta/apelaciones").with(details.signedIn(author)).with(csrf()).param("kind", kind)
                .param("id", id).param("reason", " ")).andExpect(flash().attribute("problem",
                "community.validation.appealReason"));
        mvc.perform(post("/cuenta/apelaciones").with(details.signedIn(reviewer)).with(csrf()).param("kind", kind)
                .param("id", id).param("reason", "No es mío pero quiero apelar.")).andExpect(status().isForbidden());
        mvc.perform(post("/cuenta/apelaciones").with(details.signedIn(author)).with(csrf()).param("kind", kind)
                        .param("id", id).param("reason", "Es la dirección del mercado, un lugar público."))
                .andExpect(redirectedUrl("/cuenta/apelaciones"));
        mvc.perform(post("/cuenta/apelaciones").with(details.signedIn(author)).with(csrf()).param("kind", kind)
                .param("id", id).param("reason", "Otra vez.")).andExpect(status().isForbidden());

        // the one who hid it does not see it to decide; the other coordinator does
        mvc.perform(get("/moderacion/apelaciones").with(details.signedIn(hider)))
                .andExpect(content().string(containsString("No hay apelaciones por decidir")));
        mvc.perform(get("/moderacion/apelaciones").with(details.signedIn(reviewer)))
                .andExpect(content().string(containsString("Es la dirección del mercado, un lugar público.")));
        long[] appeal = new long[1];
        actingAs.run(author.getId(), () -> appeal[0] = community.myHidden().get(0).appeal().orElseThrow().id());
        long appealId = appeal[0];
        mvc.perform(post("/moderacion/apelaciones/" + appealId).with(details.signedIn(hider)).with(csrf())
                .param("restore", "true").param("decisionReason", "Me equivoqué.")).andExpect(status().isForbidden());
        mvc.perform(post("/moderacion/apelaciones/" + appealId).with(details.signedIn(reviewer)).with(csrf())
                        .param("restore", "true").param("decisionReason", ""))
                .andExpect(flash().attribute("problem", "community.validation.decisionReason"));
        mvc.perform(post("/moderacion/apelaciones/" + appealId).with(details.signedIn(reviewer)).with(csrf())
                        .param("restore", "true").param("decisionReason", "Es un lugar público, no un domicilio."))
                .andExpect(redirectedUrl("/moderacion/apelaciones"));
        mvc.perform(get("/propuestas/" + proposal.getId()))
                .andExpect(content().string(containsString("frente al número 112")));

        List<LedgerEntry> entries = ledger.subjectAfter("moderation-appeal", String.valueOf(appealId), 0, 10);
        assertThat(entries).extracting(LedgerEntry::getType)
                .containsExactly("community.appeal.filed", "community.appeal.decided");
        assertThat(entries).allSatisfy(e -> assertThat(e.getPayload()).doesNotContain("Autora del comentario")
                .doesNotContain("Es la dirección del mercado")
                .doesNotContain("número 112"));
        assertThat(notices.newest(author.getId())).anySatisfy(n -> assertThat(n.kind()).isEqualTo(NoticeKind.APPEAL));
    }

    @Test
    void aNewsletterGoesOnceToThoseWhoOptedInAndItsLinkUnsubscribesWithoutSigningIn() throws Exception {
        Account editor = TestAccounts.person(accounts, "Coordinación del boletín");
        String body = org.apertura.actionplan.PlanFixturesAccess.secretariatWithAgreements(secretariat);
        SystemActor.run(() -> accounts.grant(editor.getId(), Role.COORDINATOR, body, null));
        Account reader = TestAccounts.person(accounts, "Lectora del boletín");
        Account notSubscribed = TestAccounts.person(accounts, "Sin boletín");
        actingAs.run(reader.getId(), () -> community.choose(null, false, true));

        mvc.perform(get("/boletin/redactar").with(details.signedIn(reader))).andExpect(status().isForbidden());
        mvc.perform(post("/boletin").with(details.signedIn(editor)).with(csrf()).param("subjectEs", "Hola"))
                .andExpect(flash().attribute("problem", "community.validation.newsletterField"));
        String location = mvc.perform(post("/boletin").with(details.signedIn(editor)).with(csrf())
                        .param("subjectEs", "Boletín de diciembre").param("bodyEs", "Abrió la convocatoria.")
                        .param("subjectEn", "December newsletter").param("bodyEn", "The call is open."))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(details.signedIn(editor)))
                .andExpect(content().string(containsString("Vista previa: Boletín de diciembre")))
                .andExpect(content().string(containsString("The call is open.")));
        mvc.perform(post(location + "/enviar").with(details.signedIn(editor)).with(csrf()))
                .andExpect(flash().attribute("notice", "community.notice.sent"));
        mvc.perform(post(location + "/enviar").with(details.signedIn(editor)).with(csrf()))
                .andExpect(flash().attribute("problem", "community.validation.sentOnce"));

        List<OutboxMail> got = outbox.messagesTo(reader.getEmail());
        assertThat(got).filteredOn(m -> m.getSubject().contains("Boletín de diciembre")).hasSize(1);
        assertThat(outbox.messagesTo(notSubscribed.getEmail())).noneMatch(m -> m.getSubject().contains("diciembre"));
        String mail = got.get(got.size() - 1).getBody();
        String token = mail.substring(mail.indexOf("/boletin/baja?t=") + "/boletin/baja?t=".length()).strip();

        mvc.perform(get("/boletin/baja").param("t", token + "0"))
                .andExpect(content().string(containsString("no es válido")));
        mvc.perform(get("/boletin/baja").param("t", token))
                .andExpect(content().string(containsString("No necesita entrar")));
        mvc.perform(post("/boletin/baja").with(csrf()).param("t", token))
                .andExpect(content().string(containsString("ya no recibirá el boletín")));
        assertThat(community.choices(reader.getId()).newsletter()).isFalse();
        String tampered = (Long.parseLong(token.substring(0, token.indexOf('-'))) + 1) + token.substring(token.indexOf('-'));
        assertThatThrownBy(() -> community.unsubscribe(tampered)).isInstanceOf(InvalidInputException.class);
        assertThat(ledger.subjectAfter("newsletter", location.substring(location.lastIndexOf('/') + 1), 0, 5))
                .singleElement().satisfies(e -> assertThat(e.getPayload()).contains("\"recipients\":")
                        .doesNotContain(reader.getEmail()));
    }
}
