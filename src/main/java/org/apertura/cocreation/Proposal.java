package org.apertura.cocreation;

import org.apertura.platform.intake.Channel;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apertura.actionplan.Theme;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.Texts;

/**
 * A proposal to a call: the problem it addresses, what it proposes, its themes and optional place, its
 * author's public name (a pseudonym is fine) and the channel it came through. A facilitator enters proposals
 * from workshops, paper forms, phone or messaging with the date and place received and, optionally, a scan
 * of the original. Every proposal ends with a public disposition and the commitments it fed.
 */
@Entity
@Table(name = "proposal")
public class Proposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long callId;
    private int number;
    private String title;
    private String problem;
    private String proposal;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "proposal_theme", joinColumns = @JoinColumn(name = "proposal_id"))
    @Column(name = "theme")
    @Enumerated(EnumType.STRING)
    private Set<Theme> themes = EnumSet.noneOf(Theme.class);
    private String municipalitySlug;
    private String neighbourhood;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    private LocalDate receivedOn;
    private String place;
    private java.math.BigDecimal latitude;
    private java.math.BigDecimal longitude;
    private Long authorAccountId;
    private String authorName;
    private String authorContact;
    private Long facilitatorAccountId;
    private String facilitatorName;
    private String originalSha256;
    private String originalName;
    private String originalType;
    private Long originalSize;
    @Enumerated(EnumType.STRING)
    private Disposition disposition;
    private String dispositionReason;
    private Instant disposedAt;
    private String disposedBy;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "proposal_commitment", joinColumns = @JoinColumn(name = "proposal_id"))
    @Column(name = "commitment_id")
    private Set<Long> commitmentIds = new LinkedHashSet<>();
    private int talliedSupports;
    private Instant createdAt;
    private Instant editedAt;
    @Version
    private long version;

    protected Proposal() {
    }

    /** What a proposal says. */
    public record Text(String title, String problem, String proposal, Set<Theme> themes, String municipalitySlug,
            String neighbourhood) {

        public List<FieldProblem> check() {
            List<FieldProblem> problems = new ArrayList<>();
            FieldProblem.requiredText(title, 200, "title", problems);
            FieldProblem.requiredText(problem, 4000, "problem", problems);
            FieldProblem.requiredText(proposal, 8000, "proposal", problems);
            if (themes == null || themes.isEmpty()) {
                problems.add(new FieldProblem("themes", "cocreation.validation.themes"));
            }
            FieldProblem.atMost(neighbourhood, 200, "neighbourhood", problems);
            return problems;
        }
    }

    /** Who entered a proposal from another channel, and where and when it was received. */
    public record Intake(Channel channel, LocalDate receivedOn, String place, String authorName, String authorContact) {

        public List<FieldProblem> check(Call call, LocalDate today) {
            List<FieldProblem> problems = new ArrayList<>();
            if (channel == null || !channel.facilitated()) {
                problems.add(new FieldProblem("channel", "cocreation.validation.channel"));
            }
            if (receivedOn == null) {
                problems.add(new FieldProblem("receivedOn", "cocreation.validation.receivedOn"));
            } else if (receivedOn.isAfter(today)) {
                problems.add(new FieldProblem("receivedOn", "cocreation.validation.receivedInFuture"));
            } else if (!call.acceptsProposalsOn(receivedOn)) {
                problems.add(new FieldProblem("receivedOn", "cocreation.validation.receivedOutsideCall",
                        call.getSubmissionOpens(), call.getSubmissionCloses()));
            }
            if (channel == Channel.IN_PERSON && Texts.isBlank(place)) {
                problems.add(new FieldProblem("place", "cocreation.validation.place"));
            }
            FieldProblem.atMost(place, 300, "place", problems);
            FieldProblem.atMost(authorName, 120, "authorName", problems);
            if (authorName != null && authorName.contains("@")) {
                problems.add(new FieldProblem("authorName", "cocreation.validation.authorNameEmail"));
            }
            FieldProblem.atMost(authorContact, 300, "authorContact", problems);
            return problems;
        }
    }

    static Proposal online(Call call, int number, Text text, Long accountId, String displayName, LocalDate today,
            Instant now) {
        Proposal p = new Proposal(call, number, text, now);
        p.channel = Channel.ONLINE;
        p.receivedOn = today;
        p.authorAccountId = accountId;
        p.authorName = displayName;
        return p;
    }

    static Proposal facilitated(Call call, int number, Text text, Intake intake, Long facilitatorId,
            String facilitatorName, String anonymousName, Instant now) {
        Proposal p = new Proposal(call, number, text, now);
        p.channel = intake.channel();
        p.receivedOn = intake.receivedOn();
        p.place = Texts.blankToNull(intake.place());
        p.authorName = Texts.isBlank(intake.authorName()) ? anonymousName : intake.authorName().strip();
        p.authorContact = Texts.blankToNull(intake.authorContact());
        p.facilitatorAccountId = facilitatorId;
        p.facilitatorName = facilitatorName;
        return p;
    }

    private Proposal(Call call, int number, Text text, Instant now) {
        this.callId = call.getId();
        this.number = number;
        this.createdAt = now;
        write(text);
    }

    private void write(Text text) {
        this.title = text.title().strip();
        this.problem = text.problem().strip();
        this.proposal = text.proposal().strip();
        this.themes = EnumSet.copyOf(text.themes());
        this.municipalitySlug = Texts.blankToNull(text.municipalitySlug());
        this.neighbourhood = Texts.blankToNull(text.neighbourhood());
    }

    /** Changes the text; the caller keeps the earlier text when the proposal already has supports. */
    void edit(Text text, Instant now) {
        if (disposition != null) {
            throw new InvalidInputException("title", "cocreation.error.alreadyDisposed");
        }
        write(text);
        this.editedAt = now;
    }

    /** An accepted amendment replaces what the proposal proposes (ADR 0065); the caller keeps the earlier text. */
    void amend(String text, Instant now) {
        if (disposition != null) {
            throw new InvalidInputException("text", "cocreation.error.alreadyDisposed");
        }
        this.proposal = text.strip();
        this.editedAt = now;
    }

    void attachOriginal(String sha256, String name, String type, long size) {
        this.originalSha256 = sha256;
        this.originalName = name;
        this.originalType = type;
        this.originalSize = size;
    }

    /** Puts the proposal on the map at a point its author chose, or takes it off (null). */
    void locate(org.apertura.platform.media.GeoPoint point) {
        this.latitude = point == null ? null : point.latitude();
        this.longitude = point == null ? null : point.longitude();
    }

    /** Gives the public reasoned response; a proposal that fed the plan names the commitments it fed. */
    void dispose(Disposition disposition, String reason, Set<Long> commitments, String by, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        FieldProblem.required(disposition, "disposition", problems);
        if (Texts.isBlank(reason) || reason.strip().length() < 20 || reason.strip().length() > 4000) {
            problems.add(new FieldProblem("reason", "cocreation.validation.reason"));
        }
        if (disposition != null && disposition.fedCommitments() && (commitments == null || commitments.isEmpty())) {
            problems.add(new FieldProblem("commitments", "cocreation.validation.commitmentsRequired"));
        }
        if (disposition == Disposition.NOT_INCORPORATED && commitments != null && !commitments.isEmpty()) {
            problems.add(new FieldProblem("commitments", "cocreation.validation.commitmentsNotAllowed"));
        }
        InvalidInputException.throwIfAny(problems);
        this.disposition = disposition;
        this.dispositionReason = reason.strip();
        this.commitmentIds = new LinkedHashSet<>(commitments == null ? Set.of() : commitments);
        this.disposedBy = by;
        this.disposedAt = now;
    }

    boolean isAuthor(Long accountId) {
        return accountId != null && accountId.equals(authorAccountId);
    }

    void tallied(int supports) {
        this.talliedSupports = supports;
    }

    /** Its author edits it while the call takes proposals, until it has a disposition. */
    java.util.Optional<org.apertura.platform.FieldProblem> editRefused(Call call, java.time.LocalDate today) {
        if (!call.acceptsProposalsOn(today)) {
            return java.util.Optional.of(new org.apertura.platform.FieldProblem("title", "cocreation.error.editClosed"));
        }
        return disposition != null
                ? java.util.Optional.of(new org.apertura.platform.FieldProblem("title", "cocreation.error.alreadyDisposed"))
                : java.util.Optional.empty();
    }

    public boolean hasDisposition() {
        return disposition != null;
    }

    public Long getId() {
        return id;
    }

    public Long getCallId() {
        return callId;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getProblem() {
        return problem;
    }

    public String getProposal() {
        return proposal;
    }

    public Set<Theme> getThemes() {
        return themes;
    }

    public String getMunicipalitySlug() {
        return municipalitySlug;
    }

    public String getNeighbourhood() {
        return neighbourhood;
    }

    public Channel getChannel() {
        return channel;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public String getPlace() {
        return place;
    }

    /** The latitude of the proposal's point on the map, or null. */
    public java.math.BigDecimal getLatitude() {
        return latitude;
    }

    /** The longitude of the proposal's point on the map, or null. */
    public java.math.BigDecimal getLongitude() {
        return longitude;
    }

    /** The public name of the author (may be a pseudonym). */
    public String getAuthorName() {
        return authorName;
    }

    public String getFacilitatorName() {
        return facilitatorName;
    }

    public boolean hasOriginal() {
        return originalSha256 != null;
    }

    public String getOriginalSha256() {
        return originalSha256;
    }

    public String getOriginalName() {
        return originalName;
    }

    public String getOriginalType() {
        return originalType;
    }

    public Long getOriginalSize() {
        return originalSize;
    }

    public Disposition getDisposition() {
        return disposition;
    }

    public String getDispositionReason() {
        return dispositionReason;
    }

    public Instant getDisposedAt() {
        return disposedAt;
    }

    public String getDisposedBy() {
        return disposedBy;
    }

    public Set<Long> getCommitmentIds() {
        return commitmentIds;
    }

    public int getTalliedSupports() {
        return talliedSupports;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    Long getAuthorAccountId() {
        return authorAccountId;
    }

    String getAuthorContact() {
        return authorContact;
    }
}
