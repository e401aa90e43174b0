package org.apertura.comments;

import org.apertura.platform.PlatformProperties;
import org.apertura.platform.web.RecheckedPageChanges;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The sums of votes under comments change without a ledger entry (votes are private): readers' kept pages and their
 * Last-Modified take the votes into account by their number, their sum and the newest (ADR 0029, 0063). Kept pages
 * answered ahead of the chain check it as read at most {@code apertura.reader-pages.recheck} ago and after this node's
 * last vote, like the ledger's head and the follower counts (docs/adr/0070); before, every reader's request summed
 * the votes in the database.
 */
@Component
class DiscussionPageChanges extends RecheckedPageChanges {

    private final JdbcClient jdbc;

    DiscussionPageChanges(JdbcClient jdbc, PlatformProperties settings) {
        super(settings.readerPages().recheck());
        this.jdbc = jdbc;
    }

    @Override
    protected Mark readMark() {
        return jdbc.sql("SELECT COUNT(*), COALESCE(SUM(vote), 0), MAX(voted_at) FROM discussion_vote")
                .query((rs, n) -> {
                    java.sql.Timestamp at = rs.getTimestamp(3);
                    return new Mark(at == null ? null : at.toInstant(),
                            "votes-" + rs.getLong(1) + "-" + rs.getLong(2) + "-" + (at == null ? 0 : at.getTime()));
                }).single();
    }

    /** Called in the transaction of a vote: this node's readers see it on their next page. */
    void voted() {
        changingInThisTransaction();
    }
}
