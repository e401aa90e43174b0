package org.apertura.challenge.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.apertura.challenge.Challenge;
import org.apertura.challenge.ChallengeDetail;
import org.apertura.challenge.ChallengeService;
import org.apertura.platform.web.CsvExport;
import org.apertura.platform.web.FlashOutcome;
import org.apertura.platform.web.PublicDataset;
import org.apertura.platform.web.SitemapSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public pages of challenges and their downloads, and the two things anyone signed in does there:
 * register a team, or join one with its code.
 */
@Controller
class ChallengePages implements PublicDataset.Source, SitemapSource {

    static final List<String> CHALLENGE_COLUMNS = List.of("challenge.slug", "challenge.title", "challenge.kind",
            "challenge.commitment", "challenge.exercise", "challenge.phase", "challenge.registration_opens",
            "challenge.registration_closes", "challenge.submissions_open", "challenge.submissions_close",
            "challenge.results_on", "challenge.teams", "challenge.submissions", "challenge.url");
    static final List<String> SUBMISSION_COLUMNS = List.of("challenge.slug", "challenge.team", "challenge.members",
            "challenge.submission_title", "challenge.link", "challenge.licence", "challenge.revision",
            "challenge.score", "challenge.rank", "challenge.award");

    private final ChallengeService service;
    private final CsvExport csv;
    private final FlashOutcome outcome;

    private final ChallengeCharts charts;

    ChallengePages(ChallengeService service, CsvExport csv, FlashOutcome outcome, ChallengeCharts charts) {
        this.service = service;
        this.charts = charts;
        this.csv = csv;
        this.outcome = outcome;
    }

    @Override
    public List<PublicDataset> datasets() {
        return List.of(new PublicDataset("challenge.challenges", "/retos.csv", "/api/v1/challenges", CHALLENGE_COLUMNS),
                PublicDataset.perRecord("challenge.submissions", "/retos/{reto}/entregas.csv",
                        "/api/v1/challenges/{reto}", SUBMISSION_COLUMNS,
                        () -> service.challenges().stream().findFirst()
                                .map(c -> Map.of("reto", c.getSlug())).orElse(Map.of())));
    }

    @Override
    public List<String> sitemapPaths(int limit) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of("/retos"),
                service.challenges().stream().map(c -> "/retos/" + c.getSlug())).limit(limit).toList();
    }

    @GetMapping("/retos")
    String list(Model model) {
        model.addAttribute("challenges", service.challenges());
        model.addAttribute("drafts", service.myDrafts());
        model.addAttribute("today", service.today());
        return "challenge/list";
    }

    @GetMapping("/retos.csv")
    ResponseEntity<byte[]> listCsv() {
        List<List<?>> rows = service.challenges().stream().<List<?>>map(c -> {
            ChallengeDetail d = service.detail(c.getSlug());
            return Arrays.asList(c.getSlug(), c.getTitle(), c.getKind(), d.commitmentCode(), c.getExerciseSlug(),
                    d.phase(), c.getRegistrationOpens(), c.getRegistrationCloses(), c.getSubmissionsOpen(),
                    c.getSubmissionsClose(), c.getResultsOn(), d.teams().size(), d.submissions().size(),
                    "/retos/" + c.getSlug());
        }).toList();
        return csv.download("retos.csv", CHALLENGE_COLUMNS, rows);
    }

    @GetMapping("/retos/{slug}/entregas.csv")
    ResponseEntity<byte[]> submissionsCsv(@PathVariable String slug) {
        ChallengeDetail d = service.detail(slug);
        List<List<?>> rows = new ArrayList<>();
        for (ChallengeDetail.SubmissionView v : d.submissions()) {
            List<String> members = d.teams().stream().filter(t -> t.name().equals(v.team())).findFirst()
                    .map(ChallengeDetail.TeamView::members).orElse(List.of());
            rows.add(Arrays.asList(slug, v.team(), String.join("; ", members), v.submission().getTitle(),
                    v.submission().getLink(), v.submission().getLicence(), v.submission().getRevision(),
                    v.score() == null ? null : v.score().toPlainString(), v.rank(), v.submission().getAward()));
        }
        return csv.download("entregas-" + slug + ".csv", SUBMISSION_COLUMNS, rows);
    }

    @GetMapping("/retos/{slug}")
    String challenge(@PathVariable String slug, Model model) {
        ChallengeDetail detail = service.detail(slug);
        Challenge c = detail.challenge();
        model.addAttribute("d", detail);
        model.addAttribute("c", c);
        model.addAttribute("commitmentId", c.getCommitmentId());
        model.addAttribute("today", service.today());
        model.addAttribute("registrationOpen", c.registrationOpenOn(service.today()));
        model.addAttribute("myTeam", service.myTeam(c).orElse(null));
        model.addAttribute("allowed", service.allowedOn(c));
        model.addAttribute("charts", charts.views(detail));
        return "challenge/challenge";
    }

    /** The challenge page's form that registers a team (field ids {@code team-name}). */
    static final FlashOutcome.Form TEAM_FORM = FlashOutcome.Form.of("team", "name");
    /** The challenge page's form that joins a team by its code ({@code join-code}). */
    static final FlashOutcome.Form JOIN_FORM = FlashOutcome.Form.of("join", "code");

    @PostMapping("/retos/{slug}/equipos")
    String register(@PathVariable String slug, @RequestParam(required = false) String name, Locale locale,
            RedirectAttributes redirect) {
        boolean done = outcome.run(redirect, locale, TEAM_FORM, "challenge.notice.teamRegistered",
                () -> service.registerTeam(slug, name));
        return done ? "redirect:/retos/" + slug + "/mi-equipo" : "redirect:/retos/" + slug + "#participar";
    }

    @PostMapping("/retos/{slug}/equipos/unirse")
    String join(@PathVariable String slug, @RequestParam(required = false) String code, Locale locale,
            RedirectAttributes redirect) {
        boolean done = outcome.run(redirect, locale, JOIN_FORM, "challenge.notice.joined",
                () -> service.joinTeam(slug, code));
        return done ? "redirect:/retos/" + slug + "/mi-equipo" : "redirect:/retos/" + slug + "#participar";
    }
}
