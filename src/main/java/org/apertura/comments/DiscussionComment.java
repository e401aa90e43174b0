package org.apertura.comments;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.Texts;

/**
 * A comment on a subject (ADR 0067), or a reply to any comment of the same subject. Never edited: what people replied
 * to, voted on and flagged stays what was said. A moderator hides it with a public reason; from then on only the
 * reason is shown, never the text, until a moderator restores it. The author is kept by account only.
 */
@Entity
@Table(name = "discussion_comment")
public class DiscussionComment {

    /** The longest comment, in characters. */
    public static final int MAX_LENGTH = 2000;
    /** The shortest and longest public reason for hiding one. */
    public static final int MIN_REASON = 10;
    public static final int MAX_REASON = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String subjectKind;
    private String subjectId;
    private Long parentId;
    private Long threadId;
    private Long authorAccountId;
    private boolean official;
    private String body;
    private Instant postedAt;
    private Instant hiddenAt;
    private String hiddenBy;
    private String hiddenReason;
    private Long legacyId;
    private String officialName;
    private int flagsReviewed;
    private Instant reviewedAt;
    private String reviewedBy;
    private String stance;
    @Version
    private long version;

    protected DiscussionComment() {
    }

    DiscussionComment(String subjectKind, String subjectId, DiscussionComment parent, Long authorAccountId,
            boolean official, String officialName, String body, Instant now) {
        this.subjectKind = subjectKind;
        this.subjectId = subjectId;
        this.parentId = parent == null ? null : parent.id;
        this.threadId = parent == null ? null : parent.threadId();
        this.authorAccountId = authorAccountId;
        this.official = official;
        this.officialName = official ? officialName : null;
        this.body = body.strip();
        this.postedAt = now;
    }

    /** An argument that takes a side ({@code FOR}, {@code AGAINST}); only a thread's first comment does. */
    DiscussionComment(String subjectKind, String subjectId, DiscussionComment parent, Long authorAccountId,
            boolean official, String officialName, String stance, String body, Instant now) {
        this(subjectKind, subjectId, parent, authorAccountId, official, officialName, body, now);
        this.stance = parent == null ? stance : null;
    }

    /** Why this text may not be a comment, or empty: it must say something, in at most {@link #MAX_LENGTH}. */
    static Optional<FieldProblem> textRefused(String body) {
        return FieldProblem.blankOrLongerThan(body, MAX_LENGTH, "body", "validation.required.max");
    }

    /** Why a moderator may not hide it with this reason, or empty: not hidden yet, and a reason that says why. */
    Optional<FieldProblem> hideRefused(String reason) {
        if (isHidden()) {
            return Optional.of(new FieldProblem("reason", "discussion.error.hidden"));
        }
        if (Texts.isBlank(reason) || reason.strip().length() < MIN_REASON || reason.strip().length() > MAX_REASON) {
            return Optional.of(new FieldProblem("reason", "discussion.validation.reason", MIN_REASON, MAX_REASON));
        }
        return Optional.empty();
    }

    /** Why a moderator may not restore it, or empty: only a hidden comment is restored. */
    Optional<FieldProblem> restoreRefused() {
        return isHidden() ? Optional.empty() : Optional.of(new FieldProblem("comment", "discussion.error.notHidden"));
    }

    void hide(String by, String reason, Instant now) {
        this.hiddenBy = by;
        this.hiddenReason = reason.strip();
        this.hiddenAt = now;
    }

    void restore() {
        this.hiddenBy = null;
        this.hiddenReason = null;
        this.hiddenAt = null;
    }

    /**
     * The moderator reviewed its flags and keeps it shown: it leaves the moderation queue until someone flags it again
     * ({@code flags} is how many people had flagged it). Nothing public changes.
     */
    void keep(long flags, String by, Instant now) {
        this.flagsReviewed = (int) flags;
        this.reviewedBy = by;
        this.reviewedAt = now;
    }

    /** How many flags its moderators had reviewed when they last kept it. */
    public int getFlagsReviewed() {
        return flagsReviewed;
    }

    /** Its number before proposals', budget projects' or debates' comments moved onto the engine (old links and ledger entries name it), or null. */
    public Long getLegacyId() {
        return legacyId;
    }

    /** The institution an official comment answered for, shown instead of a nickname; null when none was named. */
    public String getOfficialName() {
        return officialName;
    }

    /**
     * Whether it is shown under the institution's name rather than its author's: an official comment that names the
     * institution it answered for (an official comment that names none shows its author with the official badge).
     */
    public boolean signedByInstitution() {
        return official && officialName != null;
    }

    /** The name it is shown under: the institution's when {@link #signedByInstitution()}, else the author's. */
    public String byline(String authorName) {
        return signedByInstitution() ? officialName : authorName;
    }

    /** Where an argument stands ({@code FOR}, {@code AGAINST}), or null: neither side, a reply, or no sides here. */
    public String getStance() {
        return stance;
    }

    /** The first comment of its thread: itself, or the one its parent hangs from. */
    public Long threadId() {
        return threadId == null ? id : threadId;
    }

    public boolean isBy(Long accountId) {
        return accountId != null && accountId.equals(authorAccountId);
    }

    public boolean isReply() {
        return parentId != null;
    }

    public boolean isHidden() {
        return hiddenAt != null;
    }

    public boolean isOfficial() {
        return official;
    }

    /** The text as the public may read it: empty when hidden (then only {@link #getHiddenReason} is shown). */
    public Optional<String> publicBody() {
        return isHidden() ? Optional.empty() : Optional.of(body);
    }

    public Long getId() {
        return id;
    }

    public String getSubjectKind() {
        return subjectKind;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public Long getParentId() {
        return parentId;
    }

    /** Who wrote it, to spare them a vote or flag button on their own comment; never shown or published. */
    public Long getAuthorAccountId() {
        return authorAccountId;
    }

    public Instant getPostedAt() {
        return postedAt;
    }

    public Instant getHiddenAt() {
        return hiddenAt;
    }

    public String getHiddenBy() {
        return hiddenBy;
    }

    public String getHiddenReason() {
        return hiddenReason;
    }
}
