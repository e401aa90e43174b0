package org.apertura.comments;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apertura.platform.comments.CommentSubject;
import org.apertura.platform.people.NoticeKind;
import org.apertura.platform.people.PeopleContent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The engine's comments for the community module: a person's shown comments on their profile, who a change concerns
 * (the author of the comment answered — told of an official answer as such — and the author of a comment hidden or
 * restored), and hidden comments, which a moderator of the subject other than the one who hid it may restore on
 * appeal.
 */
@Component
class DiscussionPeopleContent implements PeopleContent {

    static final String KIND = "discussion-comment";

    private final JdbcClient jdbc;
    private final DiscussionService discussions;

    DiscussionPeopleContent(JdbcClient jdbc, DiscussionService discussions) {
        this.jdbc = jdbc;
        this.discussions = discussions;
    }

    @Override
    public List<PersonItem> publicItemsBy(Long accountId, int limit) {
        List<PersonItem> items = new ArrayList<>();
        jdbc.sql("SELECT subject_kind, subject_id, posted_at FROM discussion_comment WHERE author_account_id = ? "
                + "AND hidden_at IS NULL ORDER BY posted_at DESC, id DESC LIMIT " + limit).param(accountId)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()})
                .list().forEach(row -> discussions.find((String) row[0], (String) row[1]).ifPresent(s -> items.add(
                        new PersonItem("community.kind.comment", s.title(), s.path(), (java.time.Instant) row[2]))));
        return items;
    }

    @Override
    public List<PersonItem> supportsBy(Long accountId, int limit) {
        return List.of();
    }

    /**
     * Who a comment change concerns: the engine's {@code discussion.*} entries, and the entry types a subject's module
     * kept for its comments ({@link org.apertura.platform.comments.CommentLedger}), which may name a comment by its
     * number before the move onto the engine.
     */
    @Override
    public List<Concern> concernedBy(String type, String subjectKind, String subjectId, Map<String, Object> record) {
        if (!(record.get("comment") instanceof Number n)) {
            return List.of();
        }
        boolean engine = type.startsWith("discussion.");
        Optional<CommentSubject> subject = engine || discussions.takesComments(subjectKind)
                ? discussions.find(subjectKind, subjectId) : discussions.ofEntry(subjectKind, subjectId, record);
        if (subject.isEmpty()) {
            return List.of();
        }
        String kind = subject.get().kind();
        String id = subject.get().id();
        String change = engine ? type.substring("discussion.".length())
                : subject.get().ledger() == null ? null : subject.get().ledger().change(type);
        if (change == null) {
            return List.of();
        }
        String title = subject.get().title();
        String path = subject.get().path();
        List<Concern> concerned = new ArrayList<>();
        if ("posted".equals(change) && record.get("replyTo") instanceof Number parent) {
            author(kind, id, parent.longValue()).ifPresent(a -> concerned.add(new Concern(a,
                    Boolean.TRUE.equals(record.get("official")) ? NoticeKind.OFFICIAL_ANSWER : NoticeKind.REPLY,
                    title, path)));
        } else if ("hidden".equals(change) || "restored".equals(change)) {
            author(kind, id, n.longValue())
                    .ifPresent(a -> concerned.add(new Concern(a, NoticeKind.MODERATION, title, path)));
        }
        return concerned;
    }

    private Optional<Long> author(String kind, String subjectId, long number) {
        return discussions.byNumber(kind, subjectId, number).map(DiscussionComment::getAuthorAccountId);
    }

    private static final String HIDDEN = "SELECT id, author_account_id, subject_kind, subject_id, hidden_reason, "
            + "hidden_by, hidden_at FROM discussion_comment ";

    private Optional<HiddenContent> hidden(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp at = rs.getTimestamp(7);
        long id = rs.getLong(1);
        long author = rs.getLong(2);
        String reason = rs.getString(5);
        Optional<String> by = Optional.ofNullable(rs.getString(6));
        return discussions.find(rs.getString(3), rs.getString(4)).map(s -> new HiddenContent(KIND, String.valueOf(id),
                author, s.title(), s.path(), reason, by, at == null ? null : at.toInstant()));
    }

    @Override
    public List<HiddenContent> hiddenOf(Long accountId) {
        return jdbc.sql(HIDDEN + "WHERE author_account_id = ? AND hidden_at IS NOT NULL ORDER BY hidden_at DESC")
                .param(accountId).query((rs, n) -> hidden(rs)).list().stream().flatMap(Optional::stream).toList();
    }

    @Override
    public Optional<HiddenContent> hidden(String kind, String id) {
        if (!KIND.equals(kind) || !id.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return jdbc.sql(HIDDEN + "WHERE id = ? AND hidden_at IS NOT NULL").param(Long.valueOf(id))
                .query((rs, n) -> hidden(rs)).optional().flatMap(h -> h);
    }

    @Override
    public boolean moderates(String kind, String id) {
        return KIND.equals(kind) && id.matches("\\d{1,18}") && discussions.moderates(Long.parseLong(id));
    }

    @Override
    public void restore(String kind, String id) {
        discussions.restore(Long.parseLong(id));
    }
}
