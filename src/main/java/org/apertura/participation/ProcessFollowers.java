package org.apertura.participation;

import org.apertura.platform.Claims;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apertura.identity.AccountService;
import org.apertura.ledger.LedgerEntriesAppended;
import org.apertura.ledger.LedgerEntryAppended;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.PublicUrl;
import org.apertura.platform.mail.MailOutbox;
import org.apertura.platform.people.ItemFollowers;
import org.apertura.platform.time.Today;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Anyone signed in can follow a participatory budget (the community module's follow of its public item, from the
 * budget's page; ADR 0073) and gets an e-mail when something that decides its course is made public: a project's
 * review, a table's corrected count, the results, the commitment that executes the winning projects. Who follows is private. The e-mail is queued in the same transaction as the change (the outbox), so it goes
 * out if and only if the change is kept. The execution itself is followed on the commitment (actionplan's Followers).
 * When the process enters the phase of supports, of the vote or of the results, its followers get one e-mail for that
 * phase, once: a daily job claims the phase's row first (pb_phase_notice), so several nodes or runs never repeat it.
 */
@Component
public class ProcessFollowers {

    /** The public changes worth an e-mail (a proposal or a paper count as entered is not). */
    static final Set<String> ANNOUNCED = Set.of("pb.project.reviewed", "pb.table.corrected", "pb.results.published",
            "pb.execution.linked");
    /** The phases whose beginning is announced to the followers: when people can act (support, vote) or see the outcome. */
    static final Set<BudgetPhase> ANNOUNCED_PHASES = EnumSet.of(BudgetPhase.SUPPORT, BudgetPhase.VOTING,
            BudgetPhase.RESULTS);
    private static final Logger log = LoggerFactory.getLogger(ProcessFollowers.class);

    private final JdbcTemplate jdbc;
    private final AccountService accounts;
    private final ItemFollowers followers;
    private final BudgetProcessRepository processes;
    private final MailOutbox mail;
    private final MessageSource messages;
    private final Today today;
    private final String baseUrl;
    private final LedgerService ledger;
    private final TransactionTemplate transactions;

    ProcessFollowers(JdbcTemplate jdbc, AccountService accounts, ItemFollowers followers,
            BudgetProcessRepository processes, MailOutbox mail, MessageSource messages, Today today,
            PublicUrl publicUrl, LedgerService ledger, TransactionTemplate transactions) {
        this.ledger = ledger;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.followers = followers;
        this.processes = processes;
        this.mail = mail;
        this.messages = messages;
        this.today = today;
        this.baseUrl = publicUrl.base();
    }

    /**
     * On each announced change to a process, one e-mail per follower, in Spanish (the project's language); a
     * transaction's other changes cost nothing.
     */
    @EventListener
    void onChange(LedgerEntriesAppended appended) {
        appended.where(c -> "pb-process".equals(c.subjectKind()) && ANNOUNCED.contains(c.type())).forEach(this::onChange);
    }

    private void onChange(LedgerEntryAppended change) {
        Long processId = Long.valueOf(change.subjectId());
        BudgetProcess process = processes.findById(processId).orElseThrow();
        List<Long> followers = followersOf(process);
        if (followers.isEmpty()) {
            return;
        }
        String what = messages.getMessage("ledger.type." + change.type(), null, change.type(), Today.LOCALE);
        Object[] args = {process.getTitle(), what, baseUrl + "/presupuestos-participativos/" + process.getSlug(),
            baseUrl + "/historial?tipo=pb-process&id=" + processId};
        for (Long accountId : followers) {
            mail.enqueue(accounts.get(accountId).getEmail(), messages.getMessage("mail.pb.follow.subject", args, Today.LOCALE),
                    messages.getMessage("mail.pb.follow.body", args, Today.LOCALE));
        }
    }

    @Scheduled(cron = "${apertura.reminders.cron:0 0 8 * * *}", zone = org.apertura.platform.time.Today.ZONE_ID)
    void daily() {
        int announced = announcePhases(today.date());
        if (announced > 0) {
            log.info("Announced the phase of {} participatory budgets", announced);
        }
    }

    /**
     * Announces, once per process and phase, the phase each process is in on the day when it is one of
     * {@link #ANNOUNCED_PHASES}: the ledger gets the phase's beginning and each follower one e-mail, in the same
     * transaction as the claim. Returns how many processes had a phase announced.
     */
    public int announcePhases(LocalDate day) {
        // on H2 another node's claim at the same moment is refused by the key rather than skipped: Claims counts it out
        return Claims.each(transactions, processes.findAll(), process -> {
            BudgetPhase phase = process.phaseOn(day);
            return ANNOUNCED_PHASES.contains(phase) && claim(process, phase);
        });
    }

    private boolean claim(BudgetProcess process, BudgetPhase phase) {
        if (jdbc.update("INSERT INTO pb_phase_notice (process_id, phase, sent_at) VALUES (?, ?, ?) "
                + "ON CONFLICT DO NOTHING", process.getId(), phase.name(), Timestamp.from(today.now())) == 0) {
            return false; // announced before
        }
        LocalDate from = process.phases().get(phase);
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("process", process.getSlug());
        record.put("phase", phase.name());
        record.put("from", from.toString());
        ledger.append(ParticipationService.MODULE, "pb.phase.began", "pb-process", process.getId(), record);
        Object[] args = {process.getTitle(),
            messages.getMessage("participation.phase." + phase.name(), null, Today.LOCALE).toLowerCase(Today.LOCALE),
            today.date(from), baseUrl + "/presupuestos-participativos/" + process.getSlug()};
        for (Long accountId : followersOf(process)) {
            mail.enqueue(accounts.get(accountId).getEmail(), messages.getMessage("mail.pb.phase.subject", args, Today.LOCALE),
                    messages.getMessage("mail.pb.phase.body", args, Today.LOCALE));
        }
        return true;
    }

    /** Who follows the process: the community module's followers of its item, named by its slug (ADR 0073). */
    private List<Long> followersOf(BudgetProcess process) {
        return followers.followersOf(ParticipationItems.PROCESS, process.getSlug());
    }
}
