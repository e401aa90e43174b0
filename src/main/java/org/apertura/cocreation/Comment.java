package org.apertura.cocreation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.Texts;

/**
 * A comment under a proposal, threaded one level deep. Anyone signed in may report it; a coordinator may
 * hide it only with a reason, and a hidden comment leaves a public trace: who hid it, when and why.
 */
@Entity
@Table(name = "proposal_comment")
public class Comment {

    public static final int MAX_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long proposalId;
    private Long parentId;
    private Long authorAccountId;
    private String authorName;
    private String body;
    private Instant createdAt;
    private int reports;
    private Instant hiddenAt;
    private String hiddenBy;
    private String hiddenReason;
    private int reportsReviewed;
    private Instant reviewedAt;
    private String reviewedBy;
    @Version
    private long version;

    protected Comment() {
    }

    static Comment write(Long proposalId, Comment parent, String body, Long accountId, String name, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        if (Texts.isBlank(body) || body.strip().length() > MAX_LENGTH) {
            problems.add(new FieldProblem("body", "validation.required.max", MAX_LENGTH));
        }
        if (parent != null && (!parent.proposalId.equals(proposalId) || parent.parentId != null)) {
            problems.add(new FieldProblem("parent", "cocreation.validation.replyDepth"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Comment c = new Comment();
        c.proposalId = proposalId;
        c.parentId = parent == null ? null : parent.id;
        c.authorAccountId = accountId;
        c.authorName = name;
        c.body = body.strip();
        c.createdAt = now;
        return c;
    }

    void reported() {
        reports++;
    }

    /** A visible comment reported since the coordinator last reviewed it waits in the moderation queue. */
    public boolean awaitsModeration() {
        return hiddenAt == null && reports > reportsReviewed;
    }

    /** Reports it received since it was last reviewed. */
    public int getNewReports() {
        return reports - reportsReviewed;
    }

    /**
     * The coordinator reviewed the reports and keeps the comment visible: it leaves the queue until someone reports it
     * again. Only a comment awaiting moderation can be kept.
     */
    void keep(String by, Instant now) {
        if (!awaitsModeration()) {
            throw new InvalidInputException("comment", "cocreation.error.nothingToReview");
        }
        this.reportsReviewed = reports;
        this.reviewedAt = now;
        this.reviewedBy = by;
    }

    void hide(String by, String reason, Instant now) {
        if (hiddenAt != null) {
            throw new InvalidInputException("reason", "cocreation.error.alreadyHidden");
        }
        if (Texts.isBlank(reason) || reason.strip().length() < 10 || reason.strip().length() > 1000) {
            throw new InvalidInputException("reason", "cocreation.validation.hideReason");
        }
        this.hiddenAt = now;
        this.hiddenBy = by;
        this.hiddenReason = reason.strip();
    }

    /** Shows a hidden comment again (a moderation appeal upheld); the ledger keeps the hiding and the restoring. */
    void restore() {
        if (hiddenAt == null) {
            throw new InvalidInputException("reason", "cocreation.error.notHidden");
        }
        this.hiddenAt = null;
        this.hiddenBy = null;
        this.hiddenReason = null;
    }

    public boolean isHidden() {
        return hiddenAt != null;
    }

    public Long getId() {
        return id;
    }

    public Long getProposalId() {
        return proposalId;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getAuthorName() {
        return authorName;
    }

    /** The text, or nothing once hidden. */
    public String getBody() {
        return hiddenAt == null ? body : null;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getReports() {
        return reports;
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
