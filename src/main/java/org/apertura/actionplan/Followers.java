package org.apertura.actionplan;

import org.apertura.platform.time.Today;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.apertura.identity.AccountService;
import org.apertura.ledger.LedgerEntryAppended;
import org.apertura.platform.PublicUrl;
import org.apertura.platform.mail.MailOutbox;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anyone signed in can follow a commitment and gets an e-mail on each public change to it. Who follows is
 * private. The e-mail is queued in the same transaction as the change, so it goes out if and only if the
 * change is kept.
 */
@Component
public class Followers {

    private static final Locale SPANISH = Locale.forLanguageTag("es-MX");

    private final JdbcTemplate jdbc;
    private final AccountService accounts;
    private final ActionPlanService plans;
    private final MailOutbox mail;
    private final MessageSource messages;
    private final Today today;
    private final String baseUrl;

    Followers(JdbcTemplate jdbc, AccountService accounts, ActionPlanService plans, MailOutbox mail,
            MessageSource messages, Today today, PublicUrl publicUrl) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.plans = plans;
        this.mail = mail;
        this.messages = messages;
        this.today = today;
        this.baseUrl = publicUrl.base();
    }

    public boolean follows(Long commitmentId, Long accountId) {
        return accountId != null && !jdbc.queryForList(
                "SELECT 1 FROM commitment_follower WHERE commitment_id = ? AND account_id = ?", commitmentId, accountId)
                .isEmpty();
    }

    @Transactional
    public void follow(Long commitmentId, Long accountId) {
        plans.commitment(commitmentId);
        try {
            jdbc.update("INSERT INTO commitment_follower (commitment_id, account_id, created_at) VALUES (?, ?, ?)",
                    commitmentId, accountId, Timestamp.from(today.now()));
        } catch (DuplicateKeyException alreadyFollowing) {
            // following twice is following
        }
    }

    @Transactional
    public void unfollow(Long commitmentId, Long accountId) {
        jdbc.update("DELETE FROM commitment_follower WHERE commitment_id = ? AND account_id = ?", commitmentId, accountId);
    }

    /** On each public change to a commitment, one e-mail per follower. */
    @EventListener
    void onChange(LedgerEntryAppended change) {
        if (!"commitment".equals(change.subjectKind())) {
            return;
        }
        Long commitmentId = Long.valueOf(change.subjectId());
        List<Long> followers = jdbc.queryForList(
                "SELECT account_id FROM commitment_follower WHERE commitment_id = ? ORDER BY account_id", Long.class,
                commitmentId);
        if (followers.isEmpty()) {
            return;
        }
        Commitment commitment = plans.commitment(commitmentId);
        String what = messages.getMessage("ledger.type." + change.type(), null, change.type(), SPANISH);
        Object[] args = {commitment.getCode(), commitment.getTitle(), what,
                baseUrl + "/compromisos/" + commitmentId, baseUrl + "/historial?tipo=commitment&id=" + commitmentId};
        for (Long accountId : followers) {
            mail.enqueue(accounts.get(accountId).getEmail(), messages.getMessage("mail.follow.subject", args, SPANISH),
                    messages.getMessage("mail.follow.body", args, SPANISH));
        }
    }
}
