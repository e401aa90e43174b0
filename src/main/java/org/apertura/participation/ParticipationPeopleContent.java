package org.apertura.participation;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apertura.platform.people.ItemFollowers;
import org.apertura.platform.people.NoticeKind;
import org.apertura.platform.people.PeopleContent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What people write in participatory processes, for the community module: their projects, debates and comments on
 * profiles; their supports (only when they choose to show them; ballots never, the vote is secret); who a change
 * concerns (the author replied to, answered officially, reviewed or moderated; the followers of the process); and
 * their hidden debates and comments, which a moderator of the process may restore on appeal.
 */
@Component
class ParticipationPeopleContent implements PeopleContent {

    static final String COMMENT = "pb-comment";
    static final String DEBATE = "pd-debate";
    private static final String BASE = "/presupuestos-participativos/";

    private final JdbcClient jdbc;
    private final ParticipationService service;
    private final ProjectCommentService comments;
    private final DebateService debates;
    private final ItemFollowers followers;

    ParticipationPeopleContent(JdbcClient jdbc, ParticipationService service, ProjectCommentService comments,
            DebateService debates, ItemFollowers followers) {
        this.followers = followers;
        this.jdbc = jdbc;
        this.service = service;
        this.comments = comments;
        this.debates = debates;
    }

    @Override
    public List<PersonItem> publicItemsBy(Long accountId, int limit) {
        List<PersonItem> items = new ArrayList<>();
        items.addAll(jdbc.sql("SELECT j.title, p.slug, j.number, j.created_at FROM pb_project j JOIN pb_process p "
                + "ON p.id = j.process_id WHERE j.author_account_id = ? ORDER BY j.created_at DESC LIMIT " + limit)
                .param(accountId).query((rs, n) -> new PersonItem("community.kind.project", rs.getString(1),
                        BASE + rs.getString(2) + "/proyectos/" + rs.getInt(3), rs.getTimestamp(4).toInstant()))
                .list());
        items.addAll(jdbc.sql("SELECT d.title, p.slug, d.number, d.created_at FROM pd_debate d JOIN pb_process p "
                + "ON p.id = d.process_id WHERE d.author_account_id = ? AND d.hidden_at IS NULL "
                + "ORDER BY d.created_at DESC LIMIT " + limit)
                .param(accountId).query((rs, n) -> new PersonItem("community.kind.debate", rs.getString(1),
                        BASE + rs.getString(2) + "/debates/" + rs.getInt(3), rs.getTimestamp(4).toInstant()))
                .list());
        items.addAll(jdbc.sql(COMMENTS + "WHERE c.author_account_id = ? AND c.hidden_at IS NULL "
                + "ORDER BY c.posted_at DESC LIMIT " + limit).param(accountId)
                .query((rs, n) -> new PersonItem("community.kind.argument", onWhat(rs), pathOf(rs),
                        rs.getTimestamp(9).toInstant()))
                .list());
        return items;
    }

    /** A comment with what it sits on: the process's slug, the project's or debate's number and title. */
    private static final String COMMENTS = "SELECT c.id, p.slug, j.number, j.title, d.number, d.title, "
            + "c.author_account_id, c.hidden_reason, c.posted_at, c.hidden_at, c.parent_id FROM pb_comment c "
            + "JOIN pb_process p ON p.id = c.process_id LEFT JOIN pb_project j ON j.id = c.project_id "
            + "LEFT JOIN pd_debate d ON d.id = c.debate_id ";

    private static String onWhat(java.sql.ResultSet rs) throws java.sql.SQLException {
        return rs.getString(4) != null ? rs.getString(4) : rs.getString(6);
    }

    private static String pathOf(java.sql.ResultSet rs) throws java.sql.SQLException {
        return BASE + rs.getString(2) + (rs.getString(4) != null ? "/proyectos/" + rs.getInt(3)
                : "/debates/" + rs.getInt(5));
    }

    @Override
    public List<PersonItem> supportsBy(Long accountId, int limit) {
        return jdbc.sql("SELECT j.title, p.slug, j.number, s.supported_at FROM pb_support s "
                + "JOIN pb_voter v ON v.id = s.voter_id JOIN pb_project j ON j.id = s.project_id "
                + "JOIN pb_process p ON p.id = j.process_id WHERE v.account_id = ? "
                + "ORDER BY s.supported_at DESC LIMIT " + limit).param(accountId)
                .query((rs, n) -> new PersonItem("community.kind.project", rs.getString(1),
                        BASE + rs.getString(2) + "/proyectos/" + rs.getInt(3), rs.getTimestamp(4).toInstant()))
                .list();
    }

    @Override
    public List<Concern> concernedBy(String type, String subjectKind, String subjectId, Map<String, Object> record) {
        if (!"pb-process".equals(subjectKind)) {
            return List.of();
        }
        List<Concern> concerned = new ArrayList<>();
        Long processId = Long.valueOf(subjectId);
        switch (type) {
            case "pb.comment.posted" -> {
                Long id = number(record.get("comment"));
                comment(id).ifPresent(c -> {
                    Long replyTo = number(record.get("replyTo"));
                    NoticeKind kind = Boolean.TRUE.equals(record.get("official")) ? NoticeKind.OFFICIAL_ANSWER
                            : NoticeKind.REPLY;
                    Long author = replyTo != null ? comment(replyTo).map(Hidden::author).orElse(null)
                            : subjectAuthor(processId, record);
                    if (author != null) {
                        concerned.add(new Concern(author, kind, c.title(), c.path()));
                    }
                });
            }
            case "pb.comment.hidden" -> comment(number(record.get("comment")))
                    .ifPresent(c -> concerned.add(new Concern(c.author(), NoticeKind.MODERATION, c.title(), c.path())));
            case "pd.hidden" -> debate(processId, number(record.get("debate")))
                    .ifPresent(d -> concerned.add(new Concern(d.author(), NoticeKind.MODERATION, d.title(), d.path())));
            case "pd.opened" -> debate(processId, number(record.get("debate"))).ifPresent(d -> concerned.add(
                    new Concern(d.author(), NoticeKind.FOLLOWED_PERSON, d.title(), d.path())));
            case "pb.project.proposed", "pb.project.reviewed" -> project(processId, number(record.get("project")))
                    .ifPresent(p -> concerned.add(new Concern(p.author(), "pb.project.proposed".equals(type)
                            ? NoticeKind.FOLLOWED_PERSON : NoticeKind.OFFICIAL_ANSWER, p.title(), p.path())));
            case "pb.phase.began", "pb.results.published" -> {
                String[] process = jdbc.sql("SELECT slug, title FROM pb_process WHERE id = ?").param(processId)
                        .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).single();
                NoticeKind kind = "pb.phase.began".equals(type) ? NoticeKind.PHASE : NoticeKind.RESULT;
                // the budget's followers, through the community module's follow of its item (ADR 0073)
                followers.followersOf(ParticipationItems.PROCESS, process[0]).forEach(a -> concerned.add(
                        new Concern(a, kind, process[1], BASE + process[0])));
            }
            default -> {
            }
        }
        return concerned;
    }

    private static Long number(Object value) {
        return value instanceof Number n ? n.longValue() : null;
    }

    /** A comment, debate or project as the notices and appeals name it. */
    private record Hidden(String kind, String id, Long author, String title, String path, String reason,
            java.time.Instant hiddenAt) {
    }

    private Optional<Hidden> comment(Long id) {
        if (id == null) {
            return Optional.empty();
        }
        return jdbc.sql(COMMENTS + "WHERE c.id = ?").param(id)
                .query((rs, n) -> new Hidden(COMMENT, String.valueOf(rs.getLong(1)), (Long) rs.getObject(7, Long.class),
                        onWhat(rs), pathOf(rs), rs.getString(8), instant(rs.getTimestamp(10))))
                .optional().filter(h -> h.author() != null);
    }

    private Long subjectAuthor(Long processId, Map<String, Object> record) {
        Long project = number(record.get("project"));
        return project != null ? project(processId, project).map(Hidden::author).orElse(null)
                : debate(processId, number(record.get("debate"))).map(Hidden::author).orElse(null);
    }

    private Optional<Hidden> debate(Long processId, Long number) {
        if (number == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT d.id, d.author_account_id, d.title, p.slug, d.number, d.hidden_reason, d.hidden_at "
                + "FROM pd_debate d JOIN pb_process p ON p.id = d.process_id WHERE d.process_id = ? AND d.number = ?")
                .params(processId, number).query(this::debate).optional().filter(h -> h.author() != null);
    }

    private Hidden debate(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Hidden(DEBATE, String.valueOf(rs.getLong(1)), (Long) rs.getObject(2, Long.class), rs.getString(3),
                BASE + rs.getString(4) + "/debates/" + rs.getInt(5), rs.getString(6), instant(rs.getTimestamp(7)));
    }

    private Optional<Hidden> project(Long processId, Long number) {
        if (number == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT j.id, j.author_account_id, j.title, p.slug, j.number FROM pb_project j "
                + "JOIN pb_process p ON p.id = j.process_id WHERE j.process_id = ? AND j.number = ?")
                .params(processId, number)
                .query((rs, n) -> new Hidden("pb-project", String.valueOf(rs.getLong(1)),
                        (Long) rs.getObject(2, Long.class), rs.getString(3),
                        BASE + rs.getString(4) + "/proyectos/" + rs.getInt(5), null, null))
                .optional().filter(h -> h.author() != null);
    }

    private static java.time.Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }

    private static HiddenContent hiddenContent(Hidden h) {
        return new HiddenContent(h.kind(), h.id(), h.author(), h.title(), h.path(), h.reason(), Optional.empty(),
                h.hiddenAt());
    }

    @Override
    public List<HiddenContent> hiddenOf(Long accountId) {
        List<HiddenContent> hidden = new ArrayList<>();
        jdbc.sql(COMMENTS + "WHERE c.author_account_id = ? AND c.hidden_at IS NOT NULL ORDER BY c.hidden_at DESC")
                .param(accountId).query((rs, n) -> new Hidden(COMMENT, String.valueOf(rs.getLong(1)), accountId,
                        onWhat(rs), pathOf(rs), rs.getString(8), instant(rs.getTimestamp(10))))
                .list().forEach(h -> hidden.add(hiddenContent(h)));
        jdbc.sql("SELECT d.id, d.author_account_id, d.title, p.slug, d.number, d.hidden_reason, d.hidden_at "
                + "FROM pd_debate d JOIN pb_process p ON p.id = d.process_id WHERE d.author_account_id = ? "
                + "AND d.hidden_at IS NOT NULL ORDER BY d.hidden_at DESC").param(accountId).query(this::debate)
                .list().forEach(h -> hidden.add(hiddenContent(h)));
        return hidden;
    }

    @Override
    public Optional<HiddenContent> hidden(String kind, String id) {
        if (!id.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        if (COMMENT.equals(kind)) {
            return comment(Long.valueOf(id)).filter(h -> h.hiddenAt() != null)
                    .map(ParticipationPeopleContent::hiddenContent);
        }
        if (DEBATE.equals(kind)) {
            return jdbc.sql("SELECT d.id, d.author_account_id, d.title, p.slug, d.number, d.hidden_reason, "
                    + "d.hidden_at FROM pd_debate d JOIN pb_process p ON p.id = d.process_id WHERE d.id = ? "
                    + "AND d.hidden_at IS NOT NULL").param(Long.valueOf(id)).query(this::debate).optional()
                    .filter(h -> h.author() != null).map(ParticipationPeopleContent::hiddenContent);
        }
        return Optional.empty();
    }

    /** The process's slug and the comment's or debate's place (project or debate number). */
    private record Place(String slug, boolean debate, int number) {
    }

    private Optional<Place> placeOf(String kind, String id) {
        if (COMMENT.equals(kind)) {
            return jdbc.sql("SELECT p.slug, c.debate_id IS NOT NULL, COALESCE(j.number, d.number) FROM pb_comment c "
                    + "JOIN pb_process p ON p.id = c.process_id LEFT JOIN pb_project j ON j.id = c.project_id "
                    + "LEFT JOIN pd_debate d ON d.id = c.debate_id WHERE c.id = ?").param(Long.valueOf(id))
                    .query((rs, n) -> new Place(rs.getString(1), rs.getBoolean(2), rs.getInt(3))).optional();
        }
        return jdbc.sql("SELECT p.slug, TRUE, d.number FROM pd_debate d JOIN pb_process p ON p.id = d.process_id "
                + "WHERE d.id = ?").param(Long.valueOf(id))
                .query((rs, n) -> new Place(rs.getString(1), true, rs.getInt(3))).optional();
    }

    @Override
    public boolean moderates(String kind, String id) {
        return hidden(kind, id).flatMap(h -> placeOf(kind, id))
                .map(p -> service.entitledOn(service.process(p.slug())).may(BudgetAction.MODERATE)).orElse(false);
    }

    @Override
    public void restore(String kind, String id) {
        Place place = placeOf(kind, id).orElseThrow();
        if (COMMENT.equals(kind)) {
            comments.restore(place.debate() ? ProjectCommentService.On.debate(place.slug(), place.number())
                    : ProjectCommentService.On.project(place.slug(), place.number()), Long.parseLong(id));
        } else {
            debates.restore(place.slug(), place.number());
        }
    }
}
