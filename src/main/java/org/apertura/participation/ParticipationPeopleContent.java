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
 * What people write in participatory processes, for the community module: their projects and debates on profiles;
 * their supports (only when they choose to show them; ballots never, the vote is secret); who a change concerns (the
 * author of a project or debate commented on, reviewed or moderated; the followers of the process); and their hidden
 * debates, which a moderator of the process may restore on appeal. Comments and arguments are the comment engine's
 * (ADR 0067, "Done"): it lists them, tells the author replied to or moderated, and takes their appeals.
 */
@Component
class ParticipationPeopleContent implements PeopleContent {

    static final String DEBATE = "pd-debate";
    private static final String BASE = "/presupuestos-participativos/";

    private final JdbcClient jdbc;
    private final ParticipationService service;
    private final DebateService debates;
    private final ItemFollowers followers;

    ParticipationPeopleContent(JdbcClient jdbc, ParticipationService service, DebateService debates,
            ItemFollowers followers) {
        this.followers = followers;
        this.jdbc = jdbc;
        this.service = service;
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
        return items;
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
                // a reply's author is told by the comment engine; the project's or debate's author of a new thread
                if (record.get("replyTo") == null) {
                    Long project = number(record.get("project"));
                    (project != null ? project(processId, project) : debate(processId, number(record.get("debate"))))
                            .ifPresent(h -> concerned.add(new Concern(h.author(), Boolean.TRUE.equals(
                                    record.get("official")) ? NoticeKind.OFFICIAL_ANSWER : NoticeKind.REPLY,
                                    h.title(), h.path())));
                }
            }
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
        if (DEBATE.equals(kind)) {
            return jdbc.sql("SELECT d.id, d.author_account_id, d.title, p.slug, d.number, d.hidden_reason, "
                    + "d.hidden_at FROM pd_debate d JOIN pb_process p ON p.id = d.process_id WHERE d.id = ? "
                    + "AND d.hidden_at IS NOT NULL").param(Long.valueOf(id)).query(this::debate).optional()
                    .filter(h -> h.author() != null).map(ParticipationPeopleContent::hiddenContent);
        }
        return Optional.empty();
    }

    @Override
    public boolean moderates(String kind, String id) {
        return hidden(kind, id).flatMap(h -> slugOf(Long.valueOf(id)))
                .map(slug -> service.entitledOn(service.process(slug)).may(BudgetAction.MODERATE)).orElse(false);
    }

    @Override
    public void restore(String kind, String id) {
        int number = jdbc.sql("SELECT number FROM pd_debate WHERE id = ?").param(Long.valueOf(id))
                .query(Integer.class).single();
        debates.restore(slugOf(Long.valueOf(id)).orElseThrow(), number);
    }

    private Optional<String> slugOf(Long debateId) {
        return jdbc.sql("SELECT p.slug FROM pd_debate d JOIN pb_process p ON p.id = d.process_id WHERE d.id = ?")
                .param(debateId).query(String.class).optional();
    }
}
