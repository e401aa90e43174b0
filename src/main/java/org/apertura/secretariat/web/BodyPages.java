package org.apertura.secretariat.web;

import org.apertura.platform.time.Today;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apertura.platform.PublicUrl;
import org.apertura.platform.items.PublicItems;
import org.apertura.platform.web.CsvExport;
import org.apertura.platform.web.Downloads;
import org.apertura.platform.web.PublicDataset;
import org.apertura.platform.web.SitemapSource;
import org.apertura.secretariat.BodyMember;
import org.apertura.secretariat.BodySession;
import org.apertura.secretariat.CollegiateBody;
import org.apertura.secretariat.MinutesRenderer;
import org.apertura.secretariat.SecretariatService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public pages of collegiate bodies: members, sessions, agreements, minutes, and their downloads. */
@Controller
class BodyPages implements PublicDataset.Source, SitemapSource {

    static final List<String> BODY_COLUMNS = List.of("slug", "name", "kind", "jurisdiction", "notice_business_days",
            "quorum_rule");
    static final List<String> MEMBER_COLUMNS = List.of("name", "sector", "organisation", "role", "term_start", "term_end");
    static final List<String> SESSION_COLUMNS = List.of("number", "session_kind", "starts_at", "place", "online_url",
            "notice_published_on", "notice_given", "short_notice", "quorum", "agreements_adopted", "agreements_rejected",
            "minutes_sha256");

    private final SecretariatService service;
    private final MinutesRenderer minutes;
    private final Today today;
    private final String baseUrl;

    private final CsvExport csv;

    private final PublicItems items;

    BodyPages(SecretariatService service, MinutesRenderer minutes, Today today, CsvExport csv,
            PublicUrl publicUrl, PublicItems items) {
        this.service = service;
        this.items = items;
        this.csv = csv;
        this.minutes = minutes;
        this.today = today;
        this.baseUrl = publicUrl.base();
    }

    @Override
    public List<PublicDataset> datasets() {
        return List.of(new PublicDataset("bodies", "/organos.csv", "/api/v1/bodies", BODY_COLUMNS),
                new PublicDataset("members", "/organos/stl-durango/integrantes.csv", "/api/v1/bodies/stl-durango",
                        MEMBER_COLUMNS),
                new PublicDataset("sessions", "/organos/stl-durango/sesiones.csv", "/api/v1/bodies/stl-durango",
                        SESSION_COLUMNS));
    }

    /** The bodies, and each one's sessions. */
    @Override
    public List<String> sitemapPaths(int limit) {
        List<String> paths = new java.util.ArrayList<>(List.of("/organos"));
        for (CollegiateBody body : service.bodies()) {
            paths.add("/organos/" + body.getSlug());
            service.sessions(body).forEach(s -> paths.add("/organos/" + body.getSlug() + "/sesiones/" + s.getNumber()));
        }
        return paths.stream().limit(limit).toList();
    }

    @GetMapping("/organos")
    String list(Model model) {
        model.addAttribute("bodies", service.bodies());
        return "secretariat/list";
    }

    @GetMapping("/organos.csv")
    ResponseEntity<byte[]> listCsv() {
        List<List<?>> rows = service.bodies().stream()
                .<List<?>>map(b -> List.of(b.getSlug(), b.getName(), b.getKind(),
                        service.jurisdictionOf(b).getSlug(), b.getNoticeBusinessDays(), b.getQuorumRule()))
                .toList();
        return csv.download("organos.csv", BODY_COLUMNS, rows);
    }

    @GetMapping("/organos/{slug}")
    String detail(@PathVariable String slug, Model model) {
        CollegiateBody body = service.body(slug);
        List<BodyMember> members = service.members(body);
        model.addAttribute("body", body);
        model.addAttribute("jurisdiction", service.jurisdictionOf(body));
        model.addAttribute("members", members);
        model.addAttribute("missingSectors", body.missingSectors(members));
        model.addAttribute("sessions", service.sessions(body));
        model.addAttribute("allowed", service.allowedIn(slug));
        return "secretariat/detail";
    }

    @GetMapping("/organos/{slug}/integrantes.csv")
    ResponseEntity<byte[]> membersCsv(@PathVariable String slug) {
        CollegiateBody body = service.body(slug);
        List<List<?>> rows = service.members(body).stream()
                .<List<?>>map(m -> List.of(m.getName(), m.getSector(), m.getOrganisation(), m.getRole(),
                        m.getTermStart().toString(), m.getTermEnd() == null ? "" : m.getTermEnd().toString()))
                .toList();
        return csv.download("integrantes-" + slug + ".csv", MEMBER_COLUMNS, rows);
    }

    @GetMapping("/organos/{slug}/sesiones.csv")
    ResponseEntity<byte[]> sessionsCsv(@PathVariable String slug) {
        CollegiateBody body = service.body(slug);
        List<List<?>> rows = service.sessions(body).stream().<List<?>>map(s -> {
            List<org.apertura.secretariat.Agreement> agreements = service.agreements(s);
            return java.util.Arrays.asList(s.getNumber(), s.getKind(), s.getStartsAt().toString(),
                    s.getPlace(), s.getOnlineUrl(), s.getNoticePublishedOn().toString(), s.noticeGiven(),
                    s.isShortNotice(body), s.hasAttendance() ? service.quorum(body, s).met() : null,
                    agreements.stream().filter(a -> a.getStatus() == org.apertura.secretariat.AgreementStatus.ADOPTED).count(),
                    agreements.stream().filter(a -> a.getStatus() == org.apertura.secretariat.AgreementStatus.REJECTED).count(),
                    s.getMinutesSha256());
        }).toList();
        return csv.download("sesiones-" + slug + ".csv", SESSION_COLUMNS, rows);
    }

    @GetMapping(value = "/organos/{slug}/sesiones.ics")
    ResponseEntity<byte[]> calendar(@PathVariable String slug) {
        CollegiateBody body = service.body(slug);
        String ics = SessionCalendar.of(body, service.sessions(body), baseUrl, today.now());
        return Downloads.inline(new MediaType("text", "calendar", StandardCharsets.UTF_8), "sesiones-" + slug + ".ics")
                .body(ics.getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/organos/{slug}/sesiones/{number}")
    String session(@PathVariable String slug, @PathVariable int number, Model model) {
        CollegiateBody body = service.body(slug);
        BodySession session = service.session(body, number);
        model.addAttribute("m", service.minutesOf(body, session));
        SecretariatService.OnSession acting = service.allowedOn(body, session);
        model.addAttribute("allowed", acting.allowed());
        model.addAttribute("votable", acting.votable());
        return "secretariat/session";
    }

    @GetMapping("/organos/{slug}/sesiones/{number}/acta")
    String minutesPage(@PathVariable String slug, @PathVariable int number, Model model) {
        CollegiateBody body = service.body(slug);
        BodySession session = service.session(body, number);
        model.addAttribute("m", service.minutesOf(body, session));
        model.addAttribute("minutesHtml", session.isFrozen() ? session.getMinutesHtml()
                : minutes.html(service.minutesOf(body, session)));
        model.addAttribute("panels", items.panels("minutes", session.getId().toString()));
        return "secretariat/minutes";
    }

    @GetMapping("/organos/{slug}/sesiones/{number}/acta.pdf")
    ResponseEntity<byte[]> minutesPdf(@PathVariable String slug, @PathVariable int number) {
        CollegiateBody body = service.body(slug);
        BodySession session = service.session(body, number);
        String html = session.isFrozen() ? session.getMinutesHtml() : minutes.html(service.minutesOf(body, session));
        if (!session.isFrozen()) {
            html = html.replaceFirst("<h1>", "<p><strong>BORRADOR: estas minutas aún no están aprobadas.</strong></p><h1>");
        } else {
            html = html.replace("</article>", "<p class=\"hash\">SHA-256 del acta aprobada: "
                    + session.getMinutesSha256() + "</p></article>");
        }
        byte[] pdf = minutes.pdf(html, body.getName() + " · sesión " + number);
        return Downloads.inline(MediaType.APPLICATION_PDF, "acta-" + slug + "-" + number + ".pdf")
                .body(pdf);
    }

}
