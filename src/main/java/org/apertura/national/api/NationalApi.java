package org.apertura.national.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apertura.actionplan.Completion;
import org.apertura.actionplan.Phase;
import org.apertura.actionplan.Theme;
import org.apertura.national.GovernmentLevel;
import org.apertura.national.MemberStatus;
import org.apertura.national.NationalView;
import org.apertura.national.ReuseKind;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.chart.Charts;
import org.apertura.platform.web.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What the national node harvested and verified, for machines: members, states, exercises, commitments. */
@RestController
@RequestMapping("/api/v1/national")
@Tag(name = "api.tag.national", description = "api.tag.national.description")
class NationalApi {

    static final int PAGE_SIZE = 100;

    private final NationalView view;

    NationalApi(NationalView view) {
        this.view = view;
    }

    @GetMapping("/members")
    @Operation(summary = "api.op.national.members", description = "api.op.national.members.description")
    List<MemberJson> members() {
        return view.members().stream().map(v -> new MemberJson(v.member().getId(), v.member().getName(),
                v.member().getBaseUrl(), v.member().getStateCode(), v.stateName(), v.member().getLevel(),
                v.member().getMunicipality(), v.member().getStatus(), v.member().getLastGoodAt(),
                v.member().getVerifiedSeq(), v.member().getVerifiedHash(), v.member().getAlteredSeq(),
                v.member().getAlteredAt(), v.snapshot().exercises().size(), v.snapshot().feedback())).toList();
    }

    @GetMapping("/states")
    @Operation(summary = "api.op.national.states")
    List<NationalView.StateRow> states() {
        return view.states();
    }

    @GetMapping("/exercises")
    @Operation(summary = "api.op.national.exercises")
    List<ExerciseJson> exercises(@RequestParam(name = "key", required = false) List<String> keys) {
        List<NationalView.ExerciseRow> rows = keys == null || keys.isEmpty() ? view.exercises() : view.exercises(keys);
        return rows.stream().map(r -> new ExerciseJson(r.key(), r.member().getId(), r.member().getName(),
                r.member().getStateCode(), r.stateName(), r.member().getLevel(), r.exercise().slug(), r.exercise().name(),
                r.exercise().phase(), r.commitments(), r.averageProgress(), r.completed(), r.exercise().calls(),
                r.exercise().proposals(), r.exercise().licence() == null ? null : r.exercise().licence().id(),
                r.exercise().licence() == null ? null : r.exercise().licence().url(), r.link())).toList();
    }

    @GetMapping("/commitments")
    @Operation(summary = "api.op.national.commitments", description = "api.op.national.commitments.description")
    CommitmentPage commitments(@RequestParam(required = false) String q, @RequestParam(required = false) Theme theme,
            @RequestParam(required = false) String state, @RequestParam(required = false) GovernmentLevel level,
            @RequestParam(required = false) Completion status, @RequestParam(defaultValue = "0") int page) {
        int index = Paging.apiIndex(page, "page");
        if (state != null && !Charts.states().containsKey(state)) {
            throw new InvalidInputException("state", "national.error.state");
        }
        List<NationalView.CommitmentRow> all = view.commitments(new NationalView.Search(
                q == null || q.isBlank() ? null : q.strip(), theme, state, level, status));
        int from = (int) Math.min((long) index * PAGE_SIZE, all.size());
        List<CommitmentJson> items = all.subList(from, Math.min(from + PAGE_SIZE, all.size())).stream()
                .map(r -> new CommitmentJson(r.member().getId(), r.member().getName(), r.member().getStateCode(),
                        r.stateName(), r.member().getLevel(), r.exerciseName(), r.commitment().id(),
                        r.commitment().code(), r.commitment().title(), r.commitment().summary(), r.commitment().themes(),
                        r.commitment().progress(), r.commitment().completion(), r.commitment().startDate(),
                        r.commitment().endDate(), r.link()))
                .toList();
        return new CommitmentPage(all.size(), index, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE, items);
    }

    @GetMapping("/reuses")
    @Operation(summary = "api.op.national.reuses", description = "api.op.national.reuses.description")
    List<ReuseJson> reuses() {
        return view.reuses().stream().map(r -> new ReuseJson(r.origin() == null ? null : r.origin().getId(),
                r.origin() == null ? null : r.origin().getName(), r.originState(), r.originCode(),
                r.originInstitution(), r.originUrl(), r.adopter().getId(), r.adopter().getName(),
                r.adopter().getStateCode(), r.adopterState(), r.adopter().getLevel(), r.code(), r.title(), r.link(),
                r.adopterBaseUrl(), r.ledgerSeq(), r.kind())).toList();
    }

    /**
     * {@code originUrl} is the address the adopter's ledger names, whether or not the origin is a member;
     * {@code adopterBaseUrl} and {@code ledgerSeq} say where the adopter's ledger entry that records the adoption is, so
     * the origin can read and verify it itself (docs/adr/0031-origins-verify-adopters-ledgers.md).
     */
    record ReuseJson(Long originMember, String originMemberName, String originState, String originCode,
            String originInstitution, String originUrl, long adopterMember, String adopterName, String adopterState,
            String adopterStateName, GovernmentLevel adopterLevel, String code, String title, String url,
            String adopterBaseUrl, Long ledgerSeq, ReuseKind kind) {
    }

    @GetMapping("/evidence")
    @Operation(summary = "api.op.national.evidence", description = "api.op.national.evidence.description")
    List<EvidenceJson> evidence() {
        return view.evidence().stream().map(r -> new EvidenceJson(r.member().getId(), r.member().getName(),
                r.member().getStateCode(), r.stateName(), r.exerciseName(), r.commitmentCode(), r.commitmentTitle(),
                r.commitmentLink(), r.evidence().milestone(), r.evidence().kind(), r.evidence().title(),
                r.evidence().status(), r.link(), r.evidence().contentType(), r.evidence().sizeBytes(),
                r.evidence().sha256(), r.evidence().submittedAt(), r.evidence().reviewedAt())).toList();
    }

    record EvidenceJson(long member, String memberName, String state, String stateName, String exercise,
            String commitmentCode, String commitmentTitle, String commitmentUrl, String milestone,
            org.apertura.actionplan.Evidence.Kind kind, String title, org.apertura.actionplan.Evidence.Status status,
            String url, String contentType, Long sizeBytes, String sha256, Instant submittedAt, Instant reviewedAt) {
    }

    record MemberJson(long id, String name, String baseUrl, String state, String stateName, GovernmentLevel level,
            String municipality, MemberStatus status, Instant lastGoodHarvest, long verifiedSeq, String verifiedHash,
            Long alteredSeq, Instant alteredAt, int exercises, org.apertura.national.Snapshot.FeedbackCounts feedback) {
    }

    record ExerciseJson(String key, long member, String memberName, String state, String stateName,
            GovernmentLevel level, String slug, String name, Phase phase, int commitments, BigDecimal averageProgress,
            long completed, int calls, int proposals, String licence, String licenceUrl, String url) {
    }

    record CommitmentPage(long total, int page, int pages, List<CommitmentJson> commitments) {
    }

    record CommitmentJson(long member, String memberName, String state, String stateName, GovernmentLevel level,
            String exercise, long id, String code, String title, String summary, List<Theme> themes,
            BigDecimal progress, Completion completion, LocalDate startDate, LocalDate endDate, String url) {
    }

}
