package org.apertura.national.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apertura.actionplan.Completion;
import org.apertura.actionplan.Theme;
import org.apertura.national.GovernmentLevel;
import org.apertura.national.NationalService;
import org.apertura.national.NationalView;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.chart.Charts;
import org.apertura.platform.web.CsvExport;
import org.apertura.platform.web.Paging;
import org.apertura.platform.web.PublicDataset;
import org.apertura.platform.web.SitemapSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The national pages: {@code /nacional} (the map, each state's figures beside it as a table, the members and their
 * state of verification), a member's page, the comparison of exercises side by side and the search across every
 * harvested commitment; every list as CSV (and JSON under {@code /api/v1/national}).
 */
@Controller
class NationalPages implements PublicDataset.Source, SitemapSource {

    static final int PAGE_SIZE = 25;
    static final List<String> STATE_COLUMNS;
    static final List<String> EXERCISE_COLUMNS = List.of("national.member", "national.state", "national.level",
            "national.municipality", "national.exercise", "national.phase", "national.commitments",
            "national.average_progress", "national.completed", "national.calls", "national.proposals", "national.licence",
            "national.url");
    static final List<String> COMMITMENT_COLUMNS = List.of("national.member", "national.state", "national.level",
            "national.exercise", "national.code", "national.title", "national.themes", "national.progress",
            "national.completion", "national.start", "national.end", "national.url");
    static final List<String> EVIDENCE_COLUMNS = List.of("national.member", "national.state", "national.exercise",
            "national.code", "national.title", "national.milestone", "national.evidence_kind",
            "national.evidence_title", "national.evidence_status", "national.evidence_link",
            "national.evidence_content_type", "national.evidence_size", "national.evidence_sha256",
            "national.evidence_submitted", "national.evidence_reviewed", "national.url");
    static final List<String> REUSE_COLUMNS = List.of("national.origin_code", "national.origin_institution",
            "national.origin_member", "national.origin_url", "national.member", "national.state", "national.level",
            "national.code", "national.title", "national.url", "national.base_url", "national.ledger_seq",
            "national.kind");
    static final List<String> MEMBER_COLUMNS = List.of("national.member", "national.base_url", "national.state",
            "national.level", "national.municipality", "national.status", "national.last_good_at",
            "national.verified_seq", "national.verified_hash", "national.altered_seq");

    static {
        List<String> columns = new ArrayList<>(List.of("national.state", "national.members", "national.exercises",
                "national.commitments", "national.average_progress", "national.calls", "national.proposals",
                "national.requests_received", "national.requests_answered", "national.requests_on_time",
                "national.share_on_time", "national.evidence", "national.evidence_accepted",
                "national.feedback_received", "national.feedback_useful", "national.share_useful",
                "national.feedback_comments", "national.feedback_answered", "national.share_answered"));
        for (Theme t : Theme.values()) {
            columns.add("national.theme_" + t.name().toLowerCase(Locale.ROOT));
        }
        STATE_COLUMNS = List.copyOf(columns);
    }

    private final NationalView view;
    private final NationalService service;
    private final NationalCharts charts;
    private final CsvExport csv;

    NationalPages(NationalView view, NationalService service, NationalCharts charts, CsvExport csv) {
        this.view = view;
        this.service = service;
        this.charts = charts;
        this.csv = csv;
    }

    @Override
    public List<PublicDataset> datasets() {
        return List.of(
                new PublicDataset("national_states", "/nacional/estados.csv", "/api/v1/national/states", STATE_COLUMNS),
                new PublicDataset("national_exercises", "/nacional/ejercicios.csv", "/api/v1/national/exercises",
                        EXERCISE_COLUMNS),
                new PublicDataset("national_commitments", "/nacional/compromisos.csv", "/api/v1/national/commitments",
                        COMMITMENT_COLUMNS),
                new PublicDataset("national_evidence", "/nacional/evidencias.csv", "/api/v1/national/evidence",
                        EVIDENCE_COLUMNS),
                new PublicDataset("national_reuses", "/nacional/reutilizados.csv", "/api/v1/national/reuses",
                        REUSE_COLUMNS),
                new PublicDataset("national_members", "/nacional/miembros.csv", "/api/v1/national/members",
                        MEMBER_COLUMNS));
    }

    @Override
    public List<String> sitemapPaths(int limit) {
        return List.of("/nacional", "/nacional/compromisos", "/nacional/comparar").stream().limit(limit).toList();
    }

    @GetMapping("/nacional")
    String index(Model model) {
        List<NationalView.StateRow> states = view.states();
        model.addAttribute("node", service.isNationalNode());
        model.addAttribute("states", states);
        model.addAttribute("themes", Theme.values());
        model.addAttribute("members", view.members());
        model.addAttribute("exercises", view.exercises());
        model.addAttribute("reuses", view.reuses());
        model.addAttribute("map", charts.mapView(states).orElse(null));
        return "national/index";
    }

    @GetMapping("/nacional/miembros/{id}")
    String member(@PathVariable long id, Model model) {
        NationalView.MemberView member = view.member(id).orElseThrow(() -> new NotFoundException("member " + id));
        model.addAttribute("m", member);
        model.addAttribute("reusedBy", view.reusesOf(member.member()));
        model.addAttribute("exercises", view.exercises().stream()
                .filter(r -> r.member().getId().equals(member.member().getId())).toList());
        return "national/member";
    }

    @GetMapping("/nacional/comparar")
    String compare(@RequestParam(name = "ejercicio", required = false) List<String> keys, Model model) {
        List<String> chosen = keys == null ? List.of() : keys.stream().limit(6).toList();
        model.addAttribute("all", view.exercises());
        model.addAttribute("chosen", chosen);
        model.addAttribute("compared", view.exercises(chosen));
        model.addAttribute("themes", Theme.values());
        return "national/compare";
    }

    @GetMapping("/nacional/compromisos")
    String commitments(@RequestParam(name = "q", required = false) String text,
            @RequestParam(name = "tema", required = false) String theme,
            @RequestParam(name = "estado", required = false) String state,
            @RequestParam(name = "nivel", required = false) String level,
            @RequestParam(name = "estatus", required = false) String status,
            @RequestParam(name = "pagina", defaultValue = "1") long page, HttpServletRequest request, Model model) {
        NationalView.Search search = search(text, theme, state, level, status);
        List<NationalView.CommitmentRow> all = view.commitments(search);
        Page<NationalView.CommitmentRow> results = Paging.orLast(Paging.index(page - 1), i -> slice(all, i), model);
        model.addAttribute("search", search);
        model.addAttribute("results", results);
        model.addAttribute("base", Paging.base(request));
        model.addAttribute("query", request.getQueryString() == null ? "" : request.getQueryString()
                .replaceAll("(^|&)pagina=[^&]*", ""));
        model.addAttribute("themes", Theme.values());
        model.addAttribute("stateNames", Charts.states());
        model.addAttribute("levels", GovernmentLevel.values());
        model.addAttribute("statuses", Completion.values());
        return "national/commitments";
    }

    private static Page<NationalView.CommitmentRow> slice(List<NationalView.CommitmentRow> all, int index) {
        int from = (int) Math.min((long) index * PAGE_SIZE, all.size());
        return new PageImpl<>(all.subList(from, Math.min(from + PAGE_SIZE, all.size())),
                PageRequest.of(index, PAGE_SIZE), all.size());
    }

    /** The search as typed; a value the node does not know is no filter. */
    static NationalView.Search search(String text, String theme, String state, String level, String status) {
        return new NationalView.Search(text == null || text.isBlank() ? null : text.strip(),
                constant(Theme.class, theme), state != null && Charts.states().containsKey(state) ? state : null,
                constant(GovernmentLevel.class, level), constant(Completion.class, status));
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value.strip())) {
                return e;
            }
        }
        return null;
    }

    @GetMapping("/nacional/estados.csv")
    ResponseEntity<byte[]> statesCsv() {
        List<List<?>> rows = new ArrayList<>();
        for (NationalView.StateRow s : view.states()) {
            List<Object> row = new ArrayList<>(List.of(s.name(), s.members(), s.exercises(), s.commitments()));
            row.add(s.averageProgress());
            row.addAll(List.of(s.calls(), s.proposals(), s.requestsReceived(), s.requestsAnswered(), s.requestsOnTime()));
            row.add(s.shareOnTime());
            row.addAll(List.of(s.evidence(), s.evidenceAccepted(), s.feedbackReceived(), s.feedbackUseful()));
            row.add(s.shareUseful());
            row.addAll(List.of(s.feedbackComments(), s.feedbackAnswered()));
            row.add(s.shareAnswered());
            for (Theme t : Theme.values()) {
                row.add(s.themes().get(t));
            }
            rows.add(row);
        }
        return csv.download("nacional-estados.csv", STATE_COLUMNS, rows);
    }

    @GetMapping("/nacional/ejercicios.csv")
    ResponseEntity<byte[]> exercisesCsv() {
        List<List<?>> rows = view.exercises().stream().<List<?>>map(r -> java.util.Arrays.asList(r.member().getName(),
                r.stateName(), r.member().getLevel(), r.member().getMunicipality(), r.exercise().name(),
                r.exercise().phase(), r.commitments(), r.averageProgress(), r.completed(), r.exercise().calls(),
                r.exercise().proposals(), r.exercise().licence() == null ? null : r.exercise().licence().id(), r.link()))
                .toList();
        return csv.download("nacional-ejercicios.csv", EXERCISE_COLUMNS, rows);
    }

    @GetMapping("/nacional/compromisos.csv")
    ResponseEntity<byte[]> commitmentsCsv(@RequestParam(name = "q", required = false) String text,
            @RequestParam(name = "tema", required = false) String theme,
            @RequestParam(name = "estado", required = false) String state,
            @RequestParam(name = "nivel", required = false) String level,
            @RequestParam(name = "estatus", required = false) String status) {
        List<List<?>> rows = view.commitments(search(text, theme, state, level, status)).stream()
                .<List<?>>map(r -> java.util.Arrays.asList(r.member().getName(), r.stateName(), r.member().getLevel(),
                        r.exerciseName(), r.commitment().code(), r.commitment().title(), r.commitment().themes(),
                        r.commitment().progress(), r.commitment().completion(), r.commitment().startDate(),
                        r.commitment().endDate(), r.link()))
                .toList();
        return csv.download("nacional-compromisos.csv", COMMITMENT_COLUMNS, rows);
    }

    @GetMapping("/nacional/evidencias.csv")
    ResponseEntity<byte[]> evidenceCsv() {
        List<List<?>> rows = view.evidence().stream().<List<?>>map(r -> java.util.Arrays.asList(r.member().getName(),
                r.stateName(), r.exerciseName(), r.commitmentCode(), r.commitmentTitle(), r.evidence().milestone(),
                r.evidence().kind(), r.evidence().title(), r.evidence().status(), r.link(),
                r.evidence().contentType(), r.evidence().sizeBytes(), r.evidence().sha256(),
                r.evidence().submittedAt(), r.evidence().reviewedAt(), r.commitmentLink())).toList();
        return csv.download("nacional-evidencias.csv", EVIDENCE_COLUMNS, rows);
    }

    @GetMapping("/nacional/reutilizados.csv")
    ResponseEntity<byte[]> reusesCsv() {
        List<List<?>> rows = view.reuses().stream().<List<?>>map(r -> java.util.Arrays.asList(r.originCode(),
                r.originInstitution(), r.origin() == null ? null : r.origin().getName(), r.originUrl(),
                r.adopter().getName(), r.adopterState(), r.adopter().getLevel(), r.code(), r.title(), r.link(),
                r.adopterBaseUrl(), r.ledgerSeq(), r.kind())).toList();
        return csv.download("nacional-reutilizados.csv", REUSE_COLUMNS, rows);
    }

    @GetMapping("/nacional/miembros.csv")
    ResponseEntity<byte[]> membersCsv() {
        List<List<?>> rows = view.members().stream().<List<?>>map(v -> java.util.Arrays.asList(v.member().getName(),
                v.member().getBaseUrl(), v.stateName(), v.member().getLevel(), v.member().getMunicipality(),
                v.member().getStatus(), v.member().getLastGoodAt(), v.member().getVerifiedSeq(),
                v.member().getVerifiedHash(), v.member().getAlteredSeq())).toList();
        return csv.download("nacional-miembros.csv", MEMBER_COLUMNS, rows);
    }
}
