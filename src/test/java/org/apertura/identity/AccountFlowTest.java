package org.apertura.identity;

import org.apertura.platform.security.Role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.apertura.identity.TestCsrf.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apertura.IntegrationTest;
import org.apertura.platform.mail.MailOutbox;
import org.apertura.platform.mail.OutboxMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;
import org.junit.jupiter.api.extension.ExtendWith;

/** Accounts as people use them: sign-up, sign-in, sign-in delays, password reset by e-mail, API tokens. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class AccountFlowTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    MailOutbox outbox;
    @Autowired
    AdminBootstrap bootstrap;

    @Test
    void signUpThenSignInWithThePseudonymShown() throws Exception {
        String email = TestAccounts.uniqueEmail("ana");
        mvc.perform(post("/registro").with(csrf()).param("email", email.toUpperCase())
                        .param("displayName", "La Vecina Ana").param("password", TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/entrar?registro"));
        assertThat(accounts.byEmail(email)).isEmpty();
        assertThat(outbox.messagesTo(email)).extracting(OutboxMail::getSubject)
                .containsExactly("Apertura: confirme su correo para crear su cuenta");
        // the link shows a button (mail scanners open links without creating anything), which creates the account
        String link = TestMailLinks.link(outbox.messagesTo(email).get(0).getBody(), "/registro/confirmar/");
        mvc.perform(get(link)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Confirmar mi correo y crear mi cuenta")));
        assertThat(accounts.byEmail(email)).isEmpty();
        mvc.perform(post(link).with(csrf())).andExpect(redirectedUrl("/entrar?confirmada"));
        assertThat(accounts.byEmail(email)).get().extracting(Account::getDisplayName).isEqualTo("La Vecina Ana");
        mvc.perform(post(link).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Este enlace ya no sirve")));
        mvc.perform(TestCsrf.signIn(email, TestAccounts.PASSWORD))
                .andExpect(authenticated())
                .andExpect(redirectedUrl("/cuenta"));
    }

    @Test
    void signUpRefusesBadInputFieldByFieldAndCreatesNothing() throws Exception {
        String email = TestAccounts.uniqueEmail("beto");
        mvc.perform(post("/registro").with(csrf()).param("email", "no-es-correo")
                        .param("displayName", email).param("password", "corta"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Escriba un correo electrónico válido")))
                .andExpect(content().string(containsString("La contraseña debe tener entre 10 y 128 caracteres.")))
                .andExpect(content().string(containsString("El nombre público no puede ser un correo")));
        mvc.perform(post("/registro").with(csrf()).param("email", email)
                        .param("displayName", "Beto").param("password", "1234567890"))
                .andExpect(content().string(containsString("Esa contraseña es muy fácil de adivinar.")));
        assertThat(accounts.byEmail(email)).isEmpty();
    }

    /** Used to answer "an account with that e-mail already exists"; now the same as a new sign-up. */
    @Test
    void theSameEmailCannotOpenTwoAccountsAndTheAnswerDoesNotSaySo() throws Exception {
        Account first = TestAccounts.person(accounts, "Primera");
        mvc.perform(post("/registro").with(csrf()).param("email", first.getEmail())
                        .param("displayName", "Segunda").param("password", TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/entrar?registro"));
        assertThat(accounts.get(first.getId()).getDisplayName()).isEqualTo("Primera");
        assertThat(outbox.messagesTo(first.getEmail())).hasSize(1);
    }

    /** Used to lock the account for 15 minutes after five failures; now the sixth makes the next one wait. */
    @Test
    void repeatedFailedSignInsMakeTheNextAttemptWaitEvenForTheRightPassword() throws Exception {
        Account account = TestAccounts.person(accounts, "Carla");
        for (int i = 0; i < 5; i++) {
            mvc.perform(TestCsrf.signIn(account.getEmail(), "equivocada " + i))
                    .andExpect(unauthenticated())
                    .andExpect(redirectedUrl("/entrar?error"));
        }
        mvc.perform(TestCsrf.signIn(account.getEmail(), "equivocada 5"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/entrar?espera=30"));
        mvc.perform(TestCsrf.signIn(account.getEmail(), TestAccounts.PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).startsWith("/entrar?espera="));
        mvc.perform(get("/entrar").param("espera", "30"))
                .andExpect(content().string(containsString("espere 30 segundos")));
    }

    @Test
    void passwordResetByEmailLinkWorksOnceAndLiftsTheDelay() throws Exception {
        Account account = TestAccounts.person(accounts, "Dora");
        for (int i = 0; i < 6; i++) {
            mvc.perform(TestCsrf.signIn(account.getEmail(), "mala " + i));
        }
        mvc.perform(post("/recuperar").with(csrf()).param("email", account.getEmail()))
                .andExpect(redirectedUrl("/recuperar"));
        mvc.perform(post("/recuperar").with(csrf()).param("email", "nadie@ejemplo.mx"))
                .andExpect(redirectedUrl("/recuperar"));
        List<OutboxMail> mails = outbox.messagesTo(account.getEmail());
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("Apertura: elegir una contraseña nueva");
        assertThat(outbox.messagesTo("nadie@ejemplo.mx")).isEmpty();
        Matcher link = Pattern.compile("/recuperar/([A-Za-z0-9_-]{20,})").matcher(mails.get(0).getBody());
        assertThat(link.find()).isTrue();
        String path = link.group();

        mvc.perform(get(path)).andExpect(status().isOk()).andExpect(content().string(containsString("Contraseña nueva")));
        mvc.perform(post(path).with(csrf()).param("newPassword", "corta"))
                .andExpect(content().string(containsString("entre 10 y 128")));
        mvc.perform(post(path).with(csrf()).param("newPassword", "otra frase muy distinta"))
                .andExpect(redirectedUrl("/entrar?restablecida"));
        mvc.perform(TestCsrf.signIn(account.getEmail(), "otra frase muy distinta"))
                .andExpect(authenticated());
        mvc.perform(post(path).with(csrf()).param("newPassword", "una tercera frase larga"))
                .andExpect(content().string(containsString("Este enlace ya no sirve")));
    }

    @Test
    void aPersonalTokenWorksUntilRevokedAndIsStoredOnlyAsAHash() throws Exception {
        Account account = TestAccounts.person(accounts, "Elena");
        AccountService.NewToken token = accounts.createToken(account.getId(), "tablero");
        assertThat(token.secret()).startsWith("apt_").hasSizeGreaterThan(40);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.secret()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.displayName").value("Elena"))
                .andExpect(jsonPath("$.roles.length()").value(0));
        mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized());
        accounts.revokeToken(account.getId(), token.token().getId());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.secret()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theApiIgnoresTheBrowserSession() throws Exception {
        Account account = TestAccounts.person(accounts, "Fer");
        var session = mvc.perform(TestCsrf.signIn(account.getEmail(), TestAccounts.PASSWORD)).andReturn().getRequest().getSession();
        mvc.perform(get("/api/v1/me").session((org.springframework.mock.web.MockHttpSession) session))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void signOutEndsTheSession() throws Exception {
        Account account = TestAccounts.person(accounts, "Gabo");
        var session = (org.springframework.mock.web.MockHttpSession) mvc.perform(TestCsrf.signIn(account.getEmail(), TestAccounts.PASSWORD))
                .andReturn().getRequest().getSession();
        mvc.perform(get("/cuenta").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Gabo")));
        mvc.perform(post("/salir").session(session).with(csrf())).andExpect(redirectedUrl("/?salida"))
                .andExpect(cookie().maxAge("APERTURA_SESSION", 0));
        mvc.perform(get("/cuenta").session(session)).andExpect(redirectedUrl("/entrar"));
    }

    @Test
    void aOneTimePasswordMustBeChangedBeforeAnythingElse() throws Exception {
        String email = TestAccounts.uniqueEmail("nueva-admin");
        accounts.bootstrapAdministrator(email, "contrasena de un solo uso");
        var session = (org.springframework.mock.web.MockHttpSession) mvc.perform(TestCsrf.signIn(email, "contrasena de un solo uso"))
                .andExpect(redirectedUrl("/entrar/codigo"))
                .andReturn().getRequest().getSession();
        // an administrator first sets up the second step of signing in, then changes the one-time password
        mvc.perform(get("/admin").session(session)).andExpect(redirectedUrl("/entrar/codigo"));
        TestTwoStep.scan(email, mvc.perform(get("/cuenta/dos-pasos/activar").session(session))
                .andReturn().getResponse().getContentAsString());
        mvc.perform(post("/cuenta/dos-pasos/activar").session(session).with(csrf()).param("code", TestTwoStep.code(email)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("recovery-codes")));
        mvc.perform(get("/admin").session(session)).andExpect(redirectedUrl("/cuenta/contrasena"));
        mvc.perform(get("/jurisdicciones").session(session)).andExpect(redirectedUrl("/cuenta/contrasena"));
        mvc.perform(post("/cuenta/contrasena").session(session).with(csrf())
                        .param("currentPassword", "contrasena de un solo uso").param("newPassword", "mi propia frase secreta"))
                .andExpect(redirectedUrl("/cuenta"));
        mvc.perform(get("/admin").session(session)).andExpect(status().isOk());
        assertThat(accounts.byEmail(email)).get().extracting(Account::isMustChangePassword).isEqualTo(false);
    }

    @Test
    void theFirstAdministratorExistsWithAOneTimePasswordAndIsAnnouncedOnlyOnce(CapturedOutput output) throws Exception {
        Account admin = accounts.byEmail("admin@apertura.local").orElseThrow();
        assertThat(accounts.memberships(admin.getId())).extracting(Membership::getRole).contains(Role.ADMIN);
        assertThat(admin.isMustChangePassword()).isTrue();
        int before = output.getOut().length();
        ApplicationArguments none = new DefaultApplicationArguments();
        bootstrap.run(none);
        assertThat(output.getOut().substring(before)).doesNotContain("One-time password");
    }
}
