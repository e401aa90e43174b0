package org.apertura.cocreation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apertura.platform.people.NoticeKind;
import org.apertura.platform.people.PeopleContent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What people write in calls for proposals, for the community module: their proposals (sent online) on profiles,
 * their supports when they choose to show them, and who a change concerns (the author of the proposal commented on,
 * answered or amended). Comments themselves, replies to them, their hiding and appeals are the comment engine's.
 */
@Component
class CocreationPeopleContent implements PeopleContent {

    private final JdbcClient jdbc;
    CocreationPeopleContent(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
                // a comment on the proposal tells its author; a reply tells whom it answers (the comment engine)
                if (author != null && !record.containsKey("replyTo")) {
                    concerned.add(new Concern(author, NoticeKind.REPLY, title, path));
                }
            }
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
            case "proposal.file.removed" -> {
                // a moderator removed a picture or document of their proposal: its author is told (ADR 0080)
                if (author != null && "moderation".equals(record.get("by"))) {
                    concerned.add(new Concern(author, NoticeKind.MODERATION, title, path + "#archivos"));
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

    /** Co-creation keeps no hidden content of its own: hidden comments are the comment engine's. */
    @Override
    public List<HiddenContent> hiddenOf(Long accountId) {
        return List.of();
    }

    @Override
    public Optional<HiddenContent> hidden(String kind, String id) {
        return Optional.empty();
    }

    @Override
    public boolean moderates(String kind, String id) {
        return false;
    }

    @Override
    public void restore(String kind, String id) {
        throw new IllegalArgumentException("no content of kind " + kind);
    }
}
