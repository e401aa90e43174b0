package org.apertura.participation;

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
 * A comment on a project of a participatory budget or an argument in one of its debates (ADR 0039), or a reply to one (one level: a reply to a reply joins the same
 * thread). Never edited (ADR 0027): what people replied to and flagged stays what was said. A moderator hides it with a
 * public reason; from then on only the reason is shown, never the text, until a moderator restores it. Its author is
 * named by the public name they had chosen when they wrote it; nothing else about them is public.
 */
@Entity
@Table(name = "pb_comment")
public class ProjectComment {

    /** The longest comment, in characters. */
    public static final int MAX_LENGTH = 2000;
    /** The longest moderation reason, in characters. */
    public static final int MAX_REASON = PublicHiding.MAX_REASON;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long processId;
    private Long projectId;
    private Long debateId;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Stance stance;
    private boolean official;
    private Long parentId;
    private Long authorAccountId;
    private String authorName;
    private String body;
    private Instant postedAt;
    private Instant hiddenAt;
    private String hiddenReason;
    @Version
    private long version;

    protected ProjectComment() {
    }

    ProjectComment(BudgetProject project, ProjectComment parent, Long authorAccountId, String authorName, String body,
            Instant now) {
        this(project.getProcessId(), parent, authorAccountId, authorName, body, now);
        this.projectId = project.getId();
    }

    /**
     * An argument of a debate (for, against, or neither when {@code stance} is null), or a reply to one: a reply takes
     * no side of its own.
     */
    ProjectComment(Debate debate, ProjectComment parent, Stance stance, Long authorAccountId, String authorName,
            String body, Instant now) {
        this(debate.getProcessId(), parent, authorAccountId, authorName, body, now);
        this.debateId = debate.getId();
        this.stance = parent == null ? stance : null;
    }

    private ProjectComment(Long processId, ProjectComment parent, Long authorAccountId, String authorName,
            String body, Instant now) {
        this.processId = processId;
        this.parentId = parent == null ? null : parent.threadId();
        this.authorAccountId = authorAccountId;
        this.authorName = authorName;
        this.body = body.strip();
        this.postedAt = now;
    }

    /** Why this text may not be a comment, or empty: it must say something, in at most {@link #MAX_LENGTH}. */
    static Optional<FieldProblem> textRefused(String body) {
        return Texts.isBlank(body) || body.strip().length() > MAX_LENGTH
                ? Optional.of(new FieldProblem("body", "validation.required.max", MAX_LENGTH))
                : Optional.empty();
    }

    /** The comment a reply to this one hangs from: itself, or its own parent (one level of replies). */
    Long threadId() {
        return parentId == null ? id : parentId;
    }

    /** Why a moderator may not hide it with this reason, or empty: not hidden yet, and a reason that says why. */
    Optional<FieldProblem> hideRefused(String reason) {
        return PublicHiding.hidingProblem(isHidden(), reason, "participation.error.commentHidden");
    }

    /** Why a moderator may not restore it, or empty: only a hidden comment is restored. */
    Optional<FieldProblem> restoreRefused() {
        return PublicHiding.restoringProblem(isHidden(), "participation.error.commentNotHidden");
    }

    void hide(String reason, Instant now) {
        this.hiddenReason = reason.strip();
        this.hiddenAt = now;
    }

    void restore() {
        this.hiddenReason = null;
        this.hiddenAt = null;
    }

    /** Marks it as written by the institution (the secretariat's people), as pages and files show. */
    void official() {
        this.official = true;
    }

    public boolean isOfficial() {
        return official;
    }

    /** Where an argument of a debate stands, or null (a reply, a comment on a project, or neither side). */
    public Stance getStance() {
        return stance;
    }

    /** The debate it is an argument of, or null: a comment on a project. */
    public Long getDebateId() {
        return debateId;
    }

    public boolean isHidden() {
        return hiddenAt != null;
    }

    public boolean isReply() {
        return parentId != null;
    }

    boolean isBy(Long accountId) {
        return accountId != null && accountId.equals(authorAccountId);
    }

    /** The text as the public may read it: empty when hidden (then only {@link #getHiddenReason} is shown). */
    public Optional<String> publicBody() {
        return isHidden() ? Optional.empty() : Optional.of(body);
    }

    public Long getId() {
        return id;
    }

    public Long getProcessId() {
        return processId;
    }

    public Long getProjectId() {
        return projectId;
    }

    /** Who wrote it, to spare them a report button on their own comment; never shown or published. */
    public Long getAuthorAccountId() {
        return authorAccountId;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public Instant getPostedAt() {
        return postedAt;
    }

    public Instant getHiddenAt() {
        return hiddenAt;
    }

    public String getHiddenReason() {
        return hiddenReason;
    }
}
