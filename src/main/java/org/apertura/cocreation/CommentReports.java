package org.apertura.cocreation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.apertura.platform.InvalidInputException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reports of comments: one per person per comment; who reported is never published. */
@Component
class CommentReports {

    private final JdbcClient jdbc;

    CommentReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Long commentId, Long accountId, String reason, Instant now) {
        try {
            jdbc.sql("INSERT INTO comment_report (comment_id, account_id, reason, created_at) VALUES (?, ?, ?, ?)")
                    .params(commentId, accountId, reason == null || reason.isBlank() ? null : reason.strip(),
                            OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("reason", "cocreation.error.alreadyReported");
        }
    }

    /** The reasons given for reporting a comment, newest first (who reported is never shown). */
    java.util.List<String> reasons(Long commentId, int limit) {
        return jdbc.sql("SELECT reason FROM comment_report WHERE comment_id = ? AND reason IS NOT NULL "
                        + "ORDER BY created_at DESC LIMIT ?")
                .params(commentId, limit).query(String.class).list();
    }
}
