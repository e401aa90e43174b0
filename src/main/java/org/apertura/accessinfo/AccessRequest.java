package org.apertura.accessinfo;

import org.apertura.platform.SpanishSearch;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apertura.platform.Emails;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.Texts;
import org.apertura.deadlines.Term;
import org.apertura.deadlines.Deadlines;

/**
 * A request for access to information to one institution (solicitud de acceso), under the LGTAIP 2025. Its
 * lifecycle ({@link Stage}) is kept apart from its {@link Outcome}. Every transition checks its rule and its
 * deadline here, and returns the public step it makes; deadlines come from the request's {@link Deadlines}
 * (its guarantor's calendar and its law's terms), fixed when it was filed and recomputed when the calendar
 * changes. The requester's identity (account, e-mail, follow-up link) is private to this class and its module.
 */
@Entity
@Table(name = "access_request")
public class AccessRequest {

    /** Most characters a description may have. */
    public static final int MAX_DESCRIPTION = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String folio;
    private String filingId;
    private Long institutionId;
    private String institutionSlug;
    private Long jurisdictionId;
    private String description;
    @Enumerated(EnumType.STRING)
    private Modality modality;
    private String accessibleFormat;
    @Enumerated(EnumType.STRING)
    private NotificationMedium notificationMedium;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    private Instant filedAt;
    private LocalDate receivedOn;
    private String ruleSet;
    private String calendar;
    private String calendarVersion;
    @Enumerated(EnumType.STRING)
    private Stage stage;
    private LocalDate answerTermFrom;
    private LocalDate dueDate;
    private boolean extended;
    private boolean clarificationAsked;
    // The unit's requirement covered only part of what was asked (art. 130 ¶3, second sentence).
    private boolean clarificationPartial;
    private String clarificationQuestion;
    private LocalDate clarificationFrom;
    private LocalDate clarificationDue;
    // Days chosen for a term the law gives "up to" a maximum (null: the law's days), kept for recomputing.
    private Integer clarificationReplyDays;
    private Integer extensionDays;
    private String clarificationReply;
    private LocalDate clarificationRepliedOn;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    private String answerText;
    private LocalDate answeredOn;
    private Boolean answeredOnTime;
    private Integer businessDaysToAnswer;
    private String competentBody;
    private String publicSource;
    private Integer pages;
    private BigDecimal cost;
    private LocalDate paymentDue;
    private LocalDate paidOn;
    private LocalDate availableUntil;
    // A request received by another channel: the last day to register it, and whether it was registered later (art. 125).
    private LocalDate registrationDue;
    private boolean registeredLate;
    // An appeal for lack of answer won by the requester: delivery without reproduction fees (art. 149).
    private String freeDeliveryAppeal;
    private LocalDate freeDeliveryOn;
    private String searchTerms;
    // Private: who asked and how to reach them. Never in a public output.
    private Long requesterAccountId;
    private String contactEmail;
    private String followTokenHash;
    @Version
    private long version;

    protected AccessRequest() {
    }

    /** What a person asks for (LGTAIP 2025 art. 126: no name; a description, a modality, a notification medium). */
    public record Filing(String description, Modality modality, String accessibleFormat, NotificationMedium medium,
            String contactEmail) {

        public List<FieldProblem> check() {
            List<FieldProblem> problems = new ArrayList<>();
            FieldProblem.requiredText(description, MAX_DESCRIPTION, "description", problems);
            if (modality == null) {
                problems.add(new FieldProblem("modality", "accessinfo.validation.modality"));
            }
            if (medium == null) {
                problems.add(new FieldProblem("medium", "accessinfo.validation.medium"));
            } else if (medium == NotificationMedium.EMAIL && !Emails.isValid(Texts.isBlank(contactEmail) ? null : contactEmail.strip())) {
                problems.add(new FieldProblem("contactEmail", "validation.email"));
            }
            if (accessibleFormat != null && accessibleFormat.length() > 200) {
                problems.add(new FieldProblem("accessibleFormat", "validation.max", 200));
            }
            return problems;
        }
    }

    static AccessRequest file(String folio, String filingId, Long institutionId, String institutionSlug,
            Long jurisdictionId, Filing filing, Channel channel, Instant filedAt, LocalDate filedOn, String calendar,
            Deadlines deadlines, Long requesterAccountId, String followTokenHash) {
        AccessRequest r = new AccessRequest();
        r.folio = folio;
        r.filingId = filingId;
        r.institutionId = institutionId;
        r.institutionSlug = institutionSlug;
        r.jurisdictionId = jurisdictionId;
        r.description = filing.description().strip();
        r.modality = filing.modality();
        r.accessibleFormat = Texts.blankToNull(filing.accessibleFormat());
        r.notificationMedium = filing.medium();
        r.contactEmail = Texts.isBlank(filing.contactEmail()) ? null : filing.contactEmail().strip().toLowerCase();
        r.channel = channel;
        r.filedAt = filedAt;
        r.calendar = calendar;
        r.calendarVersion = deadlines.calendarVersion();
        r.ruleSet = deadlines.ruleSet();
        r.receivedOn = deadlines.received(filedOn);
        r.answerTermFrom = r.receivedOn;
        r.dueDate = deadlines.due(r.receivedOn, deadlines.days(Term.ANSWER));
        r.stage = Stage.RECEIVED;
        r.requesterAccountId = requesterAccountId;
        r.followTokenHash = followTokenHash;
        r.refreshSearchTerms();
        return r;
    }

    /**
     * A unit registers a request it received by another channel on {@code today}: the law may give it a term from
     * receipt (LGTAIP 2025 art. 125: "dentro de los cinco días posteriores a su recepción", business days counted from
     * the day after the receipt, art. 128 ¶2). A later registration is flagged, publicly; the answer term still runs
     * from the receipt. Returns the public step of a late registration, or null.
     */
    RequestEvent registered(LocalDate today, Instant now, String actor, Deadlines d) {
        var term = RegistrationTerms.of(ruleSet);
        if (!channel.registeredByUnit() || term.isEmpty()) {
            return null;
        }
        registrationDue = d.due(receivedOn, term.get().businessDays());
        registeredLate = today.isAfter(registrationDue);
        if (!registeredLate) {
            return null;
        }
        return new RequestEvent(id, RequestEventType.REGISTERED_LATE, now, actor, d.rules().law() + " " + term.get().article(),
                receivedOn + " → " + today + " (" + registrationDue + ")");
    }

    /** The first public step: received, and the answer term it starts. */
    RequestEvent filedEvent(Deadlines d, String actor) {
        return new RequestEvent(id, RequestEventType.FILED, filedAt, actor, d.basis(Term.ANSWER), channel.name())
                .started(RequestTerm.ANSWER, d.days(Term.ANSWER), receivedOn, dueDate, calendarVersion);
    }

    /** The unit turns the request to the competent areas (art. 133). */
    RequestEvent turn(Instant now, String actor, Deadlines d) {
        InvalidInputException.throwIf(turnRefused());
        stage = Stage.IN_PROCESS;
        return new RequestEvent(id, RequestEventType.TURNED, now, actor, d.basis(org.apertura.deadlines.Provision.TURN), null);
    }

    /** The unit asks once, within five days of filing, for more detail; the answer clock stops (art. 130). */
    RequestEvent requestClarification(String question, LocalDate today, Instant now, String actor, Deadlines d) {
        return requestClarification(question, null, today, now, actor, d);
    }

    /**
     * The same, giving the requester {@code replyDays} to reply: the law gives "hasta diez días" (art. 130 ¶1), so
     * fewer may be set, never more (null: the law's days).
     */
    RequestEvent requestClarification(String question, Integer replyDays, LocalDate today, Instant now, String actor,
            Deadlines d) {
        return requestClarification(question, replyDays, false, today, now, actor, d);
    }

    /**
     * The same; {@code partial}: the requirement covers only part of what was asked, so without a reply the request
     * stands for the rest (art. 130 ¶3: "En el caso de requerimientos parciales no desahogados, se tendrá por
     * presentada la solicitud por lo que respecta a los contenidos de información que no formaron parte del
     * requerimiento").
     */
    RequestEvent requestClarification(String question, Integer replyDays, boolean partial, LocalDate today,
            Instant now, String actor, Deadlines d) {
        InvalidInputException.throwIf(askClarificationRefused(today, d));
        InvalidInputException.throwIf(FieldProblem.blankOrLongerThan(question, 2000, "question",
                "validation.required.max"));
        InvalidInputException.throwIf(d.rules().refusal(Term.CLARIFICATION_REPLY, replyDays, "replyDays"));
        clarificationAsked = true;
        clarificationPartial = partial;
        clarificationQuestion = question.strip();
        clarificationReplyDays = replyDays;
        int days = d.days(Term.CLARIFICATION_REPLY, replyDays);
        clarificationFrom = d.received(today);
        clarificationDue = d.due(clarificationFrom, days);
        dueDate = null;
        stage = Stage.CLARIFICATION_REQUESTED;
        return new RequestEvent(id, partial ? RequestEventType.CLARIFICATION_PARTIAL : RequestEventType.CLARIFICATION_REQUESTED, now, actor,
                d.basis(Term.CLARIFICATION_REQUEST), clarificationQuestion).started(RequestTerm.CLARIFICATION_REPLY, days, clarificationFrom,
                        clarificationDue, d.calendarVersion());
    }

    /** The requester's reply restarts the answer term from zero, the day after (art. 130 ¶2). */
    RequestEvent replyClarification(String reply, LocalDate today, Instant now, Deadlines d) {
        InvalidInputException.throwIf(replyClarificationRefused(today));
        InvalidInputException.throwIf(FieldProblem.blankOrLongerThan(reply, MAX_DESCRIPTION, "reply",
                "validation.required.max"));
        clarificationReply = reply.strip();
        clarificationRepliedOn = today;
        answerTermFrom = d.received(today);
        dueDate = d.due(answerTermFrom, d.days(Term.ANSWER));
        stage = Stage.IN_PROCESS;
        refreshSearchTerms();
        return new RequestEvent(id, RequestEventType.CLARIFICATION_REPLIED, now, "requester", d.basis(Term.CLARIFICATION_REPLY),
                clarificationReply).started(RequestTerm.ANSWER, d.days(Term.ANSWER), answerTermFrom, dueDate, d.calendarVersion());
    }

    /**
     * Without a reply in time, the request is not filed (art. 130 ¶3). A partial requirement left unanswered keeps
     * the contents it did not touch (art. 130 ¶3, second sentence): the request goes on for them, on the answer term
     * counted from its receipt as at first. The law says nothing of which term then applies (review 2026-12 §2.4,
     * uncertain): the original count is the reading the review calls reasonable, and the unit may still extend it
     * (art. 134 ¶2). Returns null when it does not apply.
     */
    RequestEvent expireClarification(LocalDate today, Instant now, Deadlines d) {
        if (stage != Stage.CLARIFICATION_REQUESTED || !today.isAfter(clarificationDue)) {
            return null;
        }
        if (clarificationPartial) {
            answerTermFrom = receivedOn;
            dueDate = d.due(receivedOn, d.days(Term.ANSWER));
            stage = Stage.IN_PROCESS;
            return new RequestEvent(id, RequestEventType.CLARIFICATION_PARTIAL_LAPSED, now, "system",
                    d.basis(Term.CLARIFICATION_REPLY).replace("¶1", "¶3"), null)
                    .started(RequestTerm.ANSWER, d.days(Term.ANSWER), receivedOn, dueDate, d.calendarVersion());
        }
        stage = Stage.NOT_FILED;
        return new RequestEvent(id, RequestEventType.NOT_FILED, now, "system", d.basis(Term.CLARIFICATION_REPLY), null);
    }

    /** Only a committee resolution, notified before the due date, extends the term once (art. 134 ¶2). */
    RequestEvent extend(CommitteeResolution resolution, LocalDate today, Instant now, String actor, Deadlines d) {
        return extend(resolution, null, today, now, actor, d);
    }

    /**
     * The same, by {@code days}: the law allows "hasta por diez días más" (art. 134 ¶2), so the committee may grant
     * fewer, never more (null: the law's days).
     */
    RequestEvent extend(CommitteeResolution resolution, Integer days, LocalDate today, Instant now, String actor,
            Deadlines d) {
        InvalidInputException.throwIf(d.rules().refusal(Term.EXTENSION, days, "extensionDays"));
        if (stage != Stage.RECEIVED && stage != Stage.IN_PROCESS) {
            throw new InvalidInputException("kind", "accessinfo.error.stage");
        }
        if (extended) {
            throw new InvalidInputException("kind", "accessinfo.error.extendedOnce");
        }
        if (today.isAfter(dueDate)) {
            throw new InvalidInputException("kind", "accessinfo.error.extensionLate", dueDate);
        }
        extended = true;
        extensionDays = days;
        LocalDate from = dueDate;
        dueDate = d.due(from, d.days(Term.EXTENSION, days));
        stage = Stage.EXTENDED;
        return new RequestEvent(id, RequestEventType.EXTENDED, now, actor, d.basis(Term.EXTENSION), resolution.getGrounds())
                .started(RequestTerm.EXTENSION, d.days(Term.EXTENSION, days), from, dueDate, d.calendarVersion());
    }

    /** What the answer says. */
    public record Answer(Outcome outcome, String text, String competentBody, String publicSource, Integer pages,
            BigDecimal cost) {
    }

    /**
     * Answers. Reserved, confidential or partial answers need the committee's classification, an inexistent one
     * its declaration; not competent names the competent body; already public says where.
     */
    RequestEvent answer(Answer a, List<CommitteeResolution> resolutions, LocalDate today, Instant now, String actor,
            Deadlines d) {
        InvalidInputException.throwIf(answerRefused());
        List<FieldProblem> problems = new ArrayList<>();
        FieldProblem.required(a.outcome(), "outcome", problems);
        FieldProblem.requiredText(a.text(), 8000, "text", problems);
        if (a.outcome() != null && a.outcome().notCompetent() && Texts.isBlank(a.competentBody())) {
            problems.add(new FieldProblem("competentBody", "accessinfo.validation.competentBody"));
        }
        if (a.outcome() == Outcome.ALREADY_PUBLIC && Texts.isBlank(a.publicSource())) {
            problems.add(new FieldProblem("publicSource", "accessinfo.validation.publicSource"));
        }
        if (a.pages() != null && a.pages() < 0 || a.cost() != null && a.cost().signum() < 0) {
            problems.add(new FieldProblem("cost", "accessinfo.validation.cost"));
        }
        if (a.outcome() != null && a.outcome().requiredResolution() != null
                && resolutions.stream().noneMatch(r -> r.supports(a.outcome()))) {
            problems.add(new FieldProblem("outcome", "accessinfo.error.needsCommittee"));
        }
        InvalidInputException.throwIfAny(problems);
        outcome = a.outcome();
        answerText = a.text().strip();
        competentBody = Texts.blankToNull(a.competentBody());
        publicSource = Texts.blankToNull(a.publicSource());
        pages = a.pages();
        answeredOn = today;
        Term term = termFor(a.outcome());
        answeredOnTime = !today.isAfter(term == Term.ANSWER ? dueDate : d.due(receivedOn, term));
        cost = freeDeliveryOn != null ? freeCost(a.cost()) : cost(a.pages(), a.cost(), modality, answeredOnTime);
        businessDaysToAnswer = d.businessDaysBetween(answerTermFrom, today);
        stage = Stage.ANSWERED;
        refreshSearchTerms();
        RequestEvent event = new RequestEvent(id, RequestEventType.ANSWERED, now, actor, d.basis(term), outcome.name());
        if (cost != null && cost.signum() > 0) {
            paymentDue = d.due(d.received(today), d.days(Term.PAYMENT));
            event.started(RequestTerm.PAYMENT, d.days(Term.PAYMENT), d.received(today), paymentDue, d.calendarVersion());
        }
        return event;
    }

    /**
     * What the requester pays: nothing for up to 20 simple pages (art. 143 ¶4: "no más de veinte hojas simples";
     * certified copies are not simple pages, art. 143 fr. III), and nothing when the answer came after its term
     * (art. 136 ¶3: "los costos de reproducción y envío correrán a cargo del sujeto obligado"); else the cost the
     * unit states. A cost opens the 30-day payment window (art. 137).
     */
    static BigDecimal cost(Integer pages, BigDecimal stated, Modality modality, boolean answeredOnTime) {
        // Only simple copies: electronic media, certified copies and shipping are not "hojas simples".
        boolean freePages = pages != null && pages <= 20 && modality == Modality.SIMPLE_COPY;
        return freePages || !answeredOnTime ? BigDecimal.ZERO : stated;
    }

    /**
     * What the requester pays after winning an appeal for lack of answer: nothing for the reproduction (art. 149),
     * unless certified copies were asked ("no se trate de copias certificadas").
     */
    private BigDecimal freeCost(BigDecimal stated) {
        return modality == Modality.CERTIFIED_COPY ? stated : BigDecimal.ZERO;
    }

    /**
     * The requester won an appeal for lack of answer, by a firm resolution of {@code firmOn}: the institution gives
     * access within ten business days without charging the reproduction (art. 149), unless certified copies were
     * asked. An answer already given loses its unpaid cost and its payment term. Once; returns the public step, or
     * null when it was already recorded.
     */
    RequestEvent deliverFree(String appealFolio, LocalDate firmOn, Instant now, Deadlines d) {
        if (freeDeliveryOn != null) {
            return null;
        }
        if (Texts.isBlank(appealFolio) || appealFolio.length() > 40 || firmOn == null) {
            throw new InvalidInputException("appeal", "accessinfo.validation.freeDelivery");
        }
        freeDeliveryAppeal = appealFolio.strip();
        freeDeliveryOn = firmOn;
        if (stage == Stage.ANSWERED && paidOn == null && cost != null && cost.signum() > 0
                && modality != Modality.CERTIFIED_COPY) {
            cost = BigDecimal.ZERO;
            paymentDue = null;
        }
        // The general law's article: the floor every state law keeps (art. 149 is not a term a state may shorten).
        return new RequestEvent(id, RequestEventType.DELIVERY_FREE, now, "system", "LGTAIP 2025 art. 149", freeDeliveryAppeal);
    }

    /**
     * The unit records that the costs were paid, within the payment term; the information then stays available
     * for the availability term (art. 137). Returns the public step.
     */
    RequestEvent recordPayment(LocalDate paid, LocalDate today, Instant now, String actor, Deadlines d) {
        InvalidInputException.throwIf(recordPaymentRefused());
        if (paid == null || paid.isAfter(today) || paid.isBefore(answeredOn)) {
            throw new InvalidInputException("paidOn", "accessinfo.validation.paidOn");
        }
        if (paid.isAfter(paymentDue)) {
            throw new InvalidInputException("paidOn", "accessinfo.error.paymentLate", paymentDue);
        }
        paidOn = paid;
        availableUntil = d.due(d.received(paid), Term.AVAILABILITY);
        return new RequestEvent(id, RequestEventType.PAID, now, actor, d.basis(Term.AVAILABILITY), null)
                .started(RequestTerm.AVAILABILITY, d.days(Term.AVAILABILITY), d.received(paid), availableUntil, d.calendarVersion());
    }

    /** The last day to reply to the unit's clarification while it is pending; null otherwise (art. 130). */
    public LocalDate getReplyBy() {
        return stage == Stage.CLARIFICATION_REQUESTED ? clarificationDue : null;
    }

    /** Whether the payment term passed without payment: the request is concluded (art. 137 ¶2). */
    public boolean isPaymentLapsed(LocalDate today) {
        return paymentDue != null && paidOn == null && today.isAfter(paymentDue);
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public LocalDate getAvailableUntil() {
        return availableUntil;
    }

    /**
     * The term an answer with this outcome must meet: notice of not being competent within its own term from
     * receipt (art. 138), pointing to where the information is already public within its own (art. 132), any
     * other answer within the answer term (art. 134).
     */
    static Term termFor(Outcome outcome) {
        return switch (outcome) {
            // Notorious incompetence: told within days of receipt, without the committee (art. 138). An incompetence
            // the committee confirms (art. 40 fr. II) is an answer like any other, within the answer term (art. 134).
            case NOT_COMPETENT -> Term.NOT_COMPETENT_NOTICE;
            case ALREADY_PUBLIC -> Term.PUBLIC_SOURCES_NOTICE;
            default -> Term.ANSWER;
        };
    }

    /** The last day to answer with this outcome on time. */
    public LocalDate dueFor(Outcome outcome, Deadlines d) {
        Term term = termFor(outcome);
        return term == Term.ANSWER ? dueDate : d.due(receivedOn, term);
    }

    /**
     * Recomputes the open deadlines with a newer calendar. Returns the public step when the due date moved, or
     * null when nothing changed.
     */
    RequestEvent recompute(Deadlines d, Instant now) {
        LocalDate before = stage == Stage.CLARIFICATION_REQUESTED ? clarificationDue : dueDate;
        LocalDate after;
        if (stage == Stage.CLARIFICATION_REQUESTED) {
            after = d.due(clarificationFrom, d.days(Term.CLARIFICATION_REPLY, clarificationReplyDays));
            clarificationDue = after;
        } else if (stage.isOpen()) {
            after = d.due(answerTermFrom, d.days(Term.ANSWER));
            if (extended) {
                after = d.due(after, d.days(Term.EXTENSION, extensionDays));
            }
            dueDate = after;
        } else {
            return null;
        }
        String old = calendarVersion;
        calendarVersion = d.calendarVersion();
        if (after.equals(before)) {
            return null;
        }
        return new RequestEvent(id, RequestEventType.DEADLINE_RECOMPUTED, now, "system", "calendar " + d.calendarVersion(),
                before + " → " + after + " (" + old + " → " + d.calendarVersion() + ")")
                .started(stage == Stage.CLARIFICATION_REQUESTED ? RequestTerm.CLARIFICATION_REPLY
                        : extended ? RequestTerm.EXTENSION : RequestTerm.ANSWER,
                        stage == Stage.CLARIFICATION_REQUESTED ? d.days(Term.CLARIFICATION_REPLY, clarificationReplyDays)
                                : d.days(Term.ANSWER) + (extended ? d.days(Term.EXTENSION, extensionDays) : 0), stage == Stage.CLARIFICATION_REQUESTED ? clarificationFrom : answerTermFrom, after,
                        d.calendarVersion());
    }

    /** The optimistic lock's version as read (a calendar change writes its recomputed columns itself). */
    long version() {
        return version;
    }

    public boolean isOverdue(LocalDate today) {
        return stage.isOpen() && dueDate != null && today.isAfter(dueDate);
    }

    boolean isRequester(Long accountId) {
        return accountId != null && accountId.equals(requesterAccountId);
    }

    boolean followedBy(String tokenHash) {
        return tokenHash != null && tokenHash.equals(followTokenHash);
    }

    // ---- the guards: whether each act may happen today, and why not. The transitions check exactly these,
    // and RequestPolicy offers only what they allow.

    /** Only a received request is turned to the areas (art. 133). */
    Optional<FieldProblem> turnRefused() {
        return stage != Stage.RECEIVED ? refused("stage", "accessinfo.error.stage") : Optional.empty();
    }

    /** Once, received or in process, within the days to ask from receipt (art. 130). */
    Optional<FieldProblem> askClarificationRefused(LocalDate today, Deadlines d) {
        if (stage != Stage.RECEIVED && stage != Stage.IN_PROCESS) {
            return refused("question", "accessinfo.error.stage");
        }
        if (clarificationAsked) {
            return refused("question", "accessinfo.error.clarificationOnce");
        }
        LocalDate last = d.due(receivedOn, d.days(Term.CLARIFICATION_REQUEST));
        return today.isAfter(last) ? refused("question", "accessinfo.error.clarificationLate", last) : Optional.empty();
    }

    /** While the clarification's term runs (art. 130 ¶2). */
    Optional<FieldProblem> replyClarificationRefused(LocalDate today) {
        if (stage != Stage.CLARIFICATION_REQUESTED) {
            return refused("stage", "accessinfo.error.stage");
        }
        return today.isAfter(clarificationDue)
                ? refused("reply", "accessinfo.error.clarificationExpired", clarificationDue) : Optional.empty();
    }

    /** An open request is answered (art. 134). */
    Optional<FieldProblem> answerRefused() {
        return stage.isOpen() ? Optional.empty() : refused("outcome", "accessinfo.error.stage");
    }

    /** The committee resolves on an open request (art. 40). */
    Optional<FieldProblem> committeeResolutionRefused() {
        return stage.isOpen() ? Optional.empty() : refused("kind", "accessinfo.error.stage");
    }

    /**
     * A reserve is extended on an answered request that withheld classified information (art. 104 ¶3); which reserve,
     * and whether it is in force, is the resolution's own guard ({@code CommitteeResolution.extendReserveRefused}).
     */
    Optional<FieldProblem> extendReserveRefused() {
        return stage == Stage.ANSWERED && (outcome == Outcome.RESERVED || outcome == Outcome.PARTIALLY_DELIVERED)
                ? Optional.empty() : refused("years", "accessinfo.error.notAReserve");
    }

    /** Once, on an answer with costs (art. 137). */
    Optional<FieldProblem> recordPaymentRefused() {
        if (stage != Stage.ANSWERED || paymentDue == null) {
            return refused("paidOn", "accessinfo.error.noPayment");
        }
        return paidOn != null ? refused("paidOn", "accessinfo.error.alreadyPaid") : Optional.empty();
    }

    private static Optional<FieldProblem> refused(String field, String key, Object... args) {
        return Optional.of(new FieldProblem(field, key, args));
    }

    public Long getId() {
        return id;
    }

    public String getFolio() {
        return folio;
    }

    public String getFilingId() {
        return filingId;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public String getInstitutionSlug() {
        return institutionSlug;
    }

    public Long getJurisdictionId() {
        return jurisdictionId;
    }

    public String getDescription() {
        return description;
    }

    /** What was asked, in a line short enough to head a list (cut at a word, never mid-word). */
    public String getHeadline() {
        return org.apertura.platform.Texts.excerpt(description, 140);
    }

    public Modality getModality() {
        return modality;
    }

    public String getAccessibleFormat() {
        return accessibleFormat;
    }

    public NotificationMedium getNotificationMedium() {
        return notificationMedium;
    }

    public Channel getChannel() {
        return channel;
    }

    public Instant getFiledAt() {
        return filedAt;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public String getRuleSet() {
        return ruleSet;
    }

    public String getCalendar() {
        return calendar;
    }

    public String getCalendarVersion() {
        return calendarVersion;
    }

    public Stage getStage() {
        return stage;
    }

    public LocalDate getAnswerTermFrom() {
        return answerTermFrom;
    }

    public LocalDate getClarificationFrom() {
        return clarificationFrom;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public boolean isExtended() {
        return extended;
    }

    public String getClarificationQuestion() {
        return clarificationQuestion;
    }

    public LocalDate getClarificationDue() {
        return clarificationDue;
    }

    public String getClarificationReply() {
        return clarificationReply;
    }

    public LocalDate getClarificationRepliedOn() {
        return clarificationRepliedOn;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getAnswerText() {
        return answerText;
    }

    public LocalDate getAnsweredOn() {
        return answeredOn;
    }

    /** Business days from the day the answer term started to the answer (for the public figures). */
    public Integer getBusinessDaysToAnswer() {
        return businessDaysToAnswer;
    }

    public Boolean getAnsweredOnTime() {
        return answeredOnTime;
    }

    public String getCompetentBody() {
        return competentBody;
    }

    public String getPublicSource() {
        return publicSource;
    }

    public Integer getPages() {
        return pages;
    }

    public BigDecimal getCost() {
        return cost;
    }

    public LocalDate getPaymentDue() {
        return paymentDue;
    }

    public boolean isClarificationPartial() {
        return clarificationPartial;
    }

    /** The last day the unit had to register a request received by another channel (art. 125); null if none. */
    public LocalDate getRegistrationDue() {
        return registrationDue;
    }

    public boolean isRegisteredLate() {
        return registeredLate;
    }

    /** The appeal for lack of answer that made delivery free (art. 149), or null. */
    public String getFreeDeliveryAppeal() {
        return freeDeliveryAppeal;
    }

    public LocalDate getFreeDeliveryOn() {
        return freeDeliveryOn;
    }

    String getContactEmail() {
        return contactEmail;
    }

    Long getRequesterAccountId() {
        return requesterAccountId;
    }

    /** The search terms of what the request says so far: description, clarification and answer (ADR 0034). */
    void refreshSearchTerms() {
        searchTerms = SpanishSearch.terms(description + " " + (clarificationReply == null ? "" : clarificationReply)
                + " " + (answerText == null ? "" : answerText));
    }
}
