package org.apertura.community;

import org.apertura.platform.Claims;
import tools.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apertura.identity.AccountService;
import org.apertura.ledger.LedgerEntriesAppended;
import org.apertura.ledger.LedgerEntryAppended;
import org.apertura.platform.PublicUrl;
import org.apertura.platform.mail.MailOutbox;
import org.apertura.platform.people.NoticeKind;
import org.apertura.platform.people.PeopleContent;
import org.apertura.platform.people.PeopleContent.Concern;
import org.apertura.platform.time.Today;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The notification centre. On every public change (a ledger entry) it finds who it concerns — the followers of its
 * subject, the people the owning module names (the author replied to, answered or moderated) and the followers of
 * a person who published something — and gives each one a notice, by the delivery they chose for that kind: none,
 * in the app, or in the app and by e-mail at once or in a daily or weekly digest. The notice and an immediate
 * e-mail are written in the change's transaction (the outbox), just before it commits and for all its entries at
 * once ({@link LedgerEntriesAppended}), so they exist if and only if the change is kept.
 * The digest job runs on one node at a time (ClusterLocks wraps every scheduled job in ShedLock) and, besides,
 * claims each notice by setting its {@code emailed_at} only where it is still empty: a notice is never e-mailed
 * twice, whatever runs at the same moment.
 */
@Component
public class CommunityNotices {

    private static final Locale SPANISH = Today.LOCALE;
    private static final Logger log = LoggerFactory.getLogger(CommunityNotices.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The notices a page lists. */
    public static final int PAGE = 50;

    private final JdbcClient jdbc;
    private final List<PeopleContent> sources;
    private final AccountService accounts;
    private final MailOutbox mail;
    private final MessageSource messages;
    private final Today today;
    private final String baseUrl;
    private final TransactionTemplate transactions;
    private final org.apertura.platform.items.PublicItems items;

    CommunityNotices(JdbcClient jdbc, List<PeopleContent> sources, AccountService accounts,
            MailOutbox mail, MessageSource messages, Today today, PublicUrl publicUrl,
            TransactionTemplate transactions, org.apertura.platform.items.PublicItems items) {
        this.items = items;
        this.jdbc = jdbc;
        this.sources = sources;
        this.accounts = accounts;
        this.mail = mail;
        this.messages = messages;
        this.today = today;
        this.baseUrl = publicUrl.base();
        this.transactions = transactions;
    }

    /** One notice as the centre shows it. */
    public record Notice(long id, NoticeKind kind, String changeType, String title, String path, Instant createdAt,
            boolean read) {
    }

    // ---- reacting to public changes

    /** Subjects looked up per query (an IN list of ids of one kind). */
    static final int LOOKUP_CHUNK = 500;

    /**
     * On the public changes of a transaction, in chain order: each concerned person gets a notice, as one change at a
     * time would give it. The followers of all the changes' subjects are read at once (one query per kind and
     * {@value #LOOKUP_CHUNK} subjects), and the record is the entry's own payload, so a transaction that writes
     * thousands of entries no one follows costs a query or two.
     */
    @EventListener
    void onChange(LedgerEntriesAppended appended) {
        Map<String, Map<String, List<Concern>>> subjectFollowers = itemFollowers(appended.entries());
        org.apertura.platform.items.PublicItems.Concerned concernedItems = items.concerned();
        for (LedgerEntryAppended change : appended.entries()) {
            onChange(change, subjectFollowers.getOrDefault(change.subjectKind(), Map.of())
                    .getOrDefault(change.subjectId(), List.of()), concernedItems);
        }
    }

    private void onChange(LedgerEntryAppended change, List<Concern> subjectFollowers,
            org.apertura.platform.items.PublicItems.Concerned concernedItems) {
        Map<String, Object> record = recordOf(change.payload());
        Long actor = change.actorAccountId();
        Map<Long, Concern> concerned = new LinkedHashMap<>();
        subjectFollowers.forEach(c -> concerned.putIfAbsent(c.accountId(),
                new Concern(c.accountId(), followedKind(change.type()), c.title(), c.path())));
        // the followers of the items the change concerns besides its subject (a project reviewed under its process)
        for (org.apertura.platform.items.PublicItem item : concernedItems.by(change.type(), change.subjectKind(),
                change.subjectId(), record)) {
            jdbc.sql("SELECT account_id FROM community_item_follow WHERE item_kind = ? AND item_id = ? "
                    + "ORDER BY account_id").params(item.kind(), item.id()).query(Long.class).list()
                    .forEach(a -> concerned.putIfAbsent(a, new Concern(a, followedKind(change.type()), item.title(),
                            item.path())));
        }
        for (PeopleContent source : sources) {
            for (Concern c : concernedBy(source, change, record)) {
                if (c.kind() == NoticeKind.FOLLOWED_PERSON) {
                    followersOf(c.accountId()).forEach(f -> concerned.put(f,
                            new Concern(f, NoticeKind.FOLLOWED_PERSON, c.title(), c.path())));
                } else {
                    concerned.put(c.accountId(), c); // what the module says (a reply to you) beats "you follow it"
                }
            }
        }
        concerned.values().stream().filter(c -> !c.accountId().equals(actor))
                .forEach(c -> give(c, change.type(), change.seq()));
    }

    /**
     * The followers of the changes' subjects, by subject kind and id, each subject's in account order (the kind of
     * notice is left to each change).
     */
    private Map<String, Map<String, List<Concern>>> itemFollowers(List<LedgerEntryAppended> changes) {
        Map<String, java.util.Set<String>> subjects = new LinkedHashMap<>();
        changes.forEach(c -> subjects.computeIfAbsent(c.subjectKind(), k -> new java.util.LinkedHashSet<>())
                .add(c.subjectId()));
        Map<String, Map<String, List<Concern>>> found = new java.util.HashMap<>();
        subjects.forEach((kind, ids) -> {
            if (ids.size() > LOOKUP_CHUNK) {
                // many subjects (a calendar change): when their kind has few follows, these are read whole at once
                List<Map.Entry<String, Concern>> few = jdbc.sql("SELECT item_id, account_id, title, path "
                        + "FROM community_item_follow WHERE item_kind = :kind ORDER BY item_id, account_id "
                        + "LIMIT " + (LOOKUP_CHUNK + 1)).param("kind", kind)
                        .query((rs, n) -> Map.entry(rs.getString(1), new Concern(rs.getLong(2),
                                NoticeKind.FOLLOWED_ITEM, rs.getString(3), rs.getString(4)))).list();
                if (few.size() <= LOOKUP_CHUNK) {
                    few.stream().filter(e -> ids.contains(e.getKey())).forEach(e -> found
                            .computeIfAbsent(kind, k -> new java.util.HashMap<>())
                            .computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
                    return;
                }
            }
            List<String> all = new ArrayList<>(ids);
            for (int from = 0; from < all.size(); from += LOOKUP_CHUNK) {
                List<String> chunk = all.subList(from, Math.min(all.size(), from + LOOKUP_CHUNK));
                jdbc.sql("SELECT item_id, account_id, title, path FROM community_item_follow WHERE item_kind = :kind "
                        + "AND item_id IN (:ids) ORDER BY item_id, account_id").param("kind", kind).param("ids", chunk)
                        .query((rs, n) -> Map.entry(rs.getString(1), new Concern(rs.getLong(2),
                                NoticeKind.FOLLOWED_ITEM, rs.getString(3), rs.getString(4))))
                        .list().forEach(e -> found.computeIfAbsent(kind, k -> new java.util.HashMap<>())
                                .computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
            }
        });
        return found;
    }

    /** Whom the source names; a subject id it cannot read (not a number where it expects one) concerns nobody. */
    private static List<Concern> concernedBy(PeopleContent source, LedgerEntryAppended change,
            Map<String, Object> record) {
        try {
            return source.concernedBy(change.type(), change.subjectKind(), change.subjectId(), record);
        } catch (NumberFormatException notItsKind) {
            return List.of();
        }
    }

    /** The kind of a followed item's change: its phase, its results, or anything else. */
    static NoticeKind followedKind(String type) {
        if (type.contains("phase")) {
            return NoticeKind.PHASE;
        }
        return type.contains("result") ? NoticeKind.RESULT : NoticeKind.FOLLOWED_ITEM;
    }

    private List<Long> followersOf(Long accountId) {
        return jdbc.sql("SELECT f.follower_id FROM community_person_follow f JOIN community_profile p "
                + "ON p.account_id = f.followed_id AND p.nickname IS NOT NULL WHERE f.followed_id = ? "
                + "ORDER BY f.follower_id").param(accountId).query(Long.class).list();
    }

    private static Map<String, Object> recordOf(String payload) {
        return new PayloadRecord(payload);
    }

    /**
     * An entry's public record as the sources ask it, read from its canonical payload only when one asks for a key the
     * payload names (docs/adr/0091): the canonical JSON writes every key as it is, quoted, so a payload that does not
     * contain {@code "key"} has no such key, and a change no source reads (a moved deadline: the sources look for a
     * comment, a project, a debate, a consultation) is never parsed. An unreadable payload is an empty record.
     */
    static final class PayloadRecord extends java.util.AbstractMap<String, Object> {

        private final String payload;
        private Map<String, Object> parsed;

        PayloadRecord(String payload) {
            this.payload = payload == null ? "" : payload;
        }

        @Override
        public Object get(Object key) {
            return absent(key) ? null : parsed().get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return !absent(key) && parsed().containsKey(key);
        }

        @Override
        public java.util.Set<Map.Entry<String, Object>> entrySet() {
            return parsed().entrySet();
        }

        /** Whether the payload surely has no such key: a key of letters and digits it does not even contain quoted. */
        private boolean absent(Object key) {
            if (!(key instanceof String name) || name.isEmpty()) {
                return false;
            }
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (c >= 0x80 || !Character.isLetterOrDigit(c)) {
                    return false;
                }
            }
            return !payload.contains("\"" + name + "\"");
        }

        private Map<String, Object> parsed() {
            if (parsed == null) {
                Map<String, Object> record;
                try {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> read = JSON.readValue(payload, Map.class);
                    record = read;
                } catch (Exception unreadable) {
                    record = null;
                }
                parsed = record == null ? Map.of() : java.util.Collections.unmodifiableMap(record);
            }
            return parsed;
        }
    }

    /** Gives one person a notice, by their delivery for its kind; returns whether one was given. */
    @Transactional
    public boolean give(Concern concern, String changeType, Long seq) {
        Delivery delivery = deliveryOf(concern.accountId(), concern.kind());
        if (delivery == Delivery.OFF) {
            return false;
        }
        Instant now = today.now();
        String title = cut(concern.title(), 300);
        jdbc.sql("INSERT INTO community_notice (account_id, kind, change_type, title, path, ledger_seq, created_at, "
                + "emailed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(concern.accountId(), concern.kind().name(), cut(changeType, 80), title,
                        cut(concern.path(), 300), seq, Timestamp.from(now),
                        delivery == Delivery.IMMEDIATE ? Timestamp.from(now) : null)
                .update();
        if (delivery == Delivery.IMMEDIATE) {
            Object[] args = {title, what(changeType), baseUrl + concern.path(), baseUrl + "/cuenta/notificaciones"};
            mail.enqueue(accounts.get(concern.accountId()).getEmail(),
                    messages.getMessage("community.mail.notice.subject", args, SPANISH),
                    messages.getMessage("community.mail.notice.body", args, SPANISH));
        }
        return true;
    }

    private String what(String changeType) {
        return messages.getMessage("ledger.type." + changeType, null, changeType, SPANISH);
    }

    private static String cut(String text, int max) {
        return text == null ? "" : text.length() > max ? text.substring(0, max - 1) + "…" : text;
    }

    // ---- settings

    /** The person's delivery for each kind (the default where they chose nothing). */
    public Map<NoticeKind, Delivery> settings(Long accountId) {
        Map<NoticeKind, Delivery> settings = new EnumMap<>(NoticeKind.class);
        for (NoticeKind kind : NoticeKind.values()) {
            settings.put(kind, Delivery.IN_APP);
        }
        jdbc.sql("SELECT kind, delivery FROM community_notice_setting WHERE account_id = ?").param(accountId)
                .query((rs, n) -> Map.entry(NoticeKind.valueOf(rs.getString(1)), Delivery.valueOf(rs.getString(2))))
                .list().forEach(e -> settings.put(e.getKey(), e.getValue()));
        return settings;
    }

    Delivery deliveryOf(Long accountId, NoticeKind kind) {
        return jdbc.sql("SELECT delivery FROM community_notice_setting WHERE account_id = ? AND kind = ?")
                .params(accountId, kind.name()).query(String.class).optional().map(Delivery::valueOf)
                .orElse(Delivery.IN_APP);
    }

    /** Replaces the person's settings with these (kinds left out keep the default). */
    @Transactional
    public void choose(Long accountId, Map<NoticeKind, Delivery> chosen) {
        jdbc.sql("DELETE FROM community_notice_setting WHERE account_id = ?").param(accountId).update();
        chosen.forEach((kind, delivery) -> {
            if (delivery != Delivery.IN_APP) {
                jdbc.sql("INSERT INTO community_notice_setting (account_id, kind, delivery) VALUES (?, ?, ?)")
                        .params(accountId, kind.name(), delivery.name()).update();
            }
        });
    }

    // ---- the centre

    public long unread(Long accountId) {
        return jdbc.sql("SELECT COUNT(*) FROM community_notice WHERE account_id = ? AND read_at IS NULL")
                .param(accountId).query(Long.class).single();
    }

    /** The person's notices, newest first. */
    public List<Notice> newest(Long accountId) {
        return jdbc.sql("SELECT id, kind, change_type, title, path, created_at, read_at FROM community_notice "
                + "WHERE account_id = ? ORDER BY id DESC LIMIT " + PAGE).param(accountId)
                .query((rs, n) -> new Notice(rs.getLong(1), NoticeKind.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getTimestamp(7) != null))
                .list();
    }

    /** Marks one notice of the person read (someone else's is left alone); returns its address, if theirs. */
    @Transactional
    public Optional<String> read(Long accountId, long noticeId) {
        jdbc.sql("UPDATE community_notice SET read_at = ? WHERE id = ? AND account_id = ? AND read_at IS NULL")
                .params(Timestamp.from(today.now()), noticeId, accountId).update();
        return jdbc.sql("SELECT path FROM community_notice WHERE id = ? AND account_id = ?")
                .params(noticeId, accountId).query(String.class).optional();
    }

    @Transactional
    public int readAll(Long accountId) {
        return jdbc.sql("UPDATE community_notice SET read_at = ? WHERE account_id = ? AND read_at IS NULL")
                .params(Timestamp.from(today.now()), accountId).update();
    }

    // ---- digests

    @Scheduled(cron = "${apertura.community.digest-cron:0 30 7 * * *}", zone = Today.ZONE_ID)
    void daily() {
        int sent = sendDigests();
        if (sent > 0) {
            log.info("Sent {} notice digests", sent);
        }
    }

    /**
     * Sends each person whose notices wait for a digest today (daily ones every day, weekly ones on Mondays) one
     * e-mail listing them. Each person's digest is its own transaction; a notice goes into a digest only if this
     * run sets its {@code emailed_at}, so two runs at once never send it twice. Returns how many e-mails it queued.
     */
    public int sendDigests() {
        boolean monday = today.date().getDayOfWeek() == DayOfWeek.MONDAY;
        List<Long> people = jdbc.sql("SELECT DISTINCT n.account_id FROM community_notice n "
                + "JOIN community_notice_setting s ON s.account_id = n.account_id AND s.kind = n.kind "
                + "WHERE n.emailed_at IS NULL AND (s.delivery = 'DAILY' OR (s.delivery = 'WEEKLY' AND ?)) "
                + "ORDER BY n.account_id").param(monday).query(Long.class).list();
        return Claims.each(transactions, people, person -> digest(person, monday));
    }

    private boolean digest(Long accountId, boolean monday) {
        Instant now = today.now();
        List<Notice> waiting = jdbc.sql("SELECT n.id, n.kind, n.change_type, n.title, n.path, n.created_at, n.read_at "
                + "FROM community_notice n JOIN community_notice_setting s ON s.account_id = n.account_id "
                + "AND s.kind = n.kind WHERE n.account_id = ? AND n.emailed_at IS NULL "
                + "AND (s.delivery = 'DAILY' OR (s.delivery = 'WEEKLY' AND ?)) ORDER BY n.id")
                .params(accountId, monday)
                .query((rs, n) -> new Notice(rs.getLong(1), NoticeKind.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getTimestamp(7) != null))
                .list();
        List<String> lines = new ArrayList<>();
        for (Notice notice : waiting) {
            if (jdbc.sql("UPDATE community_notice SET emailed_at = ? WHERE id = ? AND emailed_at IS NULL")
                    .params(Timestamp.from(now), notice.id()).update() == 1) {
                lines.add("- " + notice.title() + ": " + what(notice.changeType()) + "\n  " + baseUrl + notice.path());
            }
        }
        if (lines.isEmpty()) {
            return false;
        }
        Object[] args = {lines.size(), String.join("\n", lines), baseUrl + "/cuenta/notificaciones"};
        mail.enqueue(accounts.get(accountId).getEmail(),
                messages.getMessage("community.mail.digest.subject", args, SPANISH),
                messages.getMessage("community.mail.digest.body", args, SPANISH));
        return true;
    }
}
