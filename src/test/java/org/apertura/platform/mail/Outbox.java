package org.apertura.platform.mail;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The outbox's scheduled delivery, run by a test: the shared test context runs no scheduled job
 * ({@code apertura.scheduling.enabled=false}), so a test that needs a mail delivered delivers it.
 */
public final class Outbox {

    private Outbox() {
    }

    /**
     * Delivers the mails to {@code recipient} not yet sent, through the outbox's own sender (claimed, sent or kept,
     * marked), and only those: with no job running, the other tests' mails wait in the outbox, and delivering them all
     * (to a test's SMTP server) would be slow and beside the point.
     */
    public static void deliverTo(ApplicationContext context, String recipient) {
        context.getBean(OutboxSender.class).deliverEach(context.getBean(JdbcTemplate.class).queryForList(
                "SELECT id FROM mail_outbox WHERE recipient = ? AND sent_at IS NULL ORDER BY id", Long.class, recipient));
    }
}
