package org.apertura.national;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apertura.actionplan.Completion;
import org.apertura.actionplan.Theme;
import org.apertura.platform.chart.Charts;
import org.springframework.stereotype.Component;

/**
 * What the national pages and API read: every member's last verified snapshot, as rows per state, per exercise and
 * per commitment. Computed from the snapshots on each read (a country's exercises are hundreds, not millions).
 */
@Component
public class NationalView {

    private final NationalMemberRepository members;
    private final Snapshots snapshots;

    NationalView(NationalMemberRepository members, Snapshots snapshots) {
        this.members = members;
        this.snapshots = snapshots;
    }

    /** A member with its last verified snapshot (empty before its first good harvest). */
    public record MemberView(NationalMember member, String stateName, Snapshot snapshot) {
    }

    /** One exercise of one member; {@code key} names it across the country ({@code memberId:slug}). */
    public record ExerciseRow(String key, NationalMember member, String stateName, Snapshot.Exercise exercise,
            int commitments, BigDecimal averageProgress, long completed, Map<Theme, Integer> themes, String link) {
    }

    public record CommitmentRow(NationalMember member, String stateName, String exerciseName, String planTitle,
            Snapshot.Commitment commitment, String link) {
    }

    /** The figures of one state: its members, exercises, commitments by theme, progress, co-creation, requests. */
    public record StateRow(String code, String name, int members, int exercises, int commitments,
            Map<Theme, Integer> themes, BigDecimal averageProgress, int calls, int proposals, long requestsReceived,
            long requestsAnswered, long requestsOnTime, BigDecimal shareOnTime, long evidence, long evidenceAccepted,
            long feedbackReceived, long feedbackUseful, BigDecimal shareUseful, long feedbackComments,
            long feedbackAnswered, BigDecimal shareAnswered) {
    }

    /** One piece of evidence of a harvested commitment, with where it belongs. */
    public record EvidenceRow(NationalMember member, String stateName, String exerciseName, String commitmentCode,
            String commitmentTitle, String commitmentLink, Snapshot.Evidence evidence, String link) {
    }

    /** Every piece of evidence the members publish, of every commitment of their published plans. */
    public List<EvidenceRow> evidence() {
        List<EvidenceRow> rows = new ArrayList<>();
        for (MemberView v : members()) {
            for (Snapshot.Exercise e : v.snapshot().exercises()) {
                for (Snapshot.Plan p : e.plans()) {
                    for (Snapshot.Commitment c : p.commitments()) {
                        for (Snapshot.Evidence ev : c.evidence()) {
                            rows.add(new EvidenceRow(v.member(), v.stateName(), e.name(), c.code(), c.title(),
                                    link(v.member(), c.path()), ev, ev.link() == null ? null
                                            : ev.link().startsWith("/") ? link(v.member(), ev.link()) : ev.link()));
                        }
                    }
                }
            }
        }
        return rows;
    }

    /** What people search commitments by; every part optional. */
    public record Search(String text, Theme theme, String state, GovernmentLevel level, Completion status) {

        public static final Search ALL = new Search(null, null, null, null, null);
    }

    /**
     * A commitment, call or challenge that travelled ({@code kind}): adopted by {@code adopter} (from its ledger's
     * {@code commitment.imported}, {@code call.imported} or {@code challenge.imported}) from
     * {@code origin} — a member of this node when the origin's address is on a member's site, else null (the origin is
     * then named by its institution and code only).
     */
    public record ReuseRow(NationalMember origin, String originState, String originCode, String originInstitution,
            String originLink, NationalMember adopter, String adopterState, String code, String title, String link,
            String originUrl, Long ledgerSeq, ReuseKind kind) {

        /** The adopter's public address, where its ledger can be read. */
        public String adopterBaseUrl() {
            return base(adopter);
        }
    }

    /** Every adoption the members' ledgers recorded, origins matched to members by their addresses. */
    public List<ReuseRow> reuses() {
        List<MemberView> all = members();
        List<ReuseRow> rows = new java.util.ArrayList<>();
        for (MemberView adopter : all) {
            for (Snapshot.Reuse r : adopter.snapshot().reuses()) {
                NationalMember origin = all.stream().map(MemberView::member)
                        .filter(o -> r.originUrl().startsWith(base(o) + "/")).findFirst().orElse(null);
                rows.add(new ReuseRow(origin, origin == null ? null : stateName(origin.getStateCode()), r.originCode(),
                        r.originInstitution(), origin == null ? null : r.originUrl(), adopter.member(),
                        adopter.stateName(), r.code(), r.title(), base(adopter.member()) + r.path(), r.originUrl(),
                        r.seq(), r.kind()));
            }
        }
        return rows;
    }

    /** The adoptions of one member's commitments by others. */
    public List<ReuseRow> reusesOf(NationalMember origin) {
        return reuses().stream().filter(r -> r.origin() != null && r.origin().getId().equals(origin.getId())).toList();
    }

    private static String base(NationalMember m) {
        String url = m.getBaseUrl();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public List<MemberView> members() {
        return members.findAllByOrderByStateCodeAscNameAsc().stream().map(this::view).toList();
    }

    public java.util.Optional<MemberView> member(long id) {
        return members.findById(id).map(this::view);
    }

    private MemberView view(NationalMember m) {
        Snapshot s = snapshots.of(m);
        return new MemberView(m, stateName(m.getStateCode()), s == null ? Snapshot.EMPTY : s);
    }

    public static String stateName(String code) {
        return Charts.states().getOrDefault(code, code);
    }

    public List<ExerciseRow> exercises() {
        List<ExerciseRow> rows = new ArrayList<>();
        for (MemberView v : members()) {
            for (Snapshot.Exercise e : v.snapshot().exercises()) {
                rows.add(row(v, e));
            }
        }
        return rows;
    }

    /** The exercises named by their keys, in the order asked, unknown keys left out. */
    public List<ExerciseRow> exercises(List<String> keys) {
        Map<String, ExerciseRow> all = new java.util.HashMap<>();
        exercises().forEach(r -> all.put(r.key(), r));
        return keys.stream().distinct().map(all::get).filter(Objects::nonNull).toList();
    }

    private static ExerciseRow row(MemberView v, Snapshot.Exercise e) {
        List<Snapshot.Commitment> cs = e.plans().stream().flatMap(p -> p.commitments().stream()).toList();
        return new ExerciseRow(v.member().getId() + ":" + e.slug(), v.member(), v.stateName(), e, cs.size(),
                average(cs), cs.stream().filter(c -> c.completion() == Completion.COMPLETE).count(), themes(cs),
                link(v.member(), e.path()));
    }

    public List<CommitmentRow> commitments(Search search) {
        String words = search.text() == null ? null : fold(search.text());
        List<CommitmentRow> rows = new ArrayList<>();
        for (MemberView v : members()) {
            NationalMember m = v.member();
            if (search.state() != null && !search.state().equals(m.getStateCode())
                    || search.level() != null && search.level() != m.getLevel()) {
                continue;
            }
            for (Snapshot.Exercise e : v.snapshot().exercises()) {
                for (Snapshot.Plan p : e.plans()) {
                    for (Snapshot.Commitment c : p.commitments()) {
                        if (search.theme() != null && !c.themes().contains(search.theme())
                                || search.status() != null && search.status() != c.completion()
                                || words != null && !fold(String.join(" ", c.code(), c.title(), c.summary(), e.name(),
                                        m.getName())).contains(words)) {
                            continue;
                        }
                        rows.add(new CommitmentRow(m, v.stateName(), e.name(), p.title(), c, link(m, c.path())));
                    }
                }
            }
        }
        return rows;
    }

    public List<StateRow> states() {
        Map<String, List<MemberView>> byState = new TreeMap<>();
        for (MemberView v : members()) {
            byState.computeIfAbsent(v.member().getStateCode(), k -> new ArrayList<>()).add(v);
        }
        List<StateRow> rows = new ArrayList<>();
        byState.forEach((code, views) -> {
            List<Snapshot.Commitment> cs = new ArrayList<>();
            int exercises = 0;
            int calls = 0;
            int proposals = 0;
            long received = 0;
            long answered = 0;
            long onTime = 0;
            long[] feedback = new long[4];
            for (MemberView v : views) {
                Snapshot.FeedbackCounts f = v.snapshot().feedback();
                if (f != null) {
                    feedback[0] += f.received();
                    feedback[1] += f.useful();
                    feedback[2] += f.comments();
                    feedback[3] += f.answered();
                }
                for (Snapshot.Exercise e : v.snapshot().exercises()) {
                    exercises++;
                    calls += e.calls();
                    proposals += e.proposals();
                    e.plans().forEach(p -> cs.addAll(p.commitments()));
                }
                received += v.snapshot().requests().received();
                answered += v.snapshot().requests().answered();
                onTime += v.snapshot().requests().answeredOnTime();
            }
            rows.add(new StateRow(code, stateName(code), views.size(), exercises, cs.size(), themes(cs), average(cs), calls,
                    proposals, received, answered, onTime, percent(onTime, answered),
                    cs.stream().mapToLong(c -> c.evidence().size()).sum(),
                    cs.stream().mapToLong(Snapshot.Commitment::evidenceAccepted).sum(), feedback[0], feedback[1],
                    percent(feedback[1], feedback[0]), feedback[2], feedback[3], percent(feedback[3], feedback[2])));
        });
        return rows;
    }

    /** {@code part} as a percentage of {@code whole} with one decimal, or null when the whole is zero. */
    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(100 * part).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** How many of the commitments aim at each theme, every theme named (zero when none). */
    static Map<Theme, Integer> themes(List<Snapshot.Commitment> cs) {
        Map<Theme, Integer> themes = new EnumMap<>(Theme.class);
        for (Theme t : Theme.values()) {
            themes.put(t, 0);
        }
        cs.forEach(c -> c.themes().forEach(t -> themes.merge(t, 1, Integer::sum)));
        return themes;
    }

    static BigDecimal average(List<Snapshot.Commitment> cs) {
        List<BigDecimal> values = cs.stream().map(Snapshot.Commitment::progress).filter(Objects::nonNull).toList();
        if (values.isEmpty()) {
            return null;
        }
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), 1, RoundingMode.HALF_UP);
    }

    /** The page on the member's own site, or null when the member gave no plain path. */
    static String link(NationalMember m, String path) {
        return path == null ? null : m.getBaseUrl() + path;
    }

    /** Lower case without accents, for searching. */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip();
    }
}
