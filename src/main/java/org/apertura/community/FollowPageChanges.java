package org.apertura.community;

import java.time.Instant;
import java.util.Optional;
import org.apertura.platform.web.PageChanges;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The follower counts on items' pages change without a ledger entry: each follow or unfollow bumps a counter, which
 * the readers' kept pages and their Last-Modified take into account (ADR 0029, 0037).
 */
@Component
class FollowPageChanges implements PageChanges {

    private final JdbcClient jdbc;

    FollowPageChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Instant> lastChange() {
        return Optional.ofNullable(mark().at());
    }

    @Override
    public Mark mark() {
        return jdbc.sql("SELECT version, changed_at FROM community_follow_mark WHERE id = 1")
                .query((rs, n) -> new Mark(rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant(),
                        "follows-" + rs.getLong(1)))
                .optional().orElse(new Mark(null, "follows-0"));
    }

    /** Called in the transaction of a follow or an unfollow. */
    void changed(Instant at) {
        jdbc.sql("UPDATE community_follow_mark SET version = version + 1, changed_at = ? WHERE id = 1")
                .param(java.sql.Timestamp.from(at)).update();
    }
}
