package org.apertura.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.Texts;
import org.apertura.platform.time.Today;

/**
 * A meeting of a participation space (ADR 0066): what, when (Mexico City's time), where (an address with an optional
 * map point, an online link, or both), how many seats (none: no limit), whether registration is open, and what makes
 * it accessible. Cancelled with a public reason, it stays visible, marked cancelled; once begun, its minutes are
 * published. The seats taken ({@code registered}) are counted by the database alone, by conditional updates (see
 * {@link MeetingService}), so this entity never writes them.
 */
@Entity
@Table(name = "meeting")
public class Meeting {

    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_ADDRESS = 300;
    public static final int MAX_URL = 500;
    public static final int MAX_ACCESSIBILITY = 2000;
    public static final int MAX_REASON = 2000;
    public static final int MAX_MINUTES = 20000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String spaceKind;
    private String spaceId;
    private String spaceTitle;
    private String spacePath;
    private String title;
    private String description;
    private Instant startsAt;
    private Instant endsAt;
    @Enumerated(EnumType.STRING)
    private MeetingChannel channel;
    private String address;
    private BigDecimal latitude;
    private BigDecimal longitude;
    private String onlineUrl;
    private Integer capacity;
    private boolean registrationOpen;
    private String accessibility;
    @Column(insertable = false, updatable = false)
    private int registered;
    private Instant cancelledAt;
    private String cancelReason;
    private String minutesText;
    private Integer attendees;
    private String minutesSha256;
    private String minutesFileName;
    private String minutesType;
    private Instant minutesAt;
    private Instant createdAt;
    @Version
    private long version;

    protected Meeting() {
    }

    /** A meeting's fields as the form, the API and the demo give them; the times in Mexico City. */
    public record Details(String title, String description, LocalDateTime startsAt, LocalDateTime endsAt,
            MeetingChannel channel, String address, BigDecimal latitude, BigDecimal longitude, String onlineUrl,
            Integer capacity, boolean registrationOpen, String accessibility) {

        /** Every broken rule at once. */
        public List<FieldProblem> check() {
            List<FieldProblem> problems = new ArrayList<>();
            FieldProblem.requiredText(title, MAX_TITLE, "title", problems);
            FieldProblem.requiredText(description, MAX_DESCRIPTION, "description", problems);
            if (startsAt == null) {
                problems.add(new FieldProblem("startsAt", "meetings.error.startsAt"));
            }
            if (endsAt == null) {
                problems.add(new FieldProblem("endsAt", "meetings.error.endsAt"));
            } else if (startsAt != null && !endsAt.isAfter(startsAt)) {
                problems.add(new FieldProblem("endsAt", "meetings.error.endBeforeStart"));
            }
            if (channel == null) {
                problems.add(new FieldProblem("channel", "meetings.error.channel"));
            } else {
                if (channel.atAPlace()) {
                    FieldProblem.blankOrLongerThan(address, MAX_ADDRESS, "address", "meetings.error.address")
                            .ifPresent(problems::add);
                }
                if (channel.online() && !Texts.isWebAddress(onlineUrl, MAX_URL)) {
                    problems.add(new FieldProblem("onlineUrl", "meetings.error.onlineUrl"));
                }
            }
            if ((latitude == null) != (longitude == null) || latitude != null
                    && (latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0
                            || longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0)) {
                problems.add(new FieldProblem("latitude", "meetings.error.point"));
            }
            if (capacity != null && capacity < 0) {
                problems.add(new FieldProblem("capacity", "meetings.error.capacity"));
            }
            FieldProblem.atMost(accessibility, MAX_ACCESSIBILITY, "accessibility", problems);
            return problems;
        }

        Instant startInstant() {
            return startsAt.atZone(Today.ZONE).toInstant();
        }

        Instant endInstant() {
            return endsAt.atZone(Today.ZONE).toInstant();
        }
    }

    /** The public item a meeting belongs to, as it was when the meeting was made. */
    public record Space(String kind, String id, String title, String path) {
    }

    Meeting(Space space, Details details, Instant now) {
        this.spaceKind = space.kind();
        this.spaceId = space.id();
        this.spaceTitle = cut(space.title(), 400);
        this.spacePath = space.path();
        this.createdAt = now;
        apply(details);
    }

    void apply(Details d) {
        this.title = d.title().strip();
        this.description = d.description().strip();
        this.startsAt = d.startInstant();
        this.endsAt = d.endInstant();
        this.channel = d.channel();
        this.address = d.channel().atAPlace() ? d.address().strip() : null;
        this.latitude = d.channel().atAPlace() ? d.latitude() : null;
        this.longitude = d.channel().atAPlace() ? d.longitude() : null;
        this.onlineUrl = d.channel().online() ? d.onlineUrl().strip() : null;
        this.capacity = d.capacity();
        this.registrationOpen = d.registrationOpen();
        this.accessibility = Texts.blankToNull(d.accessibility() == null ? null : d.accessibility().strip());
    }

    private static String cut(String text, int max) {
        return text == null ? "" : text.length() > max ? text.substring(0, max) : text;
    }

    // ---- guards: the policy and the transitions ask the very same methods

    /** Why the meeting cannot be edited: it is cancelled. */
    public Optional<FieldProblem> editRefused() {
        return isCancelled() ? Optional.of(new FieldProblem("meeting", "meetings.error.cancelled")) : Optional.empty();
    }

    /** Why the meeting cannot be cancelled now: already cancelled, or already over. */
    public Optional<FieldProblem> cancelRefused(Instant now) {
        if (isCancelled()) {
            return Optional.of(new FieldProblem("meeting", "meetings.error.cancelled"));
        }
        return now.isBefore(endsAt) ? Optional.empty() : Optional.of(new FieldProblem("meeting", "meetings.error.over"));
    }

    /** Why nobody can register now: cancelled, begun, or registration closed. */
    public Optional<FieldProblem> registrationRefused(Instant now) {
        if (isCancelled()) {
            return Optional.of(new FieldProblem("meeting", "meetings.error.cancelled"));
        }
        if (!now.isBefore(startsAt)) {
            return Optional.of(new FieldProblem("meeting", "meetings.error.past"));
        }
        return registrationOpen ? Optional.empty()
                : Optional.of(new FieldProblem("meeting", "meetings.error.registrationClosed"));
    }

    /** Why a registration cannot be given up now: the meeting has begun (or was cancelled, which ends them all). */
    public Optional<FieldProblem> leaveRefused(Instant now) {
        if (isCancelled()) {
            return Optional.of(new FieldProblem("meeting", "meetings.error.cancelled"));
        }
        return now.isBefore(startsAt) ? Optional.empty() : Optional.of(new FieldProblem("meeting", "meetings.error.past"));
    }

    /** Why minutes cannot be published now: cancelled, or not begun yet. */
    public Optional<FieldProblem> minutesRefused(Instant now) {
        if (isCancelled()) {
            return Optional.of(new FieldProblem("meeting", "meetings.error.cancelled"));
        }
        return now.isBefore(startsAt) ? Optional.of(new FieldProblem("meeting", "meetings.error.notYet"))
                : Optional.empty();
    }

    void cancel(String reason, Instant now) {
        this.cancelledAt = now;
        this.cancelReason = reason.strip();
    }

    void minutes(String text, int attendees, String sha256, String fileName, String type, Instant now) {
        this.minutesText = text.strip();
        this.attendees = attendees;
        if (sha256 != null) {
            this.minutesSha256 = sha256;
            this.minutesFileName = fileName;
            this.minutesType = type;
        }
        this.minutesAt = now;
    }

    public boolean isCancelled() {
        return cancelledAt != null;
    }

    /** Whether it has begun at that instant. */
    public boolean isPastAt(Instant now) {
        return !now.isBefore(startsAt);
    }

    public boolean hasMinutes() {
        return minutesAt != null;
    }

    /** The seats left (null: no limit). */
    public Integer seatsLeft() {
        return capacity == null ? null : Math.max(capacity - registered, 0);
    }

    public Space space() {
        return new Space(spaceKind, spaceId, spaceTitle, spacePath);
    }

    public LocalDateTime localStart() {
        return LocalDateTime.ofInstant(startsAt, Today.ZONE);
    }

    public LocalDateTime localEnd() {
        return LocalDateTime.ofInstant(endsAt, Today.ZONE);
    }

    /** The meeting's fields as a form shows them again. */
    public Details details() {
        return new Details(title, description, localStart(), localEnd(), channel, address, latitude, longitude,
                onlineUrl, capacity, registrationOpen, accessibility);
    }

    public Long getId() { return id; }
    public String getSpaceKind() { return spaceKind; }
    public String getSpaceId() { return spaceId; }
    public String getSpaceTitle() { return spaceTitle; }
    public String getSpacePath() { return spacePath; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public MeetingChannel getChannel() { return channel; }
    public String getAddress() { return address; }
    public BigDecimal getLatitude() { return latitude; }
    public BigDecimal getLongitude() { return longitude; }
    public String getOnlineUrl() { return onlineUrl; }
    public Integer getCapacity() { return capacity; }
    public boolean isRegistrationOpen() { return registrationOpen; }
    public String getAccessibility() { return accessibility; }
    public int getRegistered() { return registered; }
    public Instant getCancelledAt() { return cancelledAt; }
    public String getCancelReason() { return cancelReason; }
    public String getMinutesText() { return minutesText; }
    public Integer getAttendees() { return attendees; }
    public String getMinutesSha256() { return minutesSha256; }
    public String getMinutesFileName() { return minutesFileName; }
    public String getMinutesType() { return minutesType; }
    public Instant getMinutesAt() { return minutesAt; }
    public Instant getCreatedAt() { return createdAt; }
}
