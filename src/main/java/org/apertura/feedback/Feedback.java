package org.apertura.feedback;

import org.apertura.platform.intake.Channel;

import org.apertura.platform.time.Today;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.Hashing;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.Texts;
import org.apertura.platform.items.PublicItem;

/**
 * One person's feedback on a public item: useful or not, an optional comment, the channel it came through
 * and, for a comment, one public reply that is final. Online feedback is given by its author (a signed-in
 * person, shown by their display name, or an anonymous visitor, who may only answer yes or no); feedback
 * received in person or remotely is registered by a facilitator, with the day and place. The author's
 * account and the contact a facilitator wrote down are private.
 */
@Entity
@Table(name = "feedback")
public class Feedback {

    static final int MAX_COMMENT = 2000;
    static final int MAX_REPLY = 4000;
    static final int MAX_PLACE = 200;
    static final int MAX_CONTACT = 200;
    static final int MAX_NAME = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String itemKind;
    private String itemId;
    private String institutionSlug;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    private boolean useful;
    private Instant receivedAt;
    private String comment;
    private Instant commentedAt;
    private String authorName;
    private Long accountId;
    private String registeredBy;
    private String place;
    private String contact;
    private String reply;
    private Instant repliedAt;
    private String repliedBy;
    @Enumerated(EnumType.STRING)
    private Capacity repliedAs;
    @Version
    private long version;

    protected Feedback() {
    }

    private Feedback(PublicItem item, Channel channel, boolean useful, Instant receivedAt) {
        this.itemKind = item.kind();
        this.itemId = item.id();
        this.institutionSlug = item.institutionSlug();
        this.channel = channel;
        this.useful = useful;
        this.receivedAt = receivedAt;
    }

    /**
     * Feedback given online. {@code accountId} and {@code authorName} are null for an anonymous visitor,
     * who may not comment (a comment asks for a public reply, and its author for the e-mail that brings it).
     */
    static Feedback online(PublicItem item, Boolean useful, String comment, Long accountId, String authorName,
            Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        requireUseful(useful, problems);
        commentProblem(comment, accountId != null).ifPresent(problems::add);
        InvalidInputException.throwIfAny(problems);
        Feedback feedback = new Feedback(item, Channel.ONLINE, useful, now);
        feedback.accountId = accountId;
        feedback.authorName = accountId == null ? null : truncate(authorName, MAX_NAME);
        feedback.setComment(comment, now);
        return feedback;
    }

    /** Feedback received in person or remotely, registered by a facilitator (named in public). */
    static Feedback registered(PublicItem item, Registration r, String registeredBy, LocalDate today, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        if (r.channel() == null || !r.channel().facilitated()) {
            problems.add(new FieldProblem("channel", "feedback.error.channel"));
        }
        if (r.receivedOn() == null) {
            problems.add(new FieldProblem("receivedOn", "feedback.error.receivedOn"));
        } else if (r.receivedOn().isAfter(today)) {
            problems.add(new FieldProblem("receivedOn", "feedback.error.receivedOnFuture"));
        }
        FieldProblem.longerThan(r.place(), MAX_PLACE, "place", "feedback.error.max").ifPresent(problems::add);
        requireUseful(r.useful(), problems);
        commentProblem(r.comment(), true).ifPresent(problems::add);
        FieldProblem.longerThan(r.contact(), MAX_CONTACT, "contact", "feedback.error.max").ifPresent(problems::add);
        InvalidInputException.throwIfAny(problems);
        Instant received = r.receivedOn().equals(today) ? now : r.receivedOn().atStartOfDay(Today.ZONE).toInstant();
        Feedback feedback = new Feedback(item, r.channel(), r.useful(), received);
        feedback.registeredBy = truncate(registeredBy, MAX_NAME);
        feedback.place = Texts.blankToNull(r.place());
        feedback.contact = Texts.blankToNull(r.contact());
        feedback.setComment(r.comment(), received);
        return feedback;
    }

    /**
     * The author answers again: the vote may change, and a first comment may be added (a comment is final,
     * like its reply). Returns whether anything changed.
     */
    boolean answerAgain(Boolean useful, String comment, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        requireUseful(useful, problems);
        commentProblem(comment, accountId != null).ifPresent(problems::add);
        if (!Texts.isBlank(comment) && this.comment != null) {
            problems.add(new FieldProblem("comment", "feedback.error.alreadyCommented"));
        }
        InvalidInputException.throwIfAny(problems);
        boolean changed = this.useful != useful || !Texts.isBlank(comment);
        this.useful = useful;
        setComment(comment, now);
        return changed;
    }

    /** The one public reply to this feedback's comment, by whoever answers for the item; it is final. */
    void reply(String text, String by, Capacity as, Instant now) {
        if (comment == null) {
            throw new InvalidInputException("text", "feedback.error.nothingToReply");
        }
        if (reply != null) {
            throw new InvalidInputException("text", "feedback.error.alreadyReplied");
        }
        InvalidInputException.throwIf(FieldProblem.blankOrLongerThan(text, MAX_REPLY, "text", "feedback.error.reply"));
        this.reply = text.strip();
        this.repliedBy = truncate(by, MAX_NAME);
        this.repliedAs = as;
        this.repliedAt = now;
    }

    private void setComment(String text, Instant at) {
        if (!Texts.isBlank(text)) {
            this.comment = text.strip();
            this.commentedAt = at;
        }
    }

    private static void requireUseful(Boolean useful, List<FieldProblem> problems) {
        if (useful == null) {
            problems.add(new FieldProblem("useful", "feedback.error.useful"));
        }
    }

    private static Optional<FieldProblem> commentProblem(String comment, boolean mayComment) {
        if (Texts.isBlank(comment)) {
            return Optional.empty();
        }
        if (!mayComment) {
            return Optional.of(new FieldProblem("comment", "feedback.error.signInToComment"));
        }
        return FieldProblem.longerThan(comment, MAX_COMMENT, "comment", "feedback.error.max");
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    /** Whether the comment still waits for its public reply. */
    public boolean isAwaitingReply() {
        return comment != null && reply == null;
    }

    /** From the comment to its reply, when replied. */
    public Optional<Duration> timeToAnswer() {
        return reply == null ? Optional.empty() : Optional.of(Duration.between(commentedAt, repliedAt));
    }

    FeedbackFigures.Fact fact() {
        return new FeedbackFigures.Fact(useful, comment != null, timeToAnswer().orElse(null));
    }

    /** What the public history keeps: never the author, the account or the contact, nor the comment's text. */
    Map<String, Object> publicRecord() {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("itemKind", itemKind);
        record.put("itemId", itemId);
        record.put("institution", institutionSlug);
        record.put("channel", channel.name());
        record.put("useful", useful);
        record.put("comment", comment != null);
        record.put("receivedAt", receivedAt.toString());
        if (reply != null) {
            record.put("repliedBy", repliedBy);
            record.put("repliedAs", repliedAs.name());
            record.put("repliedAt", repliedAt.toString());
            record.put("replySha256", Hashing.sha256Hex(reply));
        }
        return record;
    }

    public Long getId() {
        return id;
    }

    public String getItemKind() {
        return itemKind;
    }

    public String getItemId() {
        return itemId;
    }

    public String getInstitutionSlug() {
        return institutionSlug;
    }

    public Channel getChannel() {
        return channel;
    }

    public boolean isUseful() {
        return useful;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getComment() {
        return comment;
    }

    public Instant getCommentedAt() {
        return commentedAt;
    }

    /** The public display name of the author of online feedback (null for anonymous and registered feedback). */
    public String getAuthorName() {
        return authorName;
    }

    /** Private: the author's account. */
    Long getAccountId() {
        return accountId;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public String getPlace() {
        return place;
    }

    /** Private: how to bring the reply back to the person; only those who answer or register see it. */
    public String getContact() {
        return contact;
    }

    public String getReply() {
        return reply;
    }

    public Instant getRepliedAt() {
        return repliedAt;
    }

    public String getRepliedBy() {
        return repliedBy;
    }

    public Capacity getRepliedAs() {
        return repliedAs;
    }
}
