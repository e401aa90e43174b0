package org.apertura.participation;

import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apertura.identity.AccountService;
import org.apertura.ledger.LedgerEntryAppended;
import org.apertura.platform.PublicUrl;
import org.apertura.platform.mail.MailOutbox;
import org.apertura.platform.security.PublicActor;
import org.apertura.platform.time.Today;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anyone signed in can follow a participatory budget and gets an e-mail when something that decides its course is
 * made public: a project's review, a table's corrected count, the results, the commitment that executes the winning
 * projects. Who follows is private. The e-mail is queued in the same transaction as the change (the outbox), so it goes
 * out if and only if the change is kept. The execution itself is followed on the commitment (actionplan's Followers).
 */
@Component
public class ProcessFollowers {

    private static final Locale SPANISH = Locale.forLanguageTag("es-MX");
    /** The public changes worth an e-mail (a proposal or a paper count as entered is not). */
    static final Set<String> ANNOUNCED = Set.of("pb.project.reviewed", "pb.table.corrected", "pb.results.published",
            "pb.execution.linked");

    private final JdbcTemplate jdbc;
    private final AccountService accounts;
    private final ParticipationService service;
    private final BudgetProcessRepository processes;
    private final MailOutbox mail;
    private final MessageSource messages;
    private final Today today;
    private final String baseUrl;

    ProcessFollowers(JdbcTemplate jdbc, AccountService accounts, ParticipationService service,
            BudgetProcessRepository processes, MailOutbox mail, MessageSource messages, Today today,
            PublicUrl publicUrl) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.service = service;
        this.processes = processes;
        this.mail = mail;
        this.messages = messages;
        this.today = today;
        this.baseUrl = publicUrl.base();
    }

    /** Whether the current person follows the process (false for a visitor). */
    public boolean follows(BudgetProcess process) {
        return PublicActor.current().map(a -> !jdbc.queryForList(
                "SELECT 1 FROM pb_follower WHERE process_id = ? AND account_id = ?", process.getId(), a.accountId())
                .isEmpty()).orElse(false);
    }

    /** The current person follows the process; following twice is following. */
    @Transactional
    public void follow(String slug) {
        BudgetProcess process = service.process(slug);
        service.allowedOn(process).require(BudgetAction.FOLLOW);
        Long me = me();
        if (jdbc.queryForList("SELECT 1 FROM pb_follower WHERE process_id = ? AND account_id = ?", process.getId(), me)
                .isEmpty()) {
            try {
                jdbc.update("INSERT INTO pb_follower (process_id, account_id, created_at) VALUES (?, ?, ?)",
                        process.getId(), me, Timestamp.from(today.now()));
            } catch (DataIntegrityViolationException alreadyFollowing) {
                // a double click: following twice is following
            }
        }
    }

    @Transactional
    public void unfollow(String slug) {
        BudgetProcess process = service.process(slug);
        jdbc.update("DELETE FROM pb_follower WHERE process_id = ? AND account_id = ?", process.getId(), me());
    }

    /** On each announced change to a process, one e-mail per follower, in Spanish (the project's language). */
    @EventListener
    void onChange(LedgerEntryAppended change) {
        if (!"pb-process".equals(change.subjectKind()) || !ANNOUNCED.contains(change.type())) {
            return;
        }
        Long processId = Long.valueOf(change.subjectId());
        List<Long> followers = jdbc.queryForList(
                "SELECT account_id FROM pb_follower WHERE process_id = ? ORDER BY account_id", Long.class, processId);
        if (followers.isEmpty()) {
            return;
        }
        BudgetProcess process = processes.findById(processId).orElseThrow();
        String what = messages.getMessage("ledger.type." + change.type(), null, change.type(), SPANISH);
        Object[] args = {process.getTitle(), what, baseUrl + "/presupuestos-participativos/" + process.getSlug(),
            baseUrl + "/historial?tipo=pb-process&id=" + processId};
        for (Long accountId : followers) {
            mail.enqueue(accounts.get(accountId).getEmail(), messages.getMessage("mail.pb.follow.subject", args, SPANISH),
                    messages.getMessage("mail.pb.follow.body", args, SPANISH));
        }
    }

    private static Long me() {
        return PublicActor.current().map(PublicActor::accountId)
                .orElseThrow(() -> new AccessDeniedException("sign in to follow"));
    }
}
