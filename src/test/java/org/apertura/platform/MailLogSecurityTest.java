package org.apertura.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.Locale;
import java.util.UUID;
import org.apertura.IntegrationTest;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.apertura.identity.TestAccounts;
import org.apertura.platform.mail.MailOutbox;
import org.apertura.platform.mail.OutboxMail;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * With no SMTP server, mail used to be written whole to the log: requesters' addresses, follow-up keys,
 * reset links. Now the log names only the message's id, and administrators read the outbox at
 * {@code /admin/correo} (recipient and subject in the list, the body only on the message's own page).
 */
@IntegrationTest
class MailLogSecurityTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsAccess details;
    @Autowired
    MailOutbox outbox;
    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void aMailWithoutSmtpLeavesNoRecipientOrBodyInTheLogAndOnlyAdministratorsReadIt() throws Exception {
        Logger log = (Logger) LoggerFactory.getLogger("org.apertura.platform.mail.OutboxSender");
        Level level = log.getLevel();
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        log.addAppender(lines);
        log.setLevel(Level.DEBUG);
        try {
            String marker = "buzon-" + UUID.randomUUID().toString().substring(0, 8);
            Account person = accounts.signUp(marker + "@ejemplo.mx", TestAccounts.PASSWORD, "Persona " + marker.substring(6));
            accounts.requestPasswordReset(person.getEmail(), Locale.forLanguageTag("es-MX"));
            OutboxMail mail = outbox.messagesTo(person.getEmail()).get(0);
            org.apertura.platform.mail.Outbox.deliverTo(context, person.getEmail()); // no scheduled job in tests
            assertThat(outbox.messagesTo(person.getEmail()).get(0).getSentAt()).as("delivered without SMTP").isNotNull();
            String link = mail.getBody().substring(mail.getBody().indexOf("/recuperar/"), mail.getBody().indexOf("/recuperar/") + 40);
            assertThat(lines.list).isNotEmpty();
            for (ILoggingEvent line : lines.list) {
                assertThat(line.getFormattedMessage()).doesNotContain(marker).doesNotContain(link)
                        .doesNotContain(mail.getSubject());
            }
            assertThat(lines.list).anyMatch(line -> line.getFormattedMessage().contains(mail.getId().toString()));

            Account admin = TestAccounts.admin(accounts);
            mvc.perform(get("/admin").with(details.signedIn(admin))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("/admin/correo")));
            mvc.perform(get("/admin/correo").with(details.signedIn(admin))).andExpect(status().isOk())
                    .andExpect(content().string(containsString(person.getEmail())))
                    .andExpect(content().string(containsString(mail.getSubject())))
                    .andExpect(content().string(containsString("/admin/correo/" + mail.getId())))
                    .andExpect(content().string(not(containsString(link))));
            mvc.perform(get("/admin/correo").param("pagina", "2147483647").with(details.signedIn(admin)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Esa página no existe: le mostramos la última")));
            mvc.perform(get("/admin/correo/" + mail.getId()).with(details.signedIn(admin))).andExpect(status().isOk())
                    .andExpect(content().string(containsString(link)));
            mvc.perform(get("/admin/correo/" + mail.getId()).param("lang", "en").with(details.signedIn(admin)))
                    .andExpect(status().isOk()).andExpect(content().string(containsString("Back to outgoing mail")));
            // each reading of a message's body is in the staff audit log, with the administrator who read it
            org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action ="
                    + " 'PRIVATE_DATA_EXPORTED' AND actor_account_id = ? AND detail = ?", Integer.class, admin.getId(),
                    "outbox message " + mail.getId())).isEqualTo(2);

            Account someone = TestAccounts.person(accounts, "Sin rol");
            mvc.perform(get("/admin/correo").with(details.signedIn(someone))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/correo/" + mail.getId()).with(details.signedIn(someone))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/correo/" + mail.getId())).andExpect(status().is3xxRedirection());
            // the service checks the role again, whatever the entry point
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> outbox.message(mail.getId())).isInstanceOfAny(
                    org.springframework.security.core.AuthenticationException.class,
                    org.springframework.security.access.AccessDeniedException.class);
        } finally {
            log.detachAppender(lines);
            log.setLevel(level);
        }
    }
}
