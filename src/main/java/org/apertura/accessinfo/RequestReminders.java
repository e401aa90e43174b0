package org.apertura.accessinfo;

import org.apertura.platform.RemindersDue;
import org.apertura.platform.Claims;
import org.apertura.platform.time.Today;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.apertura.deadlines.Deadlines;

/**
 * Every morning: clarifications left unanswered lapse (art. 130 ¶3), and the transparency unit is e-mailed
 * once when a request has {@link #DAYS_LEFT} business days left and once when it becomes overdue. A row in
 * {@code request_reminder} (request, kind, due date) claims each e-mail in the same transaction that queues
 * it, so with several nodes exactly one sends it; a due date that moves gets its own reminders.
 */
@Component
public class RequestReminders extends RemindersDue {

    /** Business days left when the unit is reminded (the rule: three). */
    static final int DAYS_LEFT = 3;
    private static final Logger log = LoggerFactory.getLogger(RequestReminders.class);

    private final AccessRequestService service;
    private final AccessRequestRepository requests;
    private final RequestDeadlines deadlines;
    private final RequesterNotices notices;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Today today;

    RequestReminders(AccessRequestService service, AccessRequestRepository requests, RequestDeadlines deadlines,
            RequesterNotices notices, JdbcTemplate jdbc, TransactionTemplate transactions, Today today) {
        super("access-requests");
        this.service = service;
        this.requests = requests;
        this.deadlines = deadlines;
        this.notices = notices;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.today = today;
    }

    @Scheduled(cron = "${apertura.reminders.cron:0 0 8 * * *}", zone = org.apertura.platform.time.Today.ZONE_ID)
    void daily() {
        LocalDate today = service.today();
        int expired = service.expireClarifications(today);
        int sent = remind(today);
        if (expired + sent > 0) {
            log.info("Access requests: {} clarifications lapsed, {} reminders queued", expired, sent);
        }
    }

    /** Queues every reminder due on a day that was not sent yet; returns how many were queued. */
    public int remind(LocalDate today) {
        int sent = 0;
        for (Due due : due(today)) {
            if (claimAndQueue(due.request(), due.kind())) {
                sent++;
            }
        }
        return sent;
    }

    /**
     * How many reminders are due on a day and not sent yet: what the next run would send. For the monitoring
     * ({@code apertura.reminders.due}); above zero for more than a day, the job is not running.
     */
    public long dueUnsent(LocalDate today) {
        return due(today).stream().filter(d -> jdbc.queryForObject("SELECT COUNT(*) FROM request_reminder"
                + " WHERE request_id = ? AND kind = ? AND due_date = ?", Integer.class, d.request().getId(), d.kind(),
                d.request().getDueDate()) == 0).count();
    }

    /** A reminder due on a day for an open request, sent or not. */
    private record Due(AccessRequest request, String kind) {
    }

    private List<Due> due(LocalDate today) {
        List<Due> due = new java.util.ArrayList<>();
        for (AccessRequest r : requests.findByStageIn(List.of(Stage.RECEIVED, Stage.IN_PROCESS, Stage.EXTENDED))) {
            String kind = kindOn(r, today, deadlines.of(r));
            if (kind != null) {
                due.add(new Due(r, kind));
            }
        }
        return due;
    }

    @Override
    protected long dueNow() {
        return dueUnsent(service.today());
    }

    static String kindOn(AccessRequest r, LocalDate today, Deadlines d) {
        if (r.getDueDate() == null) {
            return null;
        }
        if (today.isAfter(r.getDueDate())) {
            return "OVERDUE";
        }
        return d.businessDaysBetween(today, r.getDueDate()) <= DAYS_LEFT ? "DUE_SOON" : null;
    }

    private boolean claimAndQueue(AccessRequest r, String kind) {
        return Claims.once(transactions, () -> {
            jdbc.update("INSERT INTO request_reminder (request_id, kind, due_date, sent_at) VALUES (?, ?, ?, ?)",
                    r.getId(), kind, r.getDueDate(), Timestamp.from(today.now()));
            notices.unit(r, kind.equals("OVERDUE") ? "overdue" : "dueSoon");
            return true;
        });
    }

    /** The reminders sent for a request (for tests and the unit's page). */
    public List<String> sentFor(Long requestId) {
        return jdbc.queryForList("SELECT kind FROM request_reminder WHERE request_id = ? ORDER BY kind", String.class,
                requestId);
    }
}
