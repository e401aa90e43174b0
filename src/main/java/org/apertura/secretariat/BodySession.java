package org.apertura.secretariat;

import org.apertura.platform.time.Today;
import org.apertura.platform.Texts;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apertura.deadlines.NationalCalendar;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.Hashing;
import org.apertura.platform.InvalidInputException;

/**
 * A session of a body: when and where, the notice given, the agenda, who attended, and once approved, its
 * minutes frozen with their SHA-256 (after that nothing about the session can change).
 */
@Entity
@Table(name = "body_session")
public class BodySession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long bodyId;
    private int number;
    @Enumerated(EnumType.STRING)
    private SessionKind kind;
    private Instant startsAt;
    private String place;
    private String onlineUrl;
    private LocalDate noticePublishedOn;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "session_agenda_item", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    @Column(name = "title")
    private List<String> agenda = new ArrayList<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "session_attendance", joinColumns = @JoinColumn(name = "session_id"))
    @MapKeyColumn(name = "member_id")
    @Column(name = "present")
    private Map<Long, Boolean> attendance = new HashMap<>();
    private String minutesHtml;
    private String minutesSha256;
    private Instant minutesApprovedAt;
    private Instant createdAt;
    @Version
    private long version;

    protected BodySession() {
    }

    BodySession(Long bodyId, int number, SessionKind kind, Instant startsAt, String place, String onlineUrl,
            LocalDate noticePublishedOn, List<String> agenda, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        FieldProblem.required(kind, "kind", problems);
        if (startsAt == null) {
            problems.add(new FieldProblem("startsAt", "validation.dateTime"));
        }
        if (Texts.isBlank(place) && Texts.isBlank(onlineUrl)) {
            problems.add(new FieldProblem("place", "session.error.where"));
        }
        if (place != null && place.length() > 300) {
            problems.add(new FieldProblem("place", "validation.max", 300));
        }
        if (!Texts.isBlank(onlineUrl) && !Texts.isWebAddress(onlineUrl, 500)) {
            problems.add(new FieldProblem("onlineUrl", "validation.url"));
        }
        if (noticePublishedOn == null) {
            problems.add(new FieldProblem("noticePublishedOn", "validation.date"));
        } else if (startsAt != null && noticePublishedOn.isAfter(startsAt.atZone(Today.ZONE).toLocalDate())) {
            problems.add(new FieldProblem("noticePublishedOn", "session.error.noticeAfter"));
        }
        List<String> items = agenda == null ? List.of() : agenda.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (items.isEmpty()) {
            problems.add(new FieldProblem("agenda", "session.error.agenda"));
        } else if (items.stream().anyMatch(s -> s.length() > 300)) {
            problems.add(new FieldProblem("agenda", "validation.max", 300));
        }
        InvalidInputException.throwIfAny(problems);
        this.bodyId = bodyId;
        this.number = number;
        this.kind = kind;
        this.startsAt = startsAt;
        this.place = Texts.blankToNull(place);
        this.onlineUrl = Texts.blankToNull(onlineUrl);
        this.noticePublishedOn = noticePublishedOn;
        this.agenda = new ArrayList<>(items);
        this.createdAt = now;
    }

    /** Business days of notice the call gave (national calendar, counted from the day after publication). */
    public int noticeGiven() {
        return NationalCalendar.businessDaysBetween(noticePublishedOn, getDate());
    }

    /** Whether the call came later than the body's rule asks. */
    public boolean isShortNotice(CollegiateBody body) {
        return noticeGiven() < body.getNoticeBusinessDays();
    }

    public LocalDate getDate() {
        return startsAt.atZone(Today.ZONE).toLocalDate();
    }

    public boolean isFrozen() {
        return minutesApprovedAt != null;
    }

    void recordAttendance(Map<Long, Boolean> presence) {
        requireOpen();
        attendance.clear();
        attendance.putAll(presence);
    }

    public boolean isPresent(Long memberId) {
        return Boolean.TRUE.equals(attendance.get(memberId));
    }

    public boolean hasAttendance() {
        return !attendance.isEmpty();
    }

    /** Freezes the minutes: their HTML and its SHA-256 never change again, nor does the session. */
    void approveMinutes(String html, Instant now) {
        requireOpen();
        this.minutesHtml = html;
        this.minutesSha256 = Hashing.sha256Hex(html);
        this.minutesApprovedAt = now;
    }

    void requireOpen() {
        InvalidInputException.throwIf(openRefused());
    }

    // ---- the guards: whether each act may happen now, and why not. The service checks exactly these, and
    // BodyPolicy offers only what they allow.

    /** Approved minutes freeze the session: nothing of it changes again. */
    Optional<FieldProblem> openRefused() {
        return isFrozen() ? Optional.of(new FieldProblem("session", "session.error.frozen")) : Optional.empty();
    }

    /** Attendance is recorded while the session is open and before any vote is cast (quorum rests on it). */
    Optional<FieldProblem> attendanceRefused(List<Agreement> agreements) {
        if (isFrozen()) {
            return openRefused();
        }
        return agreements.stream().anyMatch(a -> !a.getVotes().isEmpty())
                ? Optional.of(new FieldProblem("present", "session.error.votingStarted")) : Optional.empty();
    }

    /** Votes are recorded on an agreement still in its vote, while the session is open. */
    Optional<FieldProblem> voteRefused(Agreement agreement) {
        if (isFrozen()) {
            return openRefused();
        }
        return agreement.getStatus() != AgreementStatus.PROPOSED
                ? Optional.of(new FieldProblem("votes", "agreement.error.decided")) : Optional.empty();
    }

    /** The minutes are approved once, with the attendance recorded and every vote closed. */
    Optional<FieldProblem> minutesRefused(List<Agreement> agreements) {
        if (isFrozen()) {
            return openRefused();
        }
        if (!hasAttendance()) {
            return Optional.of(new FieldProblem("minutes", "minutes.error.noAttendance"));
        }
        return agreements.stream().anyMatch(a -> a.getStatus() == AgreementStatus.PROPOSED)
                ? Optional.of(new FieldProblem("minutes", "minutes.error.openVotes")) : Optional.empty();
    }

    Map<String, Object> publicRecord(String bodySlug) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("body", bodySlug);
        record.put("number", number);
        record.put("kind", kind);
        record.put("startsAt", startsAt);
        record.put("place", place);
        record.put("onlineUrl", onlineUrl);
        record.put("noticePublishedOn", noticePublishedOn);
        record.put("agenda", List.copyOf(agenda));
        return record;
    }

    public Long getId() {
        return id;
    }

    public Long getBodyId() {
        return bodyId;
    }

    public int getNumber() {
        return number;
    }

    public SessionKind getKind() {
        return kind;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public String getPlace() {
        return place;
    }

    public String getOnlineUrl() {
        return onlineUrl;
    }

    public LocalDate getNoticePublishedOn() {
        return noticePublishedOn;
    }

    public List<String> getAgenda() {
        return List.copyOf(agenda);
    }

    public Map<Long, Boolean> getAttendance() {
        return Map.copyOf(attendance);
    }

    public String getMinutesHtml() {
        return minutesHtml;
    }

    public String getMinutesSha256() {
        return minutesSha256;
    }

    public Instant getMinutesApprovedAt() {
        return minutesApprovedAt;
    }
}
