package org.apertura.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apertura.IntegrationTest;
import org.apertura.platform.ClusterLocks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox on the real database with several senders at once (as several nodes run it): every mail goes out
 * exactly once, and a failed one waits longer before each new attempt.
 */
@IntegrationTest
class OutboxClaimTest {

    @Autowired
    MailOutbox outbox;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Clock clock;
    @Autowired
    ClusterLocks locks;
    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void mailsQueuedInOneBatchAreStoredAsOneByOneAndSentLikeThem() {
        String batch = "lote-" + UUID.randomUUID().toString().substring(0, 8);
        Instant before = clock.instant().minusSeconds(1);
        Recording sent = new Recording();
        // while holding the scheduled sender's lock, as the other tests here: a context another test started with a
        // mail server of its own (MailOutboxSmtpTest) was seen running the scheduled sender on this database
        assertThat(withTheSendersLock(() -> {
            transactions.executeWithoutResult(s -> outbox.enqueueAll(java.util.stream.IntStream.range(0, 3)
                    .mapToObj(i -> new MailOutbox.Mail(batch + "-" + i + "@ejemplo.mx", "Lote " + i, "Cuerpo " + i))
                    .toList()));
            for (int i = 0; i < 3; i++) {
                int n = i;
                assertThat(outbox.messagesTo(batch + "-" + i + "@ejemplo.mx")).singleElement().satisfies(m -> {
                    assertThat(m.getSubject()).isEqualTo("Lote " + n);
                    assertThat(m.getBody()).isEqualTo("Cuerpo " + n);
                    assertThat(m.getCreatedAt()).isAfter(before);
                    assertThat(m.getSentAt()).isNull();
                });
            }
            sender(sent).deliverEach(jdbc.queryForList("SELECT id FROM mail_outbox WHERE recipient LIKE ? ORDER BY id",
                    Long.class, batch + "-%"));
        })).contains(true);
        assertThat(sent.recipients).containsExactly(batch + "-0@ejemplo.mx", batch + "-1@ejemplo.mx",
                batch + "-2@ejemplo.mx");
    }

    @Test
    void theSharedTestContextRunsNoScheduledJob() {
        // apertura.scheduling.enabled=false (application-test.properties): no job writes between two reads of a test.
        // Asked by type, not by the processor's bean name (Spring renamed it, and a check by the old name passed while
        // an auto-configuration's @EnableScheduling, Spring Modulith Moments', ran every job in every test context)
        assertThat(context.getBeanNamesForType(
                org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor.class, true, false))
                .as("no @EnableScheduling anywhere in the test context").isEmpty();
    }

    @Test
    void twoSendersRacingOverOneOutboxSendEveryMailExactlyOnce() {
        String batch = "race-" + UUID.randomUUID().toString().substring(0, 8);
        Recording first = new Recording();
        Recording second = new Recording();
        OutboxSender one = sender(first);
        OutboxSender two = sender(second);
        // the application's own scheduled sender waits while this runs: only the two racers send
        assertThat(withTheSendersLock(() -> {
            transactions.executeWithoutResult(s -> {
                for (int i = 0; i < 120; i++) {
                    outbox.enqueue(batch + "-" + i + "@ejemplo.mx", "Carrera " + i, "Cuerpo " + i);
                }
            });
            CompletableFuture<Void> a = CompletableFuture.runAsync(() -> drain(one, batch));
            CompletableFuture<Void> b = CompletableFuture.runAsync(() -> drain(two, batch));
            CompletableFuture.allOf(a, b).join();
        })).contains(true);

        List<String> sent = new ArrayList<>();
        first.recipients.stream().filter(r -> r.startsWith(batch)).forEach(sent::add);
        second.recipients.stream().filter(r -> r.startsWith(batch)).forEach(sent::add);
        assertThat(sent).hasSize(120).doesNotHaveDuplicates();
        assertThat(first.recipients).as("both senders took part").isNotEmpty();
        assertThat(second.recipients).as("both senders took part").isNotEmpty();
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT attempts, sent_at, claimed_until FROM mail_outbox WHERE recipient LIKE ?", batch + "-%");
        assertThat(rows).hasSize(120).allSatisfy(row -> {
            assertThat(((Number) row.get("attempts")).intValue()).isEqualTo(1);
            assertThat(row.get("sent_at")).isNotNull();
            assertThat(row.get("claimed_until")).isNull();
        });
    }

    @Test
    void aFailedMailWaitsLongerBeforeEachNewAttempt() {
        String recipient = "falla-" + UUID.randomUUID().toString().substring(0, 8) + "@ejemplo.mx";
        Recording failing = new Recording();
        failing.fail = true;
        OutboxSender sender = sender(failing);
        Instant before = clock.instant();
        withTheSendersLock(() -> {
            transactions.executeWithoutResult(s -> outbox.enqueue(recipient, "Asunto", "Cuerpo"));
            sender.deliverPending();
            sender.deliverPending(); // at once again: the mail is waiting, not retried
        });
        assertThat(failing.recipients).containsOnlyOnce(recipient);
        Map<String, Object> row = jdbc.queryForMap(
                "SELECT attempts, sent_at, last_error, next_attempt_at FROM mail_outbox WHERE recipient = ?", recipient);
        assertThat(((Number) row.get("attempts")).intValue()).isEqualTo(1);
        assertThat(row.get("sent_at")).isNull();
        assertThat(row.get("last_error")).isEqualTo("servidor caído");
        Instant next = jdbc.queryForObject("SELECT next_attempt_at FROM mail_outbox WHERE recipient = ?",
                java.sql.Timestamp.class, recipient).toInstant();
        assertThat(next).isAfterOrEqualTo(before.plusSeconds(30));
        assertThat(OutboxSender.backOff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(OutboxSender.backOff(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(OutboxSender.backOff(4)).isEqualTo(Duration.ofMinutes(4));
        assertThat(OutboxSender.backOff(20)).isEqualTo(Duration.ofHours(1));
        jdbc.update("UPDATE mail_outbox SET attempts = ? WHERE recipient = ?", OutboxSender.MAX_ATTEMPTS, recipient);
    }

    /**
     * Runs while holding the lock of the application's own scheduled sender, so only this test's senders send (the
     * shared test context runs no scheduled job, but a node started by another test may hold it for a moment), so
     * this waits for its turn.
     */
    private java.util.Optional<Boolean> withTheSendersLock(Runnable work) {
        for (int attempt = 0; attempt < 300; attempt++) {
            java.util.Optional<Boolean> ran = locks.runOnce("OutboxSender.deliverPending", work);
            if (ran.isPresent()) {
                return ran;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return java.util.Optional.empty();
    }

    private void drain(OutboxSender sender, String batch) {
        while (jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE recipient LIKE ? AND sent_at IS NULL",
                Integer.class, batch + "-%") > 0) {
            sender.deliverPending();
        }
    }

    private OutboxSender sender(JavaMailSender mail) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("mail", mail);
        return new OutboxSender(jdbc, beans.getBeanProvider(JavaMailSender.class), clock, "no-responder@apertura.local",
                Duration.ofMinutes(5));
    }

    /** A mail server that notes each recipient (slowly enough for the senders to overlap), or fails. */
    private static final class Recording extends JavaMailSenderImpl {

        final List<String> recipients = Collections.synchronizedList(new ArrayList<>());
        volatile boolean fail;

        @Override
        public void send(MimeMessage message) {
            try {
                for (Address address : message.getAllRecipients()) {
                    recipients.add(address.toString());
                }
                Thread.sleep(2);
            } catch (MessagingException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
            if (fail) {
                throw new MailSendException("servidor caído");
            }
        }
    }
}
