package org.apertura.actionplan;

import org.apertura.platform.RemindersDue;
import org.apertura.platform.Claims;
import org.apertura.platform.time.Today;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apertura.identity.AccountService;
import org.apertura.platform.security.Role;
import org.apertura.platform.PublicUrl;
import org.apertura.platform.mail.MailOutbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds the lead institution's liaisons and the secretariat's coordinator about the milestones of
 * published plans: once when a milestone is 7 days or less from its end, once when it becomes overdue.
 * Each reminder is claimed by inserting its row first; the primary key lets only one node win, and the
 * e-mail is queued in the same transaction, so it is sent once even with several nodes.
 */
@Component
public class MilestoneReminders extends RemindersDue {

    /** How many days before its end a milestone gets its reminder. */
    static final int DAYS_BEFORE = 7;
    private static final Logger log = LoggerFactory.getLogger(MilestoneReminders.class);

    private final ActionPlanService plans;
    private final AccountService accounts;
    private final MailOutbox mail;
    private final MessageSource messages;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Today today;
    private final String baseUrl;

    MilestoneReminders(ActionPlanService plans, AccountService accounts, MailOutbox mail, MessageSource messages,
            JdbcTemplate jdbc, TransactionTemplate transactions, Today today, PublicUrl publicUrl) {
        super("milestones");
        this.plans = plans;
        this.accounts = accounts;
        this.mail = mail;
        this.messages = messages;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.today = today;
        this.baseUrl = publicUrl.base();
    }

    @Scheduled(cron = "${apertura.reminders.cron:0 0 8 * * *}", zone = org.apertura.platform.time.Today.ZONE_ID)
    void daily() {
        int sent = remind(plans.today());
        if (sent > 0) {
            log.info("Queued {} milestone reminders", sent);
        }
    }

    /** Queues every reminder due on a day that has not been sent yet; returns how many were queued. */
    public int remind(LocalDate today) {
        int sent = 0;
        for (Due due : due(today)) {
            if (claimAndQueue(due.exercise(), due.commitment(), due.milestone(), due.kind())) {
                sent++;
            }
        }
        return sent;
    }

    /** A reminder due on a day: of a milestone of a published plan, sent or not. */
    private record Due(Exercise exercise, Commitment commitment, Milestone milestone, String kind) {
    }

    private List<Due> due(LocalDate today) {
        List<Due> due = new java.util.ArrayList<>();
        for (Exercise exercise : plans.exercises()) {
            for (ActionPlan plan : plans.plans(exercise)) {
                if (plan.getStatus() != ActionPlan.Status.PUBLISHED) {
                    continue;
                }
                for (Commitment commitment : plans.commitments(plan)) {
                    for (Milestone milestone : plans.milestones(commitment)) {
                        String kind = kindOn(milestone, today);
                        if (kind != null) {
                            due.add(new Due(exercise, commitment, milestone, kind));
                        }
                    }
                }
            }
        }
        return due;
    }

    /**
     * How many reminders are due on a day and not sent yet: what the next run would send. For the monitoring
     * ({@code apertura.reminders.due}); above zero for more than a day, the job is not running.
     */
    public long dueUnsent(LocalDate today) {
        return due(today).stream().filter(d -> jdbc.queryForObject("SELECT COUNT(*) FROM milestone_reminder"
                + " WHERE milestone_id = ? AND kind = ?", Integer.class, d.milestone().getId(), d.kind()) == 0).count();
    }

    @Override
    protected long dueNow() {
        return dueUnsent(plans.today());
    }

    static String kindOn(Milestone milestone, LocalDate today) {
        if (milestone.isComplete()) {
            return null;
        }
        if (milestone.isOverdue(today)) {
            return "OVERDUE";
        }
        long days = ChronoUnit.DAYS.between(today, milestone.getEndDate());
        return days >= 0 && days <= DAYS_BEFORE ? "DUE_SOON" : null;
    }

    private boolean claimAndQueue(Exercise exercise, Commitment commitment, Milestone milestone, String kind) {
        return Claims.once(transactions, () -> {
            jdbc.update("INSERT INTO milestone_reminder (milestone_id, kind, sent_at) VALUES (?, ?, ?)",
                    milestone.getId(), kind, java.sql.Timestamp.from(today.now()));
            Set<String> recipients = new LinkedHashSet<>();
            plans.leadInstitution(commitment).ifPresent(i -> recipients.addAll(accounts.emailsOf(Role.LIAISON, i.getSlug())));
            recipients.addAll(accounts.emailsOf(Role.COORDINATOR, plans.bodyOf(exercise).getSlug()));
            Object[] args = {commitment.getCode(), milestone.getTitle(), milestone.getEndDate().toString(),
                    baseUrl + "/compromisos/" + commitment.getId()};
            for (String to : recipients) {
                mail.enqueue(to, messages.getMessage("mail.reminder." + kind + ".subject", args, Today.LOCALE),
                        messages.getMessage("mail.reminder." + kind + ".body", args, Today.LOCALE));
            }
            return true;
        });
    }

    /** The reminders already sent for a milestone (for the page and tests). */
    public List<String> sentFor(Long milestoneId) {
        return jdbc.queryForList("SELECT kind FROM milestone_reminder WHERE milestone_id = ? ORDER BY kind", String.class,
                milestoneId);
    }
}
