package org.apertura.community;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apertura.identity.AccountService;
import org.apertura.identity.KeyedHashes;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.PublicUrl;
import org.apertura.platform.Texts;
import org.apertura.platform.mail.MailOutbox;
import org.apertura.platform.people.NoticeKind;
import org.apertura.platform.people.PeopleContent;
import org.apertura.platform.people.PeopleContent.Concern;
import org.apertura.platform.people.PeopleContent.HiddenContent;
import org.apertura.platform.people.PeopleContent.PersonItem;
import org.apertura.platform.items.PublicItem;
import org.apertura.platform.items.PublicItems;
import org.apertura.platform.security.Actor;
import org.apertura.platform.security.Allowed;
import org.apertura.platform.security.PublicActor;
import org.apertura.platform.time.Today;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Profiles, following, appeals to moderation and the newsletter. A profile exists only under a nickname the
 * person chose; it never shows their e-mail, their account name or anything they did not publish, and their
 * supports only when they choose. Who follows whom, and who subscribes, stays private; counts are public.
 */
@Service
public class CommunityService implements org.apertura.platform.people.PublicProfiles {

    public static final String MODULE = "community";
    /** A nickname: 3 to 30 letters, digits, dots, hyphens or underscores. */
    static final Pattern NICKNAME = Pattern.compile("[\\p{L}\\p{N}._-]{3,30}");
    static final int MAX_APPEAL = 1000;
    static final int MAX_DECISION = 500;
    private static final int LISTED = 100;

    private final JdbcClient jdbc;
    private final List<PeopleContent> sources;
    private final CommunityPolicy policy;
    private final CommunityNotices notices;
    private final LedgerService ledger;
    private final PublicItems items;
    private final AccountService accounts;
    private final KeyedHashes hashes;
    private final MailOutbox mail;
    private final MessageSource messages;
    private final Today today;
    private final String baseUrl;
    private final FollowPageChanges followChanges;

    CommunityService(FollowPageChanges followChanges, JdbcClient jdbc, List<PeopleContent> sources, CommunityPolicy policy, CommunityNotices notices,
            LedgerService ledger, PublicItems items, AccountService accounts, KeyedHashes hashes, MailOutbox mail,
            MessageSource messages, Today today, PublicUrl publicUrl) {
        this.followChanges = followChanges;
        this.jdbc = jdbc;
        this.sources = sources;
        this.policy = policy;
        this.notices = notices;
        this.ledger = ledger;
        this.items = items;
        this.accounts = accounts;
        this.hashes = hashes;
        this.mail = mail;
        this.messages = messages;
        this.today = today;
        this.baseUrl = publicUrl.base();
    }

    /** What the current person may do in general. */
    public Allowed<CommunityAction> allowedNow() {
        return policy.entitled(Actor.current());
    }

    // ---- the person's own choices

    /** A person's community choices. */
    public record Choices(String nickname, boolean showSupports, boolean newsletter) {
    }

    public Choices choices(Long accountId) {
        return jdbc.sql("SELECT nickname, show_supports, newsletter FROM community_profile WHERE account_id = ?")
                .param(accountId).query((rs, n) -> new Choices(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3)))
                .optional().orElse(new Choices(null, false, false));
    }

    /** The current person's nickname (blank: no public profile), supports shown or not, newsletter or not. */
    @Transactional
    public void choose(String nickname, boolean showSupports, boolean newsletter) {
        allowedNow().require(CommunityAction.MANAGE_OWN);
        Long me = PublicActor.requireId();
        String nick = Texts.isBlank(nickname) ? null : nickname.strip();
        if (nick != null && !NICKNAME.matcher(nick).matches()) {
            throw new InvalidInputException("nickname", "community.validation.nickname");
        }
        if (nick != null && jdbc.sql("SELECT COUNT(*) FROM community_profile WHERE LOWER(nickname) = ? "
                + "AND account_id <> ?").params(nick.toLowerCase(Locale.ROOT), me).query(Long.class).single() > 0) {
            throw new InvalidInputException("nickname", "community.validation.nicknameTaken");
        }
        try {
            if (jdbc.sql("UPDATE community_profile SET nickname = ?, show_supports = ?, newsletter = ? "
                    + "WHERE account_id = ?").params(nick, showSupports, newsletter, me).update() == 0) {
                jdbc.sql("INSERT INTO community_profile (account_id, nickname, show_supports, newsletter, created_at) "
                        + "VALUES (?, ?, ?, ?, ?)").params(me, nick, showSupports, newsletter,
                        Timestamp.from(today.now())).update();
            }
        } catch (DataIntegrityViolationException taken) {
            throw new InvalidInputException("nickname", "community.validation.nicknameTaken");
        }
    }

    // ---- public profiles

    @Override
    public Optional<String> pathOf(Long accountId) {
        return accountId == null ? Optional.empty() : jdbc.sql("SELECT nickname FROM community_profile "
                + "WHERE account_id = ? AND nickname IS NOT NULL").param(accountId).query(String.class).optional()
                .map(n -> "/personas/" + n);
    }

    @Override
    public Map<Long, String> pathsOf(java.util.Collection<Long> accountIds) {
        List<Long> ids = accountIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        return ids.isEmpty() ? Map.of() : jdbc.sql("SELECT account_id, nickname FROM community_profile "
                + "WHERE account_id IN (:ids) AND nickname IS NOT NULL").param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getLong(1), "/personas/" + rs.getString(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** A public profile: the nickname, counts, the person's public items, and their supports if they chose. */
    public record Profile(Long accountId, String nickname, long followers, long following, List<PersonItem> items,
            Optional<List<PersonItem>> supports) {
    }

    public Profile profile(String nickname) {
        Map.Entry<Long, Choices> found = jdbc.sql("SELECT account_id, nickname, show_supports, newsletter "
                + "FROM community_profile WHERE LOWER(nickname) = ?").param(nickname.toLowerCase(Locale.ROOT))
                .query((rs, n) -> Map.entry(rs.getLong(1), new Choices(rs.getString(2), rs.getBoolean(3),
                        rs.getBoolean(4))))
                .optional().orElseThrow(() -> new NotFoundException("profile " + nickname));
        Long id = found.getKey();
        List<PersonItem> written = new ArrayList<>();
        List<PersonItem> supported = new ArrayList<>();
        for (PeopleContent source : sources) {
            written.addAll(source.publicItemsBy(id, LISTED));
            if (found.getValue().showSupports()) {
                supported.addAll(source.supportsBy(id, LISTED));
            }
        }
        Comparator<PersonItem> newest = Comparator.comparing(PersonItem::at).reversed();
        written.sort(newest);
        supported.sort(newest);
        return new Profile(id, found.getValue().nickname(), followers(id), following(id),
                written.stream().limit(LISTED).toList(),
                found.getValue().showSupports() ? Optional.of(supported.stream().limit(LISTED).toList())
                        : Optional.empty());
    }

    long followers(Long accountId) {
        return jdbc.sql("SELECT COUNT(*) FROM community_person_follow WHERE followed_id = ?").param(accountId)
                .query(Long.class).single();
    }

    long following(Long accountId) {
        return jdbc.sql("SELECT COUNT(*) FROM community_person_follow WHERE follower_id = ?").param(accountId)
                .query(Long.class).single();
    }

    /** Whether the current person follows this profile (false for a visitor). */
    public boolean followsPerson(Long accountId) {
        return PublicActor.current().map(a -> jdbc.sql("SELECT COUNT(*) FROM community_person_follow "
                + "WHERE follower_id = ? AND followed_id = ?").params(a.accountId(), accountId)
                .query(Long.class).single() > 0).orElse(false);
    }

    /** The current person follows (or stops following) the person behind a nickname; twice is once. */
    @Transactional
    public void followPerson(String nickname, boolean follow) {
        allowedNow().require(CommunityAction.FOLLOW);
        Long me = PublicActor.requireId();
        Profile profile = profile(nickname);
        if (profile.accountId().equals(me)) {
            throw new InvalidInputException("nickname", "community.validation.followSelf");
        }
        jdbc.sql("DELETE FROM community_person_follow WHERE follower_id = ? AND followed_id = ?")
                .params(me, profile.accountId()).update();
        followChanges.changed(today.now());
        if (follow) {
            jdbc.sql("INSERT INTO community_person_follow (follower_id, followed_id, created_at) VALUES (?, ?, ?)")
                    .params(me, profile.accountId(), Timestamp.from(today.now())).update();
        }
    }

    // ---- following items

    public long itemFollowers(String kind, String id) {
        return jdbc.sql("SELECT COUNT(*) FROM community_item_follow WHERE item_kind = ? AND item_id = ?")
                .params(kind, id).query(Long.class).single();
    }

    public boolean followsItem(String kind, String id) {
        return PublicActor.current().map(a -> jdbc.sql("SELECT COUNT(*) FROM community_item_follow "
                + "WHERE account_id = ? AND item_kind = ? AND item_id = ?").params(a.accountId(), kind, id)
                .query(Long.class).single() > 0).orElse(false);
    }

    /** The current person follows (or stops following) a public item; returns its address. */
    @Transactional
    public String followItem(String kind, String id, boolean follow) {
        allowedNow().require(CommunityAction.FOLLOW);
        Long me = PublicActor.requireId();
        PublicItem item = items.find(kind == null ? "" : kind, id == null ? "" : id)
                .orElseThrow(() -> new NotFoundException("item " + kind + " " + id));
        jdbc.sql("DELETE FROM community_item_follow WHERE account_id = ? AND item_kind = ? AND item_id = ?")
                .params(me, item.kind(), item.id()).update();
        followChanges.changed(today.now());
        if (follow) {
            jdbc.sql("INSERT INTO community_item_follow (account_id, item_kind, item_id, title, path, created_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?)").params(me, item.kind(), item.id(), cut(item.title(), 300),
                    item.path(), Timestamp.from(today.now())).update();
        }
        return item.path();
    }

    /** What the current person follows: items (title and address) and profiles (nicknames). */
    public record Followed(List<Map.Entry<String, String>> items, List<String> people) {
    }

    public Followed followed() {
        Long me = PublicActor.requireId();
        return new Followed(jdbc.sql("SELECT title, path FROM community_item_follow WHERE account_id = ? "
                + "ORDER BY created_at DESC").param(me)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list(),
                jdbc.sql("SELECT p.nickname FROM community_person_follow f JOIN community_profile p "
                        + "ON p.account_id = f.followed_id WHERE f.follower_id = ? AND p.nickname IS NOT NULL "
                        + "ORDER BY p.nickname").param(me).query(String.class).list());
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max - 1) + "…" : text;
    }

    // ---- appeals to moderation

    /** Hidden content with its appeal, if any, and what the current person may do with it. */
    public record Appealable(HiddenContent content, Optional<Appeal> appeal, Allowed<CommunityAction> allowed) {
    }

    /** An appeal: its reason (private to the author and the moderators) and its outcome when decided. */
    public record Appeal(long id, String kind, String contentId, String reason, java.time.Instant filedAt,
            String outcome, String decisionReason) {
    }

    private Optional<Appeal> appealOf(String kind, String id) {
        return jdbc.sql("SELECT id, content_kind, content_id, reason, filed_at, outcome, decision_reason "
                + "FROM community_appeal WHERE content_kind = ? AND content_id = ?").params(kind, id)
                .query((rs, n) -> new Appeal(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getString(7)))
                .optional();
    }

    private Appealable appealable(PeopleContent source, HiddenContent content) {
        Optional<Appeal> appeal = appealOf(content.kind(), content.id());
        Long me = PublicActor.currentId();
        String myName = PublicActor.current().map(PublicActor::displayName).orElse(null);
        boolean pending = appeal.isPresent() && appeal.get().outcome() == null;
        return new Appealable(content, appeal, policy.onHidden(me, myName, content, appeal.isPresent(), pending,
                pending && source.moderates(content.kind(), content.id())));
    }

    /** The current person's hidden content, with their appeals. */
    public List<Appealable> myHidden() {
        Long me = PublicActor.requireId();
        List<Appealable> mine = new ArrayList<>();
        for (PeopleContent source : sources) {
            source.hiddenOf(me).forEach(h -> mine.add(appealable(source, h)));
        }
        return mine;
    }

    /** The appeals waiting for a decision that the current person may decide. */
    public List<Appealable> pendingForMe() {
        List<Appealable> pending = new ArrayList<>();
        jdbc.sql("SELECT content_kind, content_id FROM community_appeal WHERE outcome IS NULL ORDER BY filed_at")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list()
                .forEach(e -> find(e.getKey(), e.getValue()).map(f -> appealable(f.getKey(), f.getValue()))
                        .filter(a -> a.allowed().may(CommunityAction.DECIDE_APPEAL)).ifPresent(pending::add));
        return pending;
    }

    /** Whether the current person has appeals to decide (their place of work). */
    public boolean decidesAppeals() {
        return PublicActor.current().isPresent() && !pendingForMe().isEmpty();
    }

    private Optional<Map.Entry<PeopleContent, HiddenContent>> find(String kind, String id) {
        for (PeopleContent source : sources) {
            Optional<HiddenContent> hidden = source.hidden(kind, id);
            if (hidden.isPresent()) {
                return Optional.of(Map.entry(source, hidden.get()));
            }
        }
        return Optional.empty();
    }

    /** The author asks, once and with a reason, for a review of their hidden content. */
    @Transactional
    public void appeal(String kind, String id, String reason) {
        PublicActor.requireId();
        Map.Entry<PeopleContent, HiddenContent> found = find(kind == null ? "" : kind, id == null ? "" : id)
                .orElseThrow(() -> new NotFoundException("hidden " + kind + " " + id));
        appealable(found.getKey(), found.getValue()).allowed().require(CommunityAction.APPEAL);
        InvalidInputException.throwIf(FieldProblem.blankOrLongerThan(reason, MAX_APPEAL, "reason",
                "community.validation.appealReason"));
        try {
            jdbc.sql("INSERT INTO community_appeal (content_kind, content_id, author_id, reason, filed_at) "
                    + "VALUES (?, ?, ?, ?, ?)").params(kind, id, PublicActor.requireId(), reason.strip(), Timestamp.from(today.now()))
                    .update();
        } catch (DataIntegrityViolationException twice) {
            throw new InvalidInputException("reason", "community.validation.appealedOnce");
        }
        long appealId = appealOf(kind, id).orElseThrow().id();
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("content", kind);
        ledger.append(MODULE, "community.appeal.filed", "moderation-appeal", appealId, record);
    }

    /** A moderator (not the one who hid it) confirms the hiding or restores the content, with a reason. */
    @Transactional
    public void decide(long appealId, boolean restore, String reason) {
        PublicActor.requireId();
        // an appeal that is not there is one the person may not decide: the same refusal, whatever exists
        Appeal appeal = jdbc.sql("SELECT id, content_kind, content_id, reason, filed_at, outcome, decision_reason "
                + "FROM community_appeal WHERE id = ?").param(appealId)
                .query((rs, n) -> new Appeal(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getString(7)))
                .optional().orElseThrow(() -> new AccessDeniedException("no appeal " + appealId + " to decide"));
        Map.Entry<PeopleContent, HiddenContent> found = find(appeal.kind(), appeal.contentId())
                .orElseThrow(() -> new AccessDeniedException("appeal " + appealId + " is about nothing hidden"));
        appealable(found.getKey(), found.getValue()).allowed().require(CommunityAction.DECIDE_APPEAL);
        InvalidInputException.throwIf(FieldProblem.blankOrLongerThan(reason, MAX_DECISION, "decisionReason",
                "community.validation.decisionReason"));
        String outcome = restore ? "RESTORED" : "CONFIRMED";
        jdbc.sql("UPDATE community_appeal SET outcome = ?, decision_reason = ?, decided_by = ?, decided_at = ?, "
                + "version = version + 1 WHERE id = ? AND outcome IS NULL")
                .params(outcome, reason.strip(), PublicActor.requireId(), Timestamp.from(today.now()), appealId).update();
        if (restore) {
            found.getKey().restore(appeal.kind(), appeal.contentId());
        }
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("content", appeal.kind());
        record.put("outcome", outcome);
        record.put("reason", reason.strip());
        ledger.append(MODULE, "community.appeal.decided", "moderation-appeal", appealId, record);
        notices.give(new Concern(found.getValue().authorId(), NoticeKind.APPEAL, found.getValue().title(),
                found.getValue().path()), "community.appeal.decided", null);
    }

    // ---- the newsletter

    /** A newsletter, written in Spanish and English. */
    public record Newsletter(long id, String subjectEs, String bodyEs, String subjectEn, String bodyEn,
            java.time.Instant writtenAt, java.time.Instant sentAt, Integer recipients) {
    }

    public List<Newsletter> newsletters() {
        allowedNow().require(CommunityAction.WRITE_NEWSLETTER);
        return jdbc.sql("SELECT id, subject_es, body_es, subject_en, body_en, written_at, sent_at, recipients "
                + "FROM community_newsletter ORDER BY id DESC").query(this::letterRow).list();
    }

    public Newsletter newsletter(long id) {
        allowedNow().require(CommunityAction.WRITE_NEWSLETTER);
        return jdbc.sql("SELECT id, subject_es, body_es, subject_en, body_en, written_at, sent_at, recipients "
                + "FROM community_newsletter WHERE id = ?").param(id).query(this::letterRow).optional()
                .orElseThrow(() -> new NotFoundException("newsletter " + id));
    }

    private Newsletter letterRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Newsletter(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getTimestamp(6).toInstant(), rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant(),
                (Integer) rs.getObject(8, Integer.class));
    }

    public long subscribers() {
        return jdbc.sql("SELECT COUNT(*) FROM community_profile WHERE newsletter = TRUE").query(Long.class).single();
    }

    /** A coordinator writes a newsletter in both languages; it waits for a preview and sending. */
    @Transactional
    public long write(String subjectEs, String bodyEs, String subjectEn, String bodyEn) {
        allowedNow().require(CommunityAction.WRITE_NEWSLETTER);
        List<FieldProblem> problems = new ArrayList<>();
        check(problems, "subjectEs", subjectEs, 200);
        check(problems, "bodyEs", bodyEs, 20000);
        check(problems, "subjectEn", subjectEn, 200);
        check(problems, "bodyEn", bodyEn, 20000);
        InvalidInputException.throwIfAny(problems);
        jdbc.sql("INSERT INTO community_newsletter (subject_es, body_es, subject_en, body_en, written_by, written_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)").params(subjectEs.strip(), bodyEs.strip(), subjectEn.strip(),
                bodyEn.strip(), PublicActor.requireId(), Timestamp.from(today.now())).update();
        return jdbc.sql("SELECT MAX(id) FROM community_newsletter WHERE written_by = ?").param(PublicActor.requireId())
                .query(Long.class).single();
    }

    private static void check(List<FieldProblem> problems, String field, String text, int max) {
        FieldProblem.blankOrLongerThan(text, max, field,
                "community.validation.newsletterField").ifPresent(problems::add);
    }

    /**
     * Sends a newsletter once, to every person subscribed now, through the outbox, each with their own link to
     * unsubscribe without signing in. The ledger records that it was sent and to how many, never to whom.
     */
    @Transactional
    public int send(long id) {
        Newsletter letter = newsletter(id);
        if (jdbc.sql("UPDATE community_newsletter SET sent_at = ?, version = version + 1 WHERE id = ? "
                + "AND sent_at IS NULL").params(Timestamp.from(today.now()), id).update() == 0) {
            throw new InvalidInputException("newsletter", "community.validation.sentOnce");
        }
        List<Long> subscribers = jdbc.sql("SELECT account_id FROM community_profile WHERE newsletter = TRUE "
                + "ORDER BY account_id").query(Long.class).list();
        for (Long person : subscribers) {
            Object[] args = {letter.subjectEs(), letter.bodyEs(), letter.subjectEn(), letter.bodyEn(),
                baseUrl + "/boletin/baja?t=" + unsubscribeToken(person)};
            mail.enqueue(accounts.get(person).getEmail(),
                    messages.getMessage("community.mail.newsletter.subject", args, Today.LOCALE),
                    messages.getMessage("community.mail.newsletter.body", args, Today.LOCALE));
        }
        jdbc.sql("UPDATE community_newsletter SET recipients = ? WHERE id = ?").params(subscribers.size(), id).update();
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("subject", letter.subjectEs());
        record.put("subjectEn", letter.subjectEn());
        record.put("recipients", subscribers.size());
        ledger.append(MODULE, "community.newsletter.sent", "newsletter", id, record);
        return subscribers.size();
    }

    /** The signed token of a person's unsubscribe link: their account and a keyed hash of it. */
    String unsubscribeToken(Long accountId) {
        return accountId + "-" + hashes.of("newsletter-unsubscribe", String.valueOf(accountId)).substring(0, 32);
    }

    /** Whether a token is one the server signed. */
    public boolean validToken(String token) {
        return accountOf(token).isPresent();
    }

    private Optional<Long> accountOf(String token) {
        if (token == null || !token.matches("\\d{1,18}-[0-9a-f]{32}")) {
            return Optional.empty();
        }
        Long account = Long.valueOf(token.substring(0, token.indexOf('-')));
        return java.security.MessageDigest.isEqual(unsubscribeToken(account).getBytes(),
                token.getBytes()) ? Optional.of(account) : Optional.empty();
    }

    /** Unsubscribes the person the signed token names; no sign-in needed. */
    @Transactional
    public void unsubscribe(String token) {
        Long account = accountOf(token).orElseThrow(() -> new InvalidInputException("t", "community.validation.token"));
        jdbc.sql("UPDATE community_profile SET newsletter = FALSE WHERE account_id = ?").param(account).update();
    }
}
