package org.apertura.comments;

import java.time.Instant;
import java.util.Optional;
import org.apertura.platform.web.PageChanges;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The sums of votes under comments change without a ledger entry (votes are private): readers' kept pages and their
 * Last-Modified take the votes into account by their number, their sum and the newest (ADR 0029, 0063).
 */
@Component
class DiscussionPageChanges implements PageChanges {

    private final JdbcClient jdbc;

    DiscussionPageChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Instant> lastChange() {
        return Optional.ofNullable(mark().at());
    }

    @Override
    public Mark mark() {
        return jdbc.sql("SELECT COUNT(*), COALESCE(SUM(vote), 0), MAX(voted_at) FROM discussion_vote")
                .query((rs, n) -> {
                    java.sql.Timestamp at = rs.getTimestamp(3);
                    return new Mark(at == null ? null : at.toInstant(),
                            "votes-" + rs.getLong(1) + "-" + rs.getLong(2) + "-" + (at == null ? 0 : at.getTime()));
                }).single();
    }
}
