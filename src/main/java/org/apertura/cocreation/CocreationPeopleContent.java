package org.apertura.cocreation;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apertura.platform.people.NoticeKind;
import org.apertura.platform.people.PeopleContent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What people write in calls for proposals, for the community module: their proposals (sent online) and shown
 * comments on profiles, their supports when they choose to show them, who a change concerns (the author of the
 * proposal or comment replied to, of the proposal answered, of the comment hidden), and their hidden comments,
 * which a moderator of the call other than the one who hid it may restore on appeal.
 */
@Component
class CocreationPeopleContent implements PeopleContent {

    static final String COMMENT = "proposal-comment";

    private final JdbcClient jdbc;
    private final CocreationService service;

    CocreationPeopleContent(JdbcClient jdbc, CocreationService service) {
        this.jdbc = jdbc;
        this.service = service;
    }

    @Override
    public List<PersonItem> publicItemsBy(Long accountId, int limit) {
        List<PersonItem> items = new ArrayList<>();
        items.addAll(jdbc.sql("SELECT p.id, p.title, p.received_on FROM proposal p WHERE p.author_account_id = ? "
                + "ORDER BY p.id DESC LIMIT " + limit).param(accountId)
                .query((rs, n) -> new PersonItem("community.kind.proposal", rs.getString(2),
                        "/propuestas/" + rs.getLong(1),
                        rs.getDate(3).toLocalDate().atStartOfDay(org.apertura.platform.time.Today.ZONE).toInstant()))
                .list());
        items.addAll(jdbc.sql("SELECT c.id, p.id, p.title, c.created_at FROM proposal_comment c JOIN proposal p "
                + "ON p.id = c.proposal_id WHERE c.author_account_id = ? AND c.hidden_at IS NULL "
                + "ORDER BY c.created_at DESC LIMIT " + limit).param(accountId)
                .query((rs, n) -> new PersonItem("community.kind.comment", rs.getString(3),
                        "/propuestas/" + rs.getLong(2), rs.getTimestamp(4).toInstant()))
                .list());
        return items;
    }

    @Override
    public List<PersonItem> supportsBy(Long accountId, int limit) {
        return jdbc.sql("SELECT p.id, p.title, s.created_at FROM proposal_support s JOIN proposal p "
                + "ON p.id = s.proposal_id WHERE s.account_id = ? ORDER BY s.created_at DESC LIMIT " + limit)
                .param(accountId)
                .query((rs, n) -> new PersonItem("community.kind.proposal", rs.getString(2),
                        "/propuestas/" + rs.getLong(1), rs.getTimestamp(3).toInstant()))
                .list();
    }

    @Override
    public List<Concern> concernedBy(String type, String subjectKind, String subjectId, Map<String, Object> record) {
        if (!"proposal".equals(subjectKind)) {
            return List.of();
        }
        Long proposalId = Long.valueOf(subjectId);
        Optional<Map.Entry<Long, String>> proposal = jdbc.sql("SELECT author_account_id, title FROM proposal "
                + "WHERE id = ?").param(proposalId)
                .query((rs, n) -> Map.entry(rs.getObject(1, Long.class) == null ? -1L : rs.getLong(1),
                        rs.getString(2))).optional();
        if (proposal.isEmpty()) {
            return List.of();
        }
        String title = proposal.get().getValue();
        String path = "/propuestas/" + proposalId;
        Long author = proposal.get().getKey() < 0 ? null : proposal.get().getKey();
        List<Concern> concerned = new ArrayList<>();
        Long comment = record.get("comment") instanceof Number n ? n.longValue() : null;
        switch (type) {
            case "comment.written" -> {
                Long parentAuthor = comment == null ? null : jdbc.sql("SELECT parent.author_account_id "
                        + "FROM proposal_comment c JOIN proposal_comment parent ON parent.id = c.parent_id "
                        + "WHERE c.id = ?").param(comment).query(Long.class).optional().orElse(null);
                Long to = parentAuthor != null ? parentAuthor : author;
                if (to != null) {
                    concerned.add(new Concern(to, NoticeKind.REPLY, title, path));
                }
            }
            case "comment.hidden", "comment.restored" -> commentAuthor(comment)
                    .ifPresent(a -> concerned.add(new Concern(a, NoticeKind.MODERATION, title, path)));
            case "proposal.disposed" -> {
                if (author != null) {
                    concerned.add(new Concern(author, NoticeKind.OFFICIAL_ANSWER, title, path));
                }
            }
            case "amendment.proposed" -> {
                if (author != null) {
                    concerned.add(new Concern(author, NoticeKind.REPLY, title, path + "#enmiendas"));
                }
            }
            case "amendment.accepted", "amendment.rejected" -> {
                Long amendment = record.get("amendmentId") instanceof Number n ? n.longValue() : null;
                if (amendment != null) {
                    jdbc.sql("SELECT author_account_id FROM proposal_amendment WHERE id = ?").param(amendment)
                            .query(Long.class).optional().ifPresent(a -> concerned.add(new Concern(a,
                                    NoticeKind.REPLY, title, path + "#enmienda-" + amendment)));
                }
            }
            case "proposal.received" -> {
                if (author != null) {
                    concerned.add(new Concern(author, NoticeKind.FOLLOWED_PERSON, title, path));
                }
            }
            default -> {
            }
        }
        return concerned;
    }

    private Optional<Long> commentAuthor(Long commentId) {
        return commentId == null ? Optional.empty() : jdbc.sql("SELECT author_account_id FROM proposal_comment "
                + "WHERE id = ? AND author_account_id IS NOT NULL").param(commentId).query(Long.class).optional();
    }

    private static final String HIDDEN = "SELECT c.id, c.author_account_id, p.id, p.title, c.hidden_reason, "
            + "c.hidden_by, c.hidden_at FROM proposal_comment c JOIN proposal p ON p.id = c.proposal_id ";

    private static HiddenContent hidden(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp at = rs.getTimestamp(7);
        return new HiddenContent(COMMENT, String.valueOf(rs.getLong(1)), rs.getLong(2), rs.getString(4),
                "/propuestas/" + rs.getLong(3), rs.getString(5), Optional.ofNullable(rs.getString(6)),
                at == null ? null : at.toInstant());
    }

    @Override
    public List<HiddenContent> hiddenOf(Long accountId) {
        return jdbc.sql(HIDDEN + "WHERE c.author_account_id = ? AND c.hidden_at IS NOT NULL ORDER BY c.hidden_at DESC")
                .param(accountId).query(CocreationPeopleContent::hidden).list();
    }

    @Override
    public Optional<HiddenContent> hidden(String kind, String id) {
        if (!COMMENT.equals(kind) || !id.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return jdbc.sql(HIDDEN + "WHERE c.id = ? AND c.hidden_at IS NOT NULL AND c.author_account_id IS NOT NULL")
                .param(Long.valueOf(id)).query(CocreationPeopleContent::hidden).optional();
    }

    @Override
    public boolean moderates(String kind, String id) {
        return COMMENT.equals(kind) && id.matches("\\d{1,18}") && service.moderatesComment(Long.valueOf(id));
    }

    @Override
    public void restore(String kind, String id) {
        service.restore(Long.valueOf(id));
    }
}
