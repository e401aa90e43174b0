package org.apertura.platform.mail;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox: through SMTP when {@code spring.mail.host} is configured; otherwise (a local start or
 * a test instance with no mail server) the message stays in the outbox, marked delivered there, and
 * administrators read it at {@code /admin/correo}. The log says only that a message was kept, by its id:
 * never its recipient or body, which may hold a requester's address, a follow-up key or a reset link. A
 * failed message is retried a few times and keeps its error.
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int MAX_ATTEMPTS = 5;

    private final OutboxMailRepository repository;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String from;

    OutboxSender(OutboxMailRepository repository, ObjectProvider<JavaMailSender> mailSender,
            TransactionTemplate transactions, Clock clock, @Value("${apertura.mail.from}") String from) {
        this.repository = repository;
        this.mailSender = mailSender;
        this.transactions = transactions;
        this.clock = clock;
        this.from = from;
    }

    @Scheduled(fixedDelayString = "${apertura.mail.poll-interval:PT5S}")
    void deliverPending() {
        List<OutboxMail> pending = repository.findBySentAtIsNullAndAttemptsLessThanOrderByIdAsc(MAX_ATTEMPTS, Limit.of(50));
        for (OutboxMail mail : pending) {
            transactions.executeWithoutResult(status -> deliver(repository.findById(mail.getId()).orElseThrow()));
        }
    }

    private void deliver(OutboxMail mail) {
        if (mail.getSentAt() != null) {
            return;
        }
        JavaMailSender sender = mailSender.getIfAvailable();
        try {
            if (sender == null) {
                log.info("Outbox mail {} kept in the outbox (no SMTP configured); administrators read it at /admin/correo",
                        mail.getId());
            } else {
                MimeMessage message = sender.createMimeMessage();
                MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
                helper.setFrom(from);
                helper.setTo(mail.getRecipient());
                helper.setSubject(mail.getSubject());
                helper.setText(mail.getBody(), false);
                sender.send(message);
            }
            mail.markSent(Instant.now(clock));
        } catch (Exception e) {
            log.warn("Could not send outbox mail {}: {}", mail.getId(), e.getMessage());
            mail.markFailed(e.getMessage());
        }
    }
}
