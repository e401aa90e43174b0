package org.apertura.participation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apertura.platform.FieldProblem;

/**
 * A debate of a participatory process (ADR 0039): a topic the secretariat or a verified voter of the process opens,
 * on which people argue for or against, reply and vote comments up or down from its first to its last day, with the
 * same comment engine and moderation as projects. Who opened it is kept only to tell them it is theirs, never
 * published. A moderator hides a debate with a public reason (then only the reason is shown, and it takes no
 * arguments) or restores it. A debate can lead to a project proposal while the process takes proposals, and once its
 * last day has passed those who run the exercise may turn it, once, into a draft commitment of an action plan being
 * drafted (ADR 0081): it then keeps the commitment it gave rise to. The day after its last day a daily job marks it
 * closed, once, and its followers are told (DebateClosings).
 */
@Entity
@Table(name = "pd_debate")
public class Debate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long processId;
    private int number;
    private String title;
    private String description;
    private LocalDate opensOn;
    private LocalDate closesOn;
    private Instant createdAt;
    private Long authorAccountId;
    private Instant hiddenAt;
    private String hiddenReason;
    /** When the daily job marked it closed, once its last day had passed (set only by that claim, never by an edit). */
    @Column(insertable = false, updatable = false)
    private Instant closedAt;
    /** The draft commitment it gave rise to (ADR 0081), once; with when it was drafted. */
    private Long commitmentId;
    private Instant commitmentDraftedAt;
    @Version
    private long version;

    protected Debate() {
    }

    /** The fields of a debate as the form and the demo give them. */
    public record Terms(String title, String description, LocalDate opensOn, LocalDate closesOn) {

        /** Every broken rule at once. */
        public List<FieldProblem> check() {
            List<FieldProblem> problems = new ArrayList<>();
            FieldProblem.requiredText(title, 200, "title", problems);
            FieldProblem.requiredText(description, 8000, "description", problems);
            OpenDays.refused(opensOn, closesOn).ifPresent(problems::add);
            return problems;
        }
    }

    Debate(BudgetProcess process, int number, Terms terms, Long authorAccountId, Instant now) {
        this.authorAccountId = authorAccountId;
        this.processId = process.getId();
        this.number = number;
        this.title = terms.title().strip();
        this.description = terms.description().strip();
        this.opensOn = terms.opensOn();
        this.closesOn = terms.closesOn();
        this.createdAt = now;
    }

    /** Why nobody may argue, reply or vote on its comments on the day, or empty: only while it is open and shown. */
    Optional<FieldProblem> commentRefused(LocalDate day) {
        if (isHidden()) {
            return Optional.of(new FieldProblem("body", "participation.error.debateHidden"));
        }
        return new OpenDays(opensOn, closesOn).refusedOn(day, "body", "participation.error.debateClosed");
    }

    /** Why a moderator may not hide it with this reason, or empty: not hidden yet, and a reason that says why. */
    Optional<FieldProblem> hideRefused(String reason) {
        return PublicHiding.hidingProblem(isHidden(), reason, "participation.error.debateHidden");
    }

    /** Why a moderator may not restore it, or empty: only a hidden debate is restored. */
    Optional<FieldProblem> restoreRefused() {
        return PublicHiding.restoringProblem(isHidden(), "participation.error.debateNotHidden");
    }

    /**
     * Why those who run the exercise may not turn it into a draft commitment on the day, or empty: only once its last
     * day has passed (what people argued is complete), while it is shown, and once.
     */
    Optional<FieldProblem> commitmentRefused(LocalDate day) {
        if (isHidden()) {
            return Optional.of(new FieldProblem("plan", "participation.error.debateHidden"));
        }
        if (commitmentId != null) {
            return Optional.of(new FieldProblem("plan", "participation.error.debateCommitted"));
        }
        if (!day.isAfter(closesOn)) {
            return Optional.of(new FieldProblem("plan", "participation.error.debateNotClosed", BudgetProcess.day(closesOn)));
        }
        return Optional.empty();
    }

    void draftedAs(Long commitmentId, Instant now) {
        this.commitmentId = commitmentId;
        this.commitmentDraftedAt = now;
    }

    /** The draft commitment it gave rise to (ADR 0081), if it did. */
    public Optional<Long> getCommitmentId() {
        return Optional.ofNullable(commitmentId);
    }

    void hide(String reason, Instant now) {
        this.hiddenReason = reason.strip();
        this.hiddenAt = now;
    }

    void restore() {
        this.hiddenReason = null;
        this.hiddenAt = null;
    }

    /** Whether the closing job marked it closed (its followers were told then): once, after its last day. */
    public boolean isClosed() {
        return closedAt != null;
    }

    /** When the closing job marked it closed, once its last day had passed. */
    public Instant getClosedAt() {
        return closedAt;
    }

    public boolean isHidden() {
        return hiddenAt != null;
    }

    /** When a moderator hid it, while it is hidden. */
    public Instant getHiddenAt() {
        return hiddenAt;
    }

    /** The moderator's public reason, while it is hidden. */
    public String getHiddenReason() {
        return hiddenReason;
    }

    /** Whether this person opened it (to tell them; never published). */
    public boolean isOpenedBy(Long accountId) {
        return accountId != null && accountId.equals(authorAccountId);
    }

    public boolean isOpenOn(LocalDate day) {
        return new OpenDays(opensOn, closesOn).isOpenOn(day);
    }

    public Long getId() {
        return id;
    }

    public Long getProcessId() {
        return processId;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
