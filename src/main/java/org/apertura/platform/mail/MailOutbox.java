package org.apertura.platform.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
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
    private final Clock clock;

    MailOutbox(OutboxMailRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(String recipient, String subject, String body) {
        repository.save(new OutboxMail(recipient, subject, body, Instant.now(clock)));
    }

    /** Every message ever queued for a recipient, oldest first (for the account owner and tests). */
    @Transactional(readOnly = true)
    public List<OutboxMail> messagesTo(String recipient) {
        return repository.findByRecipientOrderByIdAsc(recipient);
    }
}
