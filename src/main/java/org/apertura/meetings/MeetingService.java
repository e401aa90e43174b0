package org.apertura.meetings;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apertura.identity.AccountService;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.PublicUrl;
import org.apertura.platform.items.PublicItem;
import org.apertura.platform.items.PublicItems;
import org.apertura.platform.mail.MailOutbox;
import org.apertura.platform.security.Actor;
import org.apertura.platform.security.Allowed;
import org.apertura.platform.security.PublicActor;
import org.apertura.platform.storage.FileTypes;
import org.apertura.platform.storage.Storage;
import org.apertura.platform.time.Today;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings of participation spaces (issue 21; ADR 0066). Every write first locks the meeting's row
 * ({@code SELECT … FOR UPDATE}), before the ledger's head, so writes on one meeting queue in one order and never
 * deadlock; a seat is then taken by a conditional update ({@code registered < capacity}), so of two people racing for
 * the last seat exactly one gets it and the other joins the waiting list. Mail goes through the outbox in the same
 * transaction: a handful per act (the registrants of one meeting), never a batch at start-up.
 */
@Service
@Transactional(readOnly = true)
public class MeetingService {

    static final String MODULE = "meetings";
    static final String SUBJECT = "meeting";
    private static final Locale SPANISH = Today.LOCALE;
    private static final char[] CODE = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    /** The largest minutes file, in bytes. */
    public static final int MAX_FILE = 10 * 1024 * 1024;

    private final MeetingRepository meetings;
    private final MeetingPolicy policy;
    private final PublicItems items;
    private final JdbcClient jdbc;
    private final LedgerService ledger;
    private final MailOutbox mail;
    private final AccountService accounts;
    private final MessageSource messages;
    private final PublicUrl publicUrl;
    private final Storage storage;
    private final Today today;
    private final SecureRandom random = new SecureRandom();

    MeetingService(MeetingRepository meetings, MeetingPolicy policy, PublicItems items, JdbcClient jdbc,
            LedgerService ledger, MailOutbox mail, AccountService accounts, MessageSource messages,
            PublicUrl publicUrl, Storage storage, Today today) {
        this.meetings = meetings;
        this.policy = policy;
        this.items = items;
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.mail = mail;
        this.accounts = accounts;
        this.messages = messages;
        this.publicUrl = publicUrl;
        this.storage = storage;
        this.today = today;
    }

    // ---- reading

    public Meeting meeting(long id) {
        return meetings.findById(id).orElseThrow(() -> new NotFoundException("meeting " + id));
    }

    /** Meetings that have not begun, soonest first. */
    public List<Meeting> upcoming() {
        return meetings.findByStartsAtGreaterThanEqualOrderByStartsAtAsc(today.now());
    }

    /** Meetings that have begun, latest first. */
    public List<Meeting> past() {
        return meetings.findByStartsAtLessThanOrderByStartsAtDesc(today.now());
    }

    public List<Meeting> all() {
        return meetings.findAllByOrderByStartsAtAsc();
    }

    public List<Meeting> ofSpace(String kind, String id) {
        return meetings.findBySpaceKindAndSpaceIdOrderByStartsAtAsc(kind, id);
    }

    /** The public item a meeting can belong to, or a 404. */
    public PublicItem space(String kind, String id) {
        return items.get(kind == null ? "" : kind, id == null ? "" : id);
    }

    public Instant now() {
        return today.now();
    }

    /** How many are on the waiting list (never who). */
    public long waiting(Meeting meeting) {
        return jdbc.sql("SELECT COUNT(*) FROM meeting_registration WHERE meeting_id = ? AND status = 'WAITING'")
                .param(meeting.getId()).query(Long.class).single();
    }

    /** How many are on the waiting list of each of these meetings, by meeting (none: absent); for lists. */
    public Map<Long, Long> waiting(Collection<Meeting> shown) {
        if (shown.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> waiting = new HashMap<>();
        jdbc.sql("SELECT meeting_id, COUNT(*) FROM meeting_registration WHERE status = 'WAITING' AND meeting_id IN ("
                + String.join(",", Collections.nCopies(shown.size(), "?")) + ") GROUP BY meeting_id")
                .params(shown.stream().map(Meeting::getId).toList())
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2))).list()
                .forEach(e -> waiting.put(e.getKey(), e.getValue()));
        return waiting;
    }

    /** The current person's registration: its code, seat or waiting list, and their place on the list. */
    public record MyRegistration(String code, RegistrationStatus status, long place) {

        /** Whether they hold a seat (else they are waiting). */
        public boolean seated() {
            return status == RegistrationStatus.REGISTERED;
        }
    }

    public Optional<MyRegistration> mine(Meeting meeting) {
        return PublicActor.current().flatMap(a -> registrationOf(meeting.getId(), a.accountId()));
    }

    private Optional<MyRegistration> registrationOf(long meetingId, long accountId) {
        return jdbc.sql("SELECT r.code, r.status, (SELECT COUNT(*) FROM meeting_registration w WHERE w.meeting_id = "
                + "r.meeting_id AND w.status = 'WAITING' AND w.id <= r.id) FROM meeting_registration r "
                + "WHERE r.meeting_id = ? AND r.account_id = ?").params(meetingId, accountId)
                .query((rs, i) -> new MyRegistration(rs.getString(1), RegistrationStatus.valueOf(rs.getString(2)),
                        rs.getLong(3))).optional();
    }

    /** What the current person may do in the space (to offer "new meeting" on its panel). */
    public Allowed<MeetingAction> entitledIn(PublicItem space) {
        return policy.entitled(Actor.current(), items.secretariatOf(space));
    }

    /** What the current person may do with the meeting now. */
    public Allowed<MeetingAction> allowedOn(Meeting meeting) {
        return policy.onMeeting(Actor.current(), secretariatOf(meeting), meeting, today.now(), mine(meeting).isPresent());
    }

    private Optional<String> secretariatOf(Meeting meeting) {
        return items.find(meeting.getSpaceKind(), meeting.getSpaceId()).flatMap(items::secretariatOf);
    }

    private Allowed<MeetingAction> entitledOn(Meeting meeting) {
        return policy.entitled(Actor.current(), secretariatOf(meeting));
    }

    // ---- coordinators

    /** Those who coordinate the space create a meeting of it. */
    @Transactional
    public Meeting create(String spaceKind, String spaceId, Meeting.Details details) {
        PublicItem space = space(spaceKind, spaceId);
        entitledIn(space).require(MeetingAction.CREATE);
        InvalidInputException.throwIfAny(details.check());
        Meeting meeting = meetings.saveAndFlush(new Meeting(new Meeting.Space(space.kind(), space.id(), space.title(),
                space.path()), details, today.now()));
        Map<String, Object> record = record(meeting);
        record.putAll(publicFields(meeting));
        ledger.append(MODULE, "meeting.created", SUBJECT, meeting.getId(), record);
        return meeting;
    }

    /**
     * Those who coordinate the space edit a meeting that is not cancelled; the seats cannot drop below those taken.
     * A new day, time or place is e-mailed to everyone registered or waiting; more seats promote the waiting list.
     */
    @Transactional
    public Meeting edit(long id, Meeting.Details details) {
        entitledOn(meeting(id)).require(MeetingAction.EDIT);
        lock(id);
        Meeting meeting = meeting(id);
        List<FieldProblem> problems = new ArrayList<>();
        meeting.editRefused().ifPresent(problems::add);
        problems.addAll(details.check());
        int taken = seatsTaken(id);
        if (details.capacity() != null && details.capacity() >= 0 && details.capacity() < taken) {
            problems.add(new FieldProblem("capacity", "meetings.error.capacityBelow", taken));
        }
        InvalidInputException.throwIfAny(problems);
        Map<String, Object> before = publicFields(meeting);
        boolean moved = !Objects.equals(meeting.getStartsAt(), details.startInstant())
                || !Objects.equals(meeting.getEndsAt(), details.endInstant()) || placeChanged(meeting, details);
        meeting.apply(details);
        meetings.saveAndFlush(meeting);
        List<Long> promoted = promote(meeting);
        Map<String, Object> after = publicFields(meeting);
        Map<String, Object> record = record(meeting);
        after.forEach((k, v) -> {
            if (!Objects.equals(before.get(k), v)) {
                record.put(k, v);
            }
        });
        record.put("promoted", promoted.size());
        ledger.append(MODULE, "meeting.edited", SUBJECT, meeting.getId(), record);
        if (moved) {
            for (Long account : registrants(id)) {
                send(account, "mail.meetings.moved", meeting, null);
            }
        }
        promoted.forEach(account -> send(account, "mail.meetings.promoted", meeting, codeOf(id, account)));
        return meeting;
    }

    private static boolean placeChanged(Meeting meeting, Meeting.Details d) {
        return meeting.getChannel() != d.channel() || !Objects.equals(meeting.getAddress(),
                d.channel() != null && d.channel() != MeetingChannel.ONLINE && d.address() != null ? d.address().strip() : null)
                || !Objects.equals(meeting.getOnlineUrl(),
                        d.channel() != null && d.channel() != MeetingChannel.IN_PERSON && d.onlineUrl() != null
                                ? d.onlineUrl().strip() : null);
    }

    /** Those who coordinate the space cancel a meeting with a public reason; everyone registered or waiting is told. */
    @Transactional
    public Meeting cancel(long id, String reason) {
        entitledOn(meeting(id)).require(MeetingAction.CANCEL);
        lock(id);
        Meeting meeting = meeting(id);
        List<FieldProblem> problems = new ArrayList<>();
        meeting.cancelRefused(today.now()).ifPresent(problems::add);
        FieldProblem.requiredText(reason, Meeting.MAX_REASON, "reason", problems);
        InvalidInputException.throwIfAny(problems);
        meeting.cancel(reason, today.now());
        meetings.saveAndFlush(meeting);
        Map<String, Object> record = record(meeting);
        record.put("reason", meeting.getCancelReason());
        ledger.append(MODULE, "meeting.cancelled", SUBJECT, meeting.getId(), record);
        for (Long account : registrants(id)) {
            send(account, "mail.meetings.cancelled", meeting, meeting.getCancelReason());
        }
        return meeting;
    }

    /** A minutes file as uploaded: its name and bytes (none: text only). */
    public record MinutesFile(String name, byte[] content) {
    }

    /**
     * Once the meeting has begun, those who coordinate the space publish its minutes: the text, how many attended, and
     * optionally a file (a PDF, an image, a text or office document, its type checked from its content) kept in the
     * platform's storage. Published again, they replace the earlier ones (the public history keeps every version).
     */
    @Transactional
    public Meeting publishMinutes(long id, String text, Integer attendees, MinutesFile file) {
        entitledOn(meeting(id)).require(MeetingAction.PUBLISH_MINUTES);
        lock(id);
        Meeting meeting = meeting(id);
        List<FieldProblem> problems = new ArrayList<>();
        meeting.minutesRefused(today.now()).ifPresent(problems::add);
        FieldProblem.requiredText(text, Meeting.MAX_MINUTES, "text", problems);
        if (attendees == null || attendees < 0) {
            problems.add(new FieldProblem("attendees", "meetings.error.attendees"));
        }
        String type = null;
        boolean hasFile = file != null && file.content() != null && file.content().length > 0;
        if (hasFile) {
            type = FileTypes.detect(file.content(), file.name()).orElse(null);
            if (type == null || file.content().length > MAX_FILE) {
                problems.add(new FieldProblem("file", "meetings.error.file", MAX_FILE / (1024 * 1024)));
            }
        }
        InvalidInputException.throwIfAny(problems);
        String sha = hasFile ? storage.store(file.content()) : null;
        String name = hasFile ? fileName(file.name()) : null;
        meeting.minutes(text, attendees, sha, name, type, today.now());
        meetings.saveAndFlush(meeting);
        Map<String, Object> record = record(meeting);
        record.put("minutes", meeting.getMinutesText());
        record.put("attendees", meeting.getAttendees());
        if (meeting.getMinutesSha256() != null) {
            record.put("file", meeting.getMinutesFileName());
            record.put("sha256", meeting.getMinutesSha256());
        }
        ledger.append(MODULE, "meeting.minutes", SUBJECT, meeting.getId(), record);
        return meeting;
    }

    private static String fileName(String name) {
        String clean = name == null ? "" : name.replaceAll("[^A-Za-z0-9._-]", "_");
        clean = clean.isBlank() ? "minuta" : clean;
        return clean.length() > 200 ? clean.substring(clean.length() - 200) : clean;
    }

    // ---- people

    /**
     * The current person registers: a seat while one is left, else the waiting list; a confirmation e-mail with
     * their code either way. Once per person; not for a cancelled or begun meeting, nor with registration closed.
     */
    @Transactional
    public MyRegistration register(long id) {
        PublicActor actor = PublicActor.current().orElseThrow(() -> new AccessDeniedException("sign in"));
        lock(id);
        Meeting meeting = meeting(id);
        List<FieldProblem> problems = new ArrayList<>();
        meeting.registrationRefused(today.now()).ifPresent(problems::add);
        if (registrationOf(id, actor.accountId()).isPresent()) {
            problems.add(new FieldProblem("meeting", "meetings.error.twice"));
        }
        InvalidInputException.throwIfAny(problems);
        boolean seat = takeSeat(id);
        String code = code();
        jdbc.sql("INSERT INTO meeting_registration (meeting_id, account_id, code, status, registered_at) "
                + "VALUES (?, ?, ?, ?, ?)").params(id, actor.accountId(), code,
                        (seat ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITING).name(),
                        Timestamp.from(today.now())).update();
        countsChanged(meeting, "meeting.registration");
        send(actor.accountId(), seat ? "mail.meetings.registered" : "mail.meetings.waiting", meeting, code);
        return registrationOf(id, actor.accountId()).orElseThrow();
    }

    /**
     * The current person gives up their registration before the meeting; a seat they held goes to the first on the
     * waiting list, who is told by e-mail.
     */
    @Transactional
    public void leave(long id) {
        PublicActor actor = PublicActor.current().orElseThrow(() -> new AccessDeniedException("sign in"));
        lock(id);
        Meeting meeting = meeting(id);
        Optional<MyRegistration> mine = registrationOf(id, actor.accountId());
        List<FieldProblem> problems = new ArrayList<>();
        if (mine.isEmpty()) {
            problems.add(new FieldProblem("meeting", "meetings.error.notRegistered"));
        }
        meeting.leaveRefused(today.now()).ifPresent(problems::add);
        InvalidInputException.throwIfAny(problems);
        jdbc.sql("DELETE FROM meeting_registration WHERE meeting_id = ? AND account_id = ?")
                .params(id, actor.accountId()).update();
        List<Long> promoted = List.of();
        if (mine.get().status() == RegistrationStatus.REGISTERED) {
            jdbc.sql("UPDATE meeting SET registered = registered - 1 WHERE id = ?").param(id).update();
            promoted = promote(meeting);
        }
        countsChanged(meeting, "meeting.registration-cancelled");
        promoted.forEach(account -> send(account, "mail.meetings.promoted", meeting, codeOf(id, account)));
    }

    // ---- seats

    /** Locks the meeting's row for this transaction: writes on one meeting queue here, before the ledger's head. */
    private void lock(long id) {
        jdbc.sql("SELECT id FROM meeting WHERE id = ? FOR UPDATE").param(id).query(Long.class).optional()
                .orElseThrow(() -> new NotFoundException("meeting " + id));
    }

    /** Takes a seat if one is left: one conditional update, true for exactly one of two racing for the last. */
    private boolean takeSeat(long id) {
        return jdbc.sql("UPDATE meeting SET registered = registered + 1 WHERE id = ? AND cancelled_at IS NULL "
                + "AND (capacity IS NULL OR registered < capacity)").param(id).update() == 1;
    }

    private int seatsTaken(long id) {
        return jdbc.sql("SELECT registered FROM meeting WHERE id = ?").param(id).query(Integer.class).single();
    }

    /** Gives free seats to the waiting list in order; the accounts promoted. */
    private List<Long> promote(Meeting meeting) {
        List<Long> promoted = new ArrayList<>();
        while (true) {
            Optional<long[]> first = jdbc.sql("SELECT id, account_id FROM meeting_registration WHERE meeting_id = ? "
                    + "AND status = 'WAITING' ORDER BY id FETCH FIRST 1 ROWS ONLY").param(meeting.getId())
                    .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}).optional();
            if (first.isEmpty() || !takeSeat(meeting.getId())) {
                return promoted;
            }
            jdbc.sql("UPDATE meeting_registration SET status = 'REGISTERED' WHERE id = ?").param(first.get()[0]).update();
            promoted.add(first.get()[1]);
        }
    }

    private List<Long> registrants(long id) {
        return jdbc.sql("SELECT account_id FROM meeting_registration WHERE meeting_id = ? ORDER BY id").param(id)
                .query(Long.class).list();
    }

    private String codeOf(long id, long account) {
        return registrationOf(id, account).map(MyRegistration::code).orElse("");
    }

    private String code() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            code.append(CODE[random.nextInt(CODE.length)]);
        }
        return code.toString();
    }

    /** The counts in the public history (never who). */
    private void countsChanged(Meeting meeting, String type) {
        Map<String, Object> record = record(meeting);
        record.put("registered", seatsTaken(meeting.getId()));
        record.put("waiting", waiting(meeting));
        ledger.append(MODULE, type, SUBJECT, meeting.getId(), record);
    }

    private void send(long accountId, String key, Meeting meeting, String extra) {
        Object[] args = {meeting.getTitle(), today.dateTime(meeting.getStartsAt()),
            meeting.getAddress() == null ? meeting.getOnlineUrl() : meeting.getAddress(),
            publicUrl.of("/reuniones/" + meeting.getId()), extra == null ? "" : extra};
        mail.enqueue(accounts.get(accountId).getEmail(), messages.getMessage(key + ".subject", args, SPANISH),
                messages.getMessage(key + ".body", args, SPANISH));
    }

    private static Map<String, Object> record(Meeting meeting) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("meeting", meeting.getId());
        record.put("title", meeting.getTitle());
        record.put("space", meeting.getSpaceKind() + ":" + meeting.getSpaceId());
        return record;
    }

    private static Map<String, Object> publicFields(Meeting m) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", m.getTitle());
        fields.put("description", m.getDescription());
        fields.put("startsAt", m.getStartsAt().toString());
        fields.put("endsAt", m.getEndsAt().toString());
        fields.put("channel", m.getChannel().name());
        fields.put("address", m.getAddress());
        fields.put("latitude", m.getLatitude() == null ? null : m.getLatitude().toPlainString());
        fields.put("longitude", m.getLongitude() == null ? null : m.getLongitude().toPlainString());
        fields.put("onlineUrl", m.getOnlineUrl());
        fields.put("capacity", m.getCapacity());
        fields.put("registrationOpen", m.isRegistrationOpen());
        fields.put("accessibility", m.getAccessibility());
        return fields;
    }
}
