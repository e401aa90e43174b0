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

    /** Runs the outbox's delivery until every mail to {@code recipient} is sent (mails queued before it go too). */
    public static void deliverTo(ApplicationContext context, String recipient) {
        OutboxSender sender = context.getBean(OutboxSender.class);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        for (int round = 0; round < 1000 && jdbc.queryForObject(
                "SELECT COUNT(*) FROM mail_outbox WHERE recipient = ? AND sent_at IS NULL", Integer.class, recipient) > 0;
                round++) {
            sender.deliverPending();
        }
    }
}
