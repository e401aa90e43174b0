package org.apertura.national;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apertura.actionplan.ActionPlan;
import org.apertura.actionplan.Completion;
import org.apertura.platform.kits.ContentLicence;
import org.apertura.actionplan.Phase;
import org.apertura.actionplan.Theme;

/**
 * What the node keeps of one member: its exercises with their plans and commitments, and its figures, as the node
 * read and checked them (every text cut to its limit, every code one the node knows, every link a path on the
 * member's own site). Stored as JSON the node wrote itself; never the member's bytes.
 */
public record Snapshot(List<Exercise> exercises, RequestCounts requests, List<Reuse> reuses,
        FeedbackCounts feedback) {

    static final Snapshot EMPTY = new Snapshot(List.of(), new RequestCounts(0, 0, 0));
    /** The most adoptions kept of one member. */
    static final int MAX_REUSES = 2000;

    public Snapshot {
        reuses = reuses == null ? List.of() : List.copyOf(reuses);
    }

    Snapshot(List<Exercise> exercises, RequestCounts requests) {
        this(exercises, requests, List.of(), null);
    }

    /** This snapshot with the adoptions read from the member's ledger added (oldest kept first, bounded). */
    Snapshot withReuses(List<Reuse> more) {
        List<Reuse> all = new java.util.ArrayList<>(reuses);
        more.stream().filter(r -> !all.contains(r)).limit(Math.max(0, MAX_REUSES - all.size())).forEach(all::add);
        return new Snapshot(exercises, requests, all, feedback);
    }

    /** The evidence of every commitment of this member's published plans. */
    public List<Evidence> evidence() {
        return exercises.stream().flatMap(e -> e.plans().stream()).flatMap(p -> p.commitments().stream())
                .flatMap(c -> c.evidence().stream()).toList();
    }

    /** How much of that evidence was accepted by its review. */
    public long evidenceAccepted() {
        return evidence().stream().filter(e -> e.status() == org.apertura.actionplan.Evidence.Status.ACCEPTED).count();
    }

    /**
     * A commitment, call or challenge this member adopted from another instance's kit, as its ledger published it
     * ({@code actionplan/commitment.imported}, {@code cocreation/call.imported} or {@code challenge/challenge.imported}
     * with {@code adaptedFrom}, docs/KITS.md): the origin's public address and code, the adopting commitment's code (a
     * call's or challenge's address), title and path on the member's site, and the sequence of the ledger
     * entry that says it (so the origin can read and verify that entry itself; absent in snapshots older than it).
     */
    public record Reuse(String originUrl, String originCode, String originInstitution, String code, String title,
            String path, Long seq, ReuseKind kind) {

        /** Snapshots kept before calls and challenges travelled say no kind: theirs are commitments. */
        public Reuse {
            kind = kind == null ? ReuseKind.COMMITMENT : kind;
        }
    }

    public record Exercise(String slug, String name, Phase phase, String path, List<Plan> plans, int calls,
            int proposals, ContentLicence licence) {

        public int commitments() {
            return plans.stream().mapToInt(p -> p.commitments().size()).sum();
        }
    }

    public record Plan(long id, String title, ActionPlan.Status status, String path, List<Commitment> commitments) {
    }

    public record Commitment(long id, String code, String title, String summary, List<Theme> themes,
            BigDecimal progress, Completion completion, LocalDate startDate, LocalDate endDate, int milestones,
            int milestonesComplete, String path, List<Evidence> evidence) {

        public Commitment {
            evidence = evidence == null ? List.of() : List.copyOf(evidence);
        }

        /** Evidence accepted by its review. */
        public long evidenceAccepted() {
            return evidence.stream().filter(e -> e.status() == org.apertura.actionplan.Evidence.Status.ACCEPTED).count();
        }
    }

    /**
     * What the member publishes of one piece of evidence of a milestone, without the people who submitted or reviewed
     * it: its kind, title, review status, where it is (a path on the member's site, or an http(s) address), the file's
     * type, size and SHA-256 when it is a file, and when it was submitted and reviewed.
     */
    public record Evidence(String milestone, org.apertura.actionplan.Evidence.Kind kind, String title,
            org.apertura.actionplan.Evidence.Status status, String link, String contentType, Long sizeBytes,
            String sha256, java.time.Instant submittedAt, java.time.Instant reviewedAt) {
    }

    /**
     * The member's feedback figures ("¿Te fue útil esta información?"), as its {@code /api/v1/feedback/figures}
     * publishes them: feedback received, found useful, comments, comments answered, and the median time to answer.
     */
    public record FeedbackCounts(long received, long useful, long comments, long answered,
            BigDecimal medianHoursToAnswer) {

        public BigDecimal shareUseful() {
            return NationalView.percent(useful, received);
        }

        public BigDecimal shareAnswered() {
            return NationalView.percent(answered, comments);
        }
    }

    /** Access-to-information requests: received, answered, answered within their term. */
    public record RequestCounts(long received, long answered, long answeredOnTime) {
    }
}
