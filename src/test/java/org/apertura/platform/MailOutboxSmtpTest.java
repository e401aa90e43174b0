package org.apertura.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.Locale;
import org.apertura.IntegrationTest;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** With SMTP configured, the outbox delivers real e-mail to a real (local) mail server. */
@IntegrationTest
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025"})
class MailOutboxSmtpTest {

    @RegisterExtension
    static GreenMailExtension mailServer = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    AccountService accounts;

    @Test
    void aPasswordResetArrivesByEmailInTheRequestersLanguage() throws Exception {
        Account account = TestAccounts.person(accounts, "Hilda");
        accounts.requestPasswordReset(account.getEmail(), Locale.ENGLISH);
        assertThat(mailServer.waitForIncomingEmail(15_000, 1)).as("an e-mail arrived").isTrue();
        MimeMessage message = mailServer.getReceivedMessagesForDomain("ejemplo.mx")[0];
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo(account.getEmail());
        assertThat(message.getSubject()).isEqualTo("Apertura: choose a new password");
        assertThat(GreenMailUtil.getBody(message)).contains("Hello Hilda", "/recuperar/");
    }
}
