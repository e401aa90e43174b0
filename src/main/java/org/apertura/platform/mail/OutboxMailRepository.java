package org.apertura.platform.mail;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of the mail outbox. */
public interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

    List<OutboxMail> findByRecipientOrderByIdAsc(String recipient);

    org.springframework.data.domain.Page<OutboxMail> findAllByOrderByIdDesc(org.springframework.data.domain.Pageable page);
}
