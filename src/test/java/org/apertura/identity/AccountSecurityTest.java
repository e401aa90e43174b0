package org.apertura.identity;

import org.apertura.platform.security.Role;
import static org.apertura.identity.TestCsrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apertura.IntegrationTest;
import org.apertura.platform.mail.MailOutbox;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.mail.OutboxMail;
import org.apertura.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Accounts against an attacker: reset links that die together, passwords from breach lists and short staff
 * passwords refused, sign-up and sign-in that do not tell whether an account exists, and progressive delays
 * instead of a lock anyone could set off.
 */
@IntegrationTest
class AccountSecurityTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es-MX");

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    MailOutbox outbox;

    private List<String> resetLinks(Account account) {
        return outbox.messagesTo(account.getEmail()).stream().map(OutboxMail::getBody).map(body -> {
            Matcher link = Pattern.compile("/recuperar/([A-Za-z0-9_-]{20,})").matcher(body);
            return link.find() ? link.group(1) : null;
        }).filter(t -> t != null).toList();
    }

    @Test
    void usingOneResetLinkKillsEveryOtherLinkOfTheAccount() throws Exception {
        Account account = TestAccounts.person(accounts, "Irma");
        accounts.requestPasswordReset(account.getEmail(), SPANISH);
        accounts.requestPasswordReset(account.getEmail(), SPANISH);
        accounts.requestPasswordReset(account.getEmail(), SPANISH);
        List<String> links = resetLinks(account);
        assertThat(links).hasSize(3).allMatch(accounts::isResetTokenUsable);

        mvc.perform(post("/recuperar/" + links.get(1)).with(csrf()).param("newPassword", "la segunda frase elegida"))
                .andExpect(redirectedUrl("/entrar?restablecida"));
        assertThat(links).noneMatch(accounts::isResetTokenUsable);
        for (String earlierOrLater : List.of(links.get(0), links.get(2))) {
            mvc.perform(post("/recuperar/" + earlierOrLater).with(csrf()).param("newPassword", "una frase del atacante"))
                    .andExpect(content().string(containsString("Este enlace ya no sirve")));
        }
    }

    @Test
    void changingThePasswordKillsOutstandingResetLinks() {
        Account account = TestAccounts.person(accounts, "Jacinta");
        accounts.requestPasswordReset(account.getEmail(), SPANISH);
        String link = resetLinks(account).get(0);
        accounts.changePassword(account.getId(), TestAccounts.PASSWORD, "mi frase nueva y secreta");
        assertThat(accounts.isResetTokenUsable(link)).isFalse();
    }

    @Test
    void signUpAnswersTheSameWhetherOrNotTheAddressHasAnAccount() throws Exception {
        Account owner = TestAccounts.person(accounts, "Karla");
        String fresh = TestAccounts.uniqueEmail("nueva");
        String taken = mvc.perform(post("/registro").with(csrf()).param("email", owner.getEmail().toUpperCase())
                        .param("displayName", "Impostora").param("password", "otra frase cualquiera"))
                .andExpect(redirectedUrl("/entrar?registro")).andReturn().getResponse().getContentAsString();
        String free = mvc.perform(post("/registro").with(csrf()).param("email", fresh)
                        .param("displayName", "Nueva").param("password", "otra frase cualquiera"))
                .andExpect(redirectedUrl("/entrar?registro")).andReturn().getResponse().getContentAsString();
        assertThat(taken).isEqualTo(free);
        mvc.perform(get("/entrar").param("registro", "")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Le enviamos un correo a esa dirección para continuar")));

        // the owner's account is untouched and the owner is told; the new address got its account and a welcome
        assertThat(accounts.get(owner.getId()).getDisplayName()).isEqualTo("Karla");
        mvc.perform(TestCsrf.signIn(owner.getEmail(), TestAccounts.PASSWORD))
                .andExpect(authenticated());
        assertThat(outbox.messagesTo(owner.getEmail())).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).isEqualTo("Apertura: alguien quiso crear una cuenta con su correo");
            assertThat(mail.getBody()).contains("/entrar").contains("/recuperar").doesNotContain("otra frase");
        });
        // the new address has no account until it confirms: it got the link to do so
        assertThat(accounts.byEmail(fresh)).isEmpty();
        assertThat(outbox.messagesTo(fresh)).singleElement()
                .satisfies(mail -> assertThat(mail.getSubject()).isEqualTo("Apertura: confirme su correo para crear su cuenta"));
    }

    @Test
    void nobodyOpensAnAccountForAnAddressTheyCannotRead() throws Exception {
        String victim = TestAccounts.uniqueEmail("victima");
        // someone signs up with another person's address and a password they know
        mvc.perform(post("/registro").with(csrf()).param("email", victim)
                        .param("displayName", "Impostor").param("password", "la clave del impostor"))
                .andExpect(redirectedUrl("/entrar?registro"));
        // without the link there is no account: signing in with that password answers as any failure
        mvc.perform(TestCsrf.signIn(victim, "la clave del impostor")).andExpect(redirectedUrl("/entrar?error"));
        assertThat(accounts.byEmail(victim)).isEmpty();
        // the owner signs up for real and confirms their own link: the account has their password and name
        mvc.perform(post("/registro").with(csrf()).param("email", victim)
                        .param("displayName", "Dueña").param("password", TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/entrar?registro"));
        String ownLink = TestMailLinks.link(outbox.messagesTo(victim).get(1).getBody(), "/registro/confirmar/");
        mvc.perform(post(ownLink).with(csrf())).andExpect(redirectedUrl("/entrar?confirmada"));
        assertThat(accounts.byEmail(victim)).get().extracting(Account::getDisplayName).isEqualTo("Dueña");
        // the impostor's link, had it reached them, no longer works
        String otherLink = TestMailLinks.link(outbox.messagesTo(victim).get(0).getBody(), "/registro/confirmar/");
        mvc.perform(post(otherLink).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Este enlace ya no sirve")));
        mvc.perform(TestCsrf.signIn(victim, "la clave del impostor")).andExpect(redirectedUrl("/entrar?error"));
        mvc.perform(TestCsrf.signIn(victim, TestAccounts.PASSWORD)).andExpect(authenticated());
    }

    @Test
    void failuresDelayTheNextAttemptsAlikeForAnAccountAndForAnAddressWithoutOne() throws Exception {
        Account account = TestAccounts.person(accounts, "Laura");
        String nobody = TestAccounts.uniqueEmail("nadie");
        for (String email : List.of(account.getEmail(), nobody)) {
            for (int i = 0; i < 5; i++) {
                mvc.perform(TestCsrf.signIn(email, "equivocada " + i))
                        .andExpect(unauthenticated()).andExpect(redirectedUrl("/entrar?error"));
            }
            mvc.perform(TestCsrf.signIn(email, "equivocada otra vez"))
                    .andExpect(unauthenticated()).andExpect(redirectedUrl("/entrar?espera=30"));
        }
        // while waiting, even the right password is refused before it is checked, and the wait does not grow
        mvc.perform(TestCsrf.signIn(account.getEmail(), TestAccounts.PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(result -> assertThat(Integer.parseInt(result.getResponse().getRedirectedUrl()
                        .replaceFirst("^/entrar\\?espera=", ""))).as("seconds left: still waiting, no longer than before")
                        .isBetween(1, 30));
        mvc.perform(get("/entrar").param("espera", "30")).andExpect(status().isOk())
                .andExpect(content().string(containsString("espere 30 segundos antes de volver a intentar")))
                .andExpect(content().string(not(containsString("bloqueada"))));
        mvc.perform(get("/entrar").param("espera", "300").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("wait 5 minutes before trying again")));
        mvc.perform(get("/entrar").param("espera", "<script>")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("espere"))));
        // another account is not affected by someone else's failures
        Account other = TestAccounts.person(accounts, "Mónica");
        mvc.perform(TestCsrf.signIn(other.getEmail(), TestAccounts.PASSWORD))
                .andExpect(authenticated());
    }

    @Test
    void aPasswordFromTheBreachListIsRefused() {
        assertThat(PasswordPolicy.listSize()).isGreaterThanOrEqualTo(PasswordPolicy.LIST_SIZE_AT_LEAST);
        for (String breached : List.of("1qaz2wsx3edc", "Q1W2E3R4T5Y6", "123qweasdzxc", "contraseña123")) {
            assertThat(PasswordPolicy.isCommon(breached)).as(breached).isTrue();
            String email = TestAccounts.uniqueEmail("filtrada");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.register(email, breached, "Filtrada", SPANISH))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                            .anyMatch(p -> p.messageKey().equals("account.error.passwordWeak")));
            assertThat(accounts.byEmail(email)).isEmpty();
        }
        Account person = TestAccounts.person(accounts, "Nora");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> accounts.changePassword(person.getId(), TestAccounts.PASSWORD, "q1w2e3r4t5y6"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(PasswordPolicy.isCommon("una frase bastante larga")).isFalse();
    }

    @Test
    void staffNeedTwelveCharactersWhenTheySetAPasswordAndOthersTen() throws Exception {
        Account person = TestAccounts.person(accounts, "Olga");
        accounts.changePassword(person.getId(), TestAccounts.PASSWORD, "río nazas 1");
        Account staff = TestAccounts.person(accounts, "Pilar");
        SystemActor.run(() -> accounts.grant(staff.getId(), Role.TRANSPARENCY_UNIT, "idaip", null));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> accounts.changePassword(staff.getId(), TestAccounts.PASSWORD, "río nazas 1"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .anyMatch(p -> p.messageKey().equals("account.error.passwordLengthStaff")));
        accounts.changePassword(staff.getId(), TestAccounts.PASSWORD, "río nazas 12");

        accounts.requestPasswordReset(staff.getEmail(), SPANISH);
        String link = resetLinks(staff).get(0);
        mvc.perform(post("/recuperar/" + link).with(csrf()).param("newPassword", "río nazas 3"))
                .andExpect(content().string(containsString(
                        "Como usted tiene un rol en la plataforma, su contraseña debe tener entre 12 y 128 caracteres.")));
        assertThat(accounts.isResetTokenUsable(link)).isTrue();
    }
}
