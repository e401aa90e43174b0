package org.apertura.identity;

import static org.apertura.identity.TestCsrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apertura.IntegrationTest;
import org.apertura.platform.mail.MailOutbox;
import org.apertura.platform.mail.OutboxMail;
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
}
