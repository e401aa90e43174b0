package org.apertura.platform.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.apertura.platform.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where modules hand over e-mail. The message is stored in the caller's transaction, so it is sent if
 * and only if the change that caused it commits; {@link OutboxSender} delivers it.
 */
@Service
public class MailOutbox {

    private final OutboxMailRepository repository;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    private final org.springframework.beans.factory.ObjectProvider<org.apertura.platform.security.AuditTrail> audit;

    MailOutbox(OutboxMailRepository repository, JdbcTemplate jdbc, Clock clock,
            org.springframework.beans.factory.ObjectProvider<org.apertura.platform.security.AuditTrail> audit) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(String recipient, String subject, String body) {
        repository.save(new OutboxMail(recipient, subject, body, Instant.now(clock)));
    }

    /** A mail to queue with others ({@link #enqueueAll}). */
    public record Mail(String recipient, String subject, String body) {
    }

    /**
     * Queues many mails at once, in the caller's transaction as {@link #enqueue}: with one {@code COPY} on PostgreSQL,
     * in JDBC batches of 500 elsewhere (H2), rather than one INSERT per mail: a calendar change tells thousands of
     * requesters at once.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueueAll(List<Mail> mails) {
        if (mails.isEmpty()) {
            return;
        }
        if (postgres()) {
            // one COPY, cheaper for PostgreSQL than multi-row INSERTs (docs/adr/0091)
            String created = Instant.now(clock).toString();
            java.io.ByteArrayOutputStream csv = new java.io.ByteArrayOutputStream(mails.size() * 600);
            for (Mail mail : mails) {
                org.apertura.platform.PostgresCopy.appendRow(csv, new Object[] {mail.recipient(), mail.subject(),
                    mail.body(), created, 0});
            }
            org.apertura.platform.PostgresCopy.copy(jdbc, "mail_outbox", COPIED,
                    new java.io.ByteArrayInputStream(csv.toByteArray()));
            return;
        }
        Timestamp now = Timestamp.from(Instant.now(clock));
        jdbc.batchUpdate("INSERT INTO mail_outbox (recipient, subject, body, created_at, attempts) VALUES (?, ?, ?, ?, 0)",
                mails, 500, (insert, mail) -> {
                    insert.setString(1, mail.recipient());
                    insert.setString(2, mail.subject());
                    insert.setString(3, mail.body());
                    insert.setTimestamp(4, now);
                });
    }

    private static final List<String> COPIED = List.of("recipient", "subject", "body", "created_at", "attempts");
    private volatile Boolean postgres;

    private boolean postgres() {
        if (postgres == null) {
            postgres = org.apertura.platform.PostgresCopy.available(jdbc);
        }
        return postgres;
    }

    /** The outbox, newest first, a page at a time (administrators only: it holds private addresses). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Page<OutboxMail> newestFirst(int page, int size) {
        return repository.findAllByOrderByIdDesc(PageRequest.of(page, size));
    }

    /** One message with its body (administrators only; each reading is in the staff audit log: it holds personal data). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public OutboxMail message(Long id) {
        OutboxMail mail = repository.findById(id).orElseThrow(() -> new NotFoundException("mail " + id));
        audit.ifAvailable(a -> a.record(org.apertura.platform.security.AuditAction.PRIVATE_DATA_EXPORTED, null,
                "outbox message " + id));
        return mail;
    }

    /** Every message ever queued for a recipient, oldest first (for the account owner and tests). */
    @Transactional(readOnly = true)
    public List<OutboxMail> messagesTo(String recipient) {
        return repository.findByRecipientOrderByIdAsc(recipient);
    }
}
