package org.apertura.actionplan;

import org.apertura.platform.time.Today;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apertura.identity.AccountService;
import org.apertura.ledger.LedgerEntriesAppended;
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

    /**
     * On each public change to a commitment, one e-mail per follower; the followers of every commitment a transaction
     * changed are read at once (none read when it changed none).
     */
    @EventListener
    void onChange(LedgerEntriesAppended appended) {
        List<LedgerEntryAppended> changes = appended.where(c -> "commitment".equals(c.subjectKind()));
        if (changes.isEmpty()) {
            return;
        }
        List<Long> ids = changes.stream().map(c -> Long.valueOf(c.subjectId())).distinct().toList();
        Map<Long, List<Long>> followersOf = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            jdbc.query("SELECT commitment_id, account_id FROM commitment_follower WHERE commitment_id IN ("
                    + String.join(",", java.util.Collections.nCopies(chunk.size(), "?"))
                    + ") ORDER BY commitment_id, account_id", (org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                        followersOf.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                    }, chunk.toArray());
        }
        Map<Long, Commitment> commitments = new HashMap<>();
        Map<Long, String> emails = new HashMap<>();
        for (LedgerEntryAppended change : changes) {
            Long commitmentId = Long.valueOf(change.subjectId());
            List<Long> followers = followersOf.getOrDefault(commitmentId, List.of());
            if (followers.isEmpty()) {
                continue;
            }
            Commitment commitment = commitments.computeIfAbsent(commitmentId, plans::commitment);
            String what = messages.getMessage("ledger.type." + change.type(), null, change.type(), Today.LOCALE);
            Object[] args = {commitment.getCode(), commitment.getTitle(), what,
                baseUrl + "/compromisos/" + commitmentId, baseUrl + "/historial?tipo=commitment&id=" + commitmentId};
            for (Long accountId : followers) {
                mail.enqueue(emails.computeIfAbsent(accountId, a -> accounts.get(a).getEmail()),
                        messages.getMessage("mail.follow.subject", args, Today.LOCALE),
                        messages.getMessage("mail.follow.body", args, Today.LOCALE));
            }
        }
    }
}
