package org.apertura.meetings.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apertura.meetings.Meeting;
import org.apertura.meetings.MeetingAction;
import org.apertura.meetings.MeetingChannel;
import org.apertura.meetings.MeetingService;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.PublicUrl;
import org.apertura.platform.Texts;
import org.apertura.platform.items.PublicItem;
import org.apertura.platform.media.PointMap;
import org.apertura.platform.storage.Storage;
import org.apertura.platform.web.CsvExport;
import org.apertura.platform.web.Downloads;
import org.apertura.platform.web.FlashOutcome;
import org.apertura.platform.web.FormErrors;
import org.apertura.platform.web.PublicDataset;
import org.apertura.platform.web.SitemapSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Meetings (issue 21; ADR 0066): the public list of upcoming and past meetings with their map, a meeting's page with
 * its seats (counts, never who) and its iCalendar file, the forms of those who coordinate a space (create, edit,
 * cancel, minutes) and registering or giving up a registration.
 */
@Controller
class MeetingPages implements PublicDataset.Source, SitemapSource {

    static final String BASE = "/reuniones";
    static final List<String> COLUMNS = List.of("meetings.id", "meetings.title", "meetings.space", "meetings.startsAt",
            "meetings.endsAt", "meetings.channelCol", "meetings.address", "meetings.latitude", "meetings.longitude",
            "meetings.onlineUrl", "meetings.capacity", "meetings.registered", "meetings.waitingCol",
            "meetings.registrationOpen", "meetings.cancelled", "meetings.cancelReason", "meetings.attendees");

    private final MeetingService service;
    private final FlashOutcome outcome;
    private final CsvExport csv;
    private final PublicUrl publicUrl;
    private final Storage storage;

    MeetingPages(MeetingService service, FlashOutcome outcome, CsvExport csv, PublicUrl publicUrl, Storage storage) {
        this.service = service;
        this.outcome = outcome;
        this.csv = csv;
        this.publicUrl = publicUrl;
        this.storage = storage;
    }

    /** The form's fields; the times as a {@code datetime-local} input gives them, in Mexico City. */
    public static class MeetingForm {
        public String spaceKind;
        public String spaceId;
        public String title;
        public String description;
        @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
        public LocalDateTime startsAt;
        @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
        public LocalDateTime endsAt;
        public MeetingChannel channel;
        public String address;
        public BigDecimal latitude;
        public BigDecimal longitude;
        public String onlineUrl;
        public Integer capacity;
        public boolean registrationOpen = true;
        public String accessibility;

        Meeting.Details toDetails() {
            return new Meeting.Details(title, description, startsAt, endsAt, channel, address, latitude, longitude,
                    onlineUrl, capacity, registrationOpen, accessibility);
        }

        static MeetingForm of(Meeting m) {
            MeetingForm f = new MeetingForm();
            Meeting.Details d = m.details();
            f.title = d.title();
            f.description = d.description();
            f.startsAt = d.startsAt();
            f.endsAt = d.endsAt();
            f.channel = d.channel();
            f.address = d.address();
            f.latitude = d.latitude();
            f.longitude = d.longitude();
            f.onlineUrl = d.onlineUrl();
            f.capacity = d.capacity();
            f.registrationOpen = d.registrationOpen();
            f.accessibility = d.accessibility();
            return f;
        }
    }

    @InitBinder("form")
    void fields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @Override
    public List<PublicDataset> datasets() {
        return List.of(new PublicDataset("meetings", BASE + ".csv", "/api/v1/meetings", COLUMNS));
    }

    @Override
    public List<String> sitemapPaths(int limit) {
        List<String> paths = new ArrayList<>();
        paths.add(BASE);
        service.all().stream().limit(Math.max(limit - 1, 0)).forEach(m -> paths.add(BASE + "/" + m.getId()));
        return paths;
    }

    @GetMapping(BASE)
    String list(Model model) {
        List<Meeting> upcoming = service.upcoming();
        model.addAttribute("upcoming", upcoming);
        List<Meeting> past = service.past();
        model.addAttribute("past", past);
        List<Meeting> shown = new ArrayList<>(upcoming);
        shown.addAll(past);
        model.addAttribute("waiting", service.waiting(shown));
        map(model, upcoming.stream().filter(m -> !m.isCancelled()).toList());
        return "meetings/list";
    }

    @GetMapping(BASE + ".csv")
    ResponseEntity<byte[]> csv(Locale locale) {
        List<List<?>> rows = service.all().stream().<List<?>>map(m -> Arrays.asList(m.getId(), m.getTitle(),
                m.getSpaceTitle(), m.getStartsAt(), m.getEndsAt(), m.getChannel(), m.getAddress(), m.getLatitude(),
                m.getLongitude(), m.getOnlineUrl(), m.getCapacity(), m.getRegistered(), service.waiting(m),
                m.isRegistrationOpen(), m.isCancelled(), m.getCancelReason(), m.getAttendees())).toList();
        return csv.download("reuniones.csv", COLUMNS, rows, locale);
    }

    @GetMapping(BASE + "/{id}")
    String page(@PathVariable long id, Model model) {
        Meeting meeting = service.meeting(id);
        model.addAttribute("meeting", meeting);
        model.addAttribute("waiting", service.waiting(meeting));
        model.addAttribute("mine", service.mine(meeting).orElse(null));
        model.addAttribute("allowed", service.allowedOn(meeting));
        model.addAttribute("past", meeting.isPastAt(service.now()));
        model.addAttribute("reasonMax", Meeting.MAX_REASON);
        map(model, List.of(meeting));
        return "meetings/meeting";
    }

    /**
     * The map of the meetings that have a point, drawn by the platform's {@link PointMap} like the maps of calls and
     * budgets (ADR 0080): each a circle numbered in the list's order and linked to its meeting.
     */
    private static void map(Model model, List<Meeting> meetings) {
        List<PointMap.Placed<Meeting>> placed = PointMap.place(meetings, Meeting::getLatitude, Meeting::getLongitude);
        List<PointMap.Mark> marks = new ArrayList<>();
        for (int i = 0; i < placed.size(); i++) {
            Meeting m = placed.get(i).item();
            marks.add(new PointMap.Mark(placed.get(i).x(), placed.get(i).y(), BASE + "/" + m.getId(),
                    (i + 1) + ". " + m.getTitle(), String.valueOf(i + 1), PointMap.Shape.CIRCLE));
        }
        model.addAttribute("mapPoints", placed.stream().map(PointMap.Placed::item).toList());
        model.addAttribute("mapSvg", PointMap.svg(marks));
        model.addAttribute("mapWidth", PointMap.WIDTH);
        model.addAttribute("mapHeight", PointMap.HEIGHT);
    }

    @GetMapping(value = BASE + "/{id}.ics", produces = "text/calendar")
    ResponseEntity<byte[]> ics(@PathVariable long id) {
        Meeting meeting = service.meeting(id);
        byte[] body = MeetingCalendar.of(meeting, publicUrl.of(BASE + "/" + id), service.now())
                .getBytes(StandardCharsets.UTF_8);
        return Downloads.attachment(MediaType.parseMediaType("text/calendar; charset=UTF-8"), "reunion-" + id + ".ics")
                .body(body);
    }

    @GetMapping(BASE + "/{id}/minuta/archivo")
    ResponseEntity<byte[]> minutesFile(@PathVariable long id) {
        Meeting meeting = service.meeting(id);
        if (meeting.getMinutesSha256() == null) {
            throw new NotFoundException("minutes file of meeting " + id);
        }
        byte[] content = storage.read(meeting.getMinutesSha256())
                .orElseThrow(() -> new NotFoundException("minutes file of meeting " + id));
        return Downloads.attachment(MediaType.parseMediaType(meeting.getMinutesType()), meeting.getMinutesFileName())
                .header("X-Content-Type-Options", "nosniff").body(content);
    }

    // ---- coordinators

    @GetMapping(BASE + "/nueva")
    String newForm(@RequestParam(name = "espacio", required = false) String kind,
            @RequestParam(name = "id", required = false) String spaceId, @ModelAttribute("form") MeetingForm form,
            BindingResult errors, Model model) {
        PublicItem space = space(kind, spaceId);
        form.spaceKind = space.kind();
        form.spaceId = space.id();
        if (form.startsAt == null) {
            LocalDateTime next = service.now().atZone(org.apertura.platform.time.Today.ZONE).toLocalDate()
                    .plusDays(14).atTime(18, 0);
            form.startsAt = next;
            form.endsAt = next.plusHours(2);
        }
        return form(model, space, null);
    }

    private PublicItem space(String kind, String id) {
        PublicItem space = service.space(kind, id);
        if (!service.entitledIn(space).may(MeetingAction.CREATE)) {
            throw new AccessDeniedException("not a coordinator of " + kind + " " + id);
        }
        return space;
    }

    private String form(Model model, PublicItem space, Meeting meeting) {
        model.addAttribute("space", space);
        model.addAttribute("meeting", meeting);
        model.addAttribute("channels", MeetingChannel.values());
        return "meetings/form";
    }

    @PostMapping(BASE)
    String create(HttpServletResponse response, @ModelAttribute("form") MeetingForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        PublicItem space = space(form.spaceKind, form.spaceId);
        return FormErrors.submit(errors, () -> service.create(form.spaceKind, form.spaceId, form.toDetails()), redirect,
                "meetings.notice.created", m -> BASE + "/" + m.getId(), () -> {
                    response.setStatus(400);
                    return form(model, space, null);
                });
    }

    @GetMapping(BASE + "/{id}/editar")
    String editForm(@PathVariable long id, Model model) {
        Meeting meeting = service.meeting(id);
        if (!service.allowedOn(meeting).may(MeetingAction.EDIT)) {
            throw new AccessDeniedException("may not edit meeting " + id);
        }
        model.addAttribute("form", MeetingForm.of(meeting));
        return form(model, null, meeting);
    }

    @PostMapping(BASE + "/{id}/editar")
    String edit(HttpServletResponse response, @PathVariable long id, @ModelAttribute("form") MeetingForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return FormErrors.submit(errors, () -> service.edit(id, form.toDetails()), redirect,
                "meetings.notice.edited", m -> BASE + "/" + m.getId(), () -> {
                    response.setStatus(400);
                    return form(model, null, service.meeting(id));
                });
    }

    /** The meeting page's form that cancels it (field id {@code cancel-reason}). */
    static final FlashOutcome.Form CANCEL_FORM = FlashOutcome.Form.of("cancel", "reason");
    /** The meeting page's minutes form ({@code minutes-text}, {@code minutes-attendees}, {@code minutes-file}). */
    static final FlashOutcome.Form MINUTES_FORM = FlashOutcome.Form.of("minutes", "text", "attendees", "file");

    @PostMapping(BASE + "/{id}/cancelar")
    String cancel(@PathVariable long id, @RequestParam(required = false) String reason, Locale locale,
            RedirectAttributes redirect) {
        outcome.run(redirect, locale, CANCEL_FORM, "meetings.notice.cancelled", () -> service.cancel(id, reason));
        return "redirect:" + BASE + "/" + id;
    }

    @PostMapping(BASE + "/{id}/minuta")
    String minutes(@PathVariable long id, @RequestParam(required = false) String text,
            @RequestParam(required = false) String attendees, @RequestParam(required = false) MultipartFile file,
            Locale locale, RedirectAttributes redirect) throws IOException {
        MeetingService.MinutesFile upload = file == null || file.isEmpty() ? null
                : new MeetingService.MinutesFile(file.getOriginalFilename(), file.getBytes());
        outcome.run(redirect, locale, MINUTES_FORM, "meetings.notice.minutes", () -> service.publishMinutes(id, text,
                Texts.integer(attendees, -1), upload));
        return "redirect:" + BASE + "/" + id + "#minuta";
    }

    // ---- people

    @PostMapping(BASE + "/{id}/inscripcion")
    String register(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        outcome.run(redirect, locale, "meetings.notice.registered", () -> service.register(id));
        return "redirect:" + BASE + "/" + id + "#inscripcion";
    }

    @PostMapping(BASE + "/{id}/inscripcion/cancelar")
    String leave(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        outcome.run(redirect, locale, "meetings.notice.left", () -> service.leave(id));
        return "redirect:" + BASE + "/" + id + "#inscripcion";
    }
}
