package org.apertura.community;

import java.time.Instant;
import org.apertura.platform.PlatformProperties;
import org.apertura.platform.web.RecheckedPageChanges;
import org.apertura.platform.web.RecentMark;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The follower counts on items' pages change without a ledger entry: each follow or unfollow bumps a counter, which
 * the readers' kept pages and their Last-Modified take into account (ADR 0029, 0037). Kept pages answered ahead of the
 * chain check it as read at most {@code apertura.reader-pages.recheck} ago and after this node's last follow, like the
 * ledger's head ({@link RecentMark}; before, it was read from the database on every reader's request: docs/adr/0070).
 */
@Component
class FollowPageChanges extends RecheckedPageChanges {

    private final JdbcClient jdbc;

    FollowPageChanges(JdbcClient jdbc, PlatformProperties settings) {
        super(settings.readerPages().recheck());
        this.jdbc = jdbc;
    }

    @Override
    protected Mark readMark() {
        return jdbc.sql("SELECT version, changed_at FROM community_follow_mark WHERE id = 1")
                .query((rs, n) -> new Mark(rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant(),
                        "follows-" + rs.getLong(1)))
                .optional().orElse(new Mark(null, "follows-0"));
    }

    /** Called in the transaction of a follow or an unfollow. */
    void changed(Instant at) {
        jdbc.sql("UPDATE community_follow_mark SET version = version + 1, changed_at = ? WHERE id = 1")
                .param(java.sql.Timestamp.from(at)).update();
        changingInThisTransaction(); // the kept readers' pages read the mark again
    }
}
