package org.apertura.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Locale;
import org.apertura.IntegrationTest;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.TestAccounts;
import org.apertura.platform.mail.Outbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With SMTP configured, the outbox delivers real e-mail to a real (local) mail server. The server listens on a free
 * port, so that two runs of the suite on one machine (CI runs H2 and PostgreSQL at once) never meet.
 */
@IntegrationTest
class MailOutboxSmtpTest {

    private static final int SMTP_PORT = freePort();

    @RegisterExtension
    static GreenMailExtension mailServer = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SMTP_PORT);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired
    AccountService accounts;
    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void aPasswordResetArrivesByEmailInTheRequestersLanguage() throws Exception {
        Account account = TestAccounts.person(accounts, "Hilda");
        accounts.requestPasswordReset(account.getEmail(), Locale.ENGLISH);
        Outbox.deliverTo(context, account.getEmail()); // the test context runs no scheduled job
        assertThat(mailServer.waitForIncomingEmail(15_000, 1)).as("an e-mail arrived").isTrue();
        // this person's mail is the one looked at (a node started by another test may have sent others)
        MimeMessage message = java.util.Arrays.stream(mailServer.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(account.getEmail());
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow();
        assertThat(message.getSubject()).isEqualTo("Apertura: choose a new password");
        assertThat(GreenMailUtil.getBody(message)).contains("Hello Hilda", "/recuperar/");
    }
}
