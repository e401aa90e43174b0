package org.apertura.platform.mail;

import org.springframework.beans.factory.annotation.Autowired;
import org.apertura.platform.PlatformProperties;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox: through SMTP when {@code spring.mail.host} is configured; otherwise (a local start or
 * a test instance with no mail server) the message stays in the outbox, marked delivered there, and
 * administrators read it at {@code /admin/correo}. The log says only that a message was kept, by its id:
 * never its recipient or body, which may hold a requester's address, a follow-up key or a reset link.
 *
 * <p>Any number of nodes may run it at once. A node first <em>claims</em> a mail (one conditional UPDATE: only one
 * node's succeeds, whatever the database), sends it outside any transaction, then marks it sent. A failed mail waits
 * before its next attempt, 30 s doubling up to an hour ({@link #backOff}), and keeps its error; after five attempts
 * it stays for an administrator. A claim lasts {@code apertura.mail.claim} (5 minutes): a node that dies holding
 * one leaves it to another after that (a mail it had already handed to the SMTP server but not marked would then go
 * again: the one window where a mail may be sent twice, which no outbox without a two-phase commit with the mail
 * server can close).
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    static final int MAX_ATTEMPTS = 5;
    private static final int BATCH = 50;

    private final JdbcTemplate jdbc;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final Clock clock;
    private final String from;
    private final Duration claim;
    private final String node = "node-" + UUID.randomUUID();

    @Autowired
    OutboxSender(JdbcTemplate jdbc, ObjectProvider<JavaMailSender> mailSender, Clock clock,
            PlatformProperties settings) {
        this(jdbc, mailSender, clock, settings.mail().from(), settings.mail().claim());
    }

    OutboxSender(JdbcTemplate jdbc, ObjectProvider<JavaMailSender> mailSender, Clock clock, String from,
            Duration claim) {
        this.jdbc = jdbc;
        this.mailSender = mailSender;
        this.clock = clock;
        this.from = from;
        this.claim = claim;
    }

    @Scheduled(fixedDelayString = "${apertura.mail.poll-interval:PT5S}")
    void deliverPending() {
        Timestamp now = Timestamp.from(clock.instant());
        List<Long> due = jdbc.queryForList("SELECT id FROM mail_outbox WHERE sent_at IS NULL AND attempts < ?"
                + " AND (next_attempt_at IS NULL OR next_attempt_at <= ?) AND (claimed_until IS NULL OR claimed_until < ?)"
                + " ORDER BY id LIMIT " + BATCH, Long.class, MAX_ATTEMPTS, now, now);
        deliverEach(due);
    }

    /** Delivers these mails, each claimed first as by {@link #deliverPending} (a test delivers only its own). */
    void deliverEach(List<Long> ids) {
        for (Long id : ids) {
            if (claim(id)) {
                deliver(id);
            }
        }
    }

    /** Takes one mail for this node: true only for the one node whose update found it unclaimed and unsent. */
    private boolean claim(long id) {
        Instant now = clock.instant();
        return jdbc.update("UPDATE mail_outbox SET claimed_until = ?, claimed_by = ? WHERE id = ? AND sent_at IS NULL"
                + " AND attempts < ? AND (claimed_until IS NULL OR claimed_until < ?)",
                Timestamp.from(now.plus(claim)), node, id, MAX_ATTEMPTS, Timestamp.from(now)) == 1;
    }

    private void deliver(long id) {
        List<String[]> rows = jdbc.query("SELECT recipient, subject, body FROM mail_outbox WHERE id = ?",
                (rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}, id);
        if (rows.isEmpty()) {
            return;
        }
        String[] mail = rows.get(0);
        JavaMailSender sender = mailSender.getIfAvailable();
        try {
            if (sender == null) {
                log.info("Outbox mail {} kept in the outbox (no SMTP configured); administrators read it at /admin/correo", id);
            } else {
                MimeMessage message = sender.createMimeMessage();
                MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
                helper.setFrom(from);
                helper.setTo(mail[0]);
                helper.setSubject(mail[1]);
                helper.setText(mail[2], false);
                sender.send(message);
            }
            jdbc.update("UPDATE mail_outbox SET sent_at = ?, attempts = attempts + 1, last_error = NULL, claimed_until = NULL,"
                    + " next_attempt_at = NULL WHERE id = ? AND claimed_by = ?", Timestamp.from(clock.instant()), id, node);
        } catch (Exception e) {
            log.warn("Could not send outbox mail {}: {}", id, e.getMessage());
            String error = e.getMessage() == null ? "unknown" : e.getMessage();
            int attempts = jdbc.queryForObject("SELECT attempts FROM mail_outbox WHERE id = ?", Integer.class, id) + 1;
            jdbc.update("UPDATE mail_outbox SET attempts = ?, last_error = ?, claimed_until = NULL, next_attempt_at = ?"
                    + " WHERE id = ? AND claimed_by = ?", attempts, error.substring(0, Math.min(error.length(), 1000)),
                    Timestamp.from(clock.instant().plus(backOff(attempts))), id, node);
        }
    }

    /** How long a mail that failed {@code attempts} times waits: 30 s, 1 min, 2 min, … at most an hour. */
    static Duration backOff(int attempts) {
        long seconds = 30L << Math.min(Math.max(attempts - 1, 0), 7);
        return Duration.ofSeconds(Math.min(seconds, 3600));
    }
}
