package org.apertura.participation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.Texts;

/**
 * One person's report of a debate to the moderators (issue 21): a reason from
 * {@link ReportReason} and an optional note of up to {@link #MAX_NOTE} characters. A person reports an item once
 * (the database holds it: {@code pd_report_once}). Who reported is kept only for that rule and never shown, not even
 * to moderators, who see how many reported an item and why. A moderator resolves the pending reports of an item at
 * once: it was hidden with a public reason, or they were dismissed. Reports of a debate's comments were kept here
 * until the comments moved onto the comment engine (ADR 0067, "Done"), where they are flags with reasons; the rows
 * kept name the engine's comment ({@code commentId}) and are no longer listed as pending here.
 */
@Entity
@Table(name = "pd_report")
public class DebateReport {

    /** The longest note, in characters. */
    public static final int MAX_NOTE = 500;
    /** The longest public reason a moderator gives when hiding a reported debate. */
    public static final int MAX_REASON = PublicHiding.MAX_REASON;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long processId;
    private Long debateId;
    private Long commentId;
    private String itemKey;
    private Long accountId;
    @Enumerated(EnumType.STRING)
    private ReportReason reason;
    private String note;
    private Instant reportedAt;
    private Instant resolvedAt;
    @Enumerated(EnumType.STRING)
    private ReportResolution resolution;
    @Version
    private long version;

    protected DebateReport() {
    }

    DebateReport(Debate debate, Long accountId, ReportReason reason, String note, Instant now) {
        this.processId = debate.getProcessId();
        this.debateId = debate.getId();
        this.itemKey = key(debate);
        this.accountId = accountId;
        this.reason = reason;
        this.note = Texts.isBlank(note) ? null : note.strip();
        this.reportedAt = now;
    }

    /** What the one-report-per-person rule counts as one item: the debate. */
    static String key(Debate debate) {
        return "debate:" + debate.getId();
    }

    /** Every problem with a report's words: a reason from the list, and a note of at most {@link #MAX_NOTE}. */
    static List<FieldProblem> check(ReportReason reason, String note) {
        List<FieldProblem> problems = new ArrayList<>();
        if (reason == null) {
            problems.add(new FieldProblem("reportReason", "participation.validation.reportReason"));
        }
        FieldProblem.atMost(note, MAX_NOTE, "note", problems);
        return problems;
    }

    void resolve(ReportResolution how, Instant now) {
        this.resolution = how;
        this.resolvedAt = now;
    }

    public boolean isPending() {
        return resolvedAt == null;
    }

    public Long getId() {
        return id;
    }

    public Long getDebateId() {
        return debateId;
    }

    /** The engine's number of the comment reported before comments moved onto the engine, or null: the debate. */
    public Long getCommentId() {
        return commentId;
    }

    public ReportReason getReason() {
        return reason;
    }

    public String getNote() {
        return note;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public ReportResolution getResolution() {
        return resolution;
    }

    String getItemKey() {
        return itemKey;
    }
}
