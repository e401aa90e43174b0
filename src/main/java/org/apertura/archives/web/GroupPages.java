package org.apertura.archives.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apertura.archives.ArchivesAction;
import org.apertura.archives.ArchivesPolicy;
import org.apertura.archives.Disposal;
import org.apertura.archives.GroupArea;
import org.apertura.archives.GroupMember;
import org.apertura.archives.Instrument;
import org.apertura.archives.Instruments;
import org.apertura.archives.InterdisciplinaryGroup;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.Texts;
import org.apertura.platform.time.Today;
import org.apertura.platform.web.CsvExport;
import org.apertura.platform.web.PublicDataset;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Grupo Interdisciplinario of an institution (LGA art. 50-54, unverified): its members and its sessions with their
 * minutes and what each approved, public as a page, CSV and JSON; the área coordinadora keeps the register here.
 */
@Controller
class GroupPages implements PublicDataset.Source {

    static final List<String> MEMBER_COLUMNS = List.of("archivesGroupName", "archivesGroupPost", "archivesGroupArea",
            "archivesGroupSince", "archivesGroupLeft");
    static final List<String> SESSION_COLUMNS = List.of("archivesGroupSession", "archivesGroupAct",
            "archivesGroupHeldOn", "archivesGroupAttendees", "archivesGroupAgreements", "archivesGroupApproved",
            "archivesGroupDisposals");

    private final InterdisciplinaryGroup group;
    private final Instruments instruments;
    private final ArchivesPolicy policy;
    private final JurisdictionService directory;
    private final CsvExport csv;
    private final Today today;

    GroupPages(InterdisciplinaryGroup group, Instruments instruments, ArchivesPolicy policy,
            JurisdictionService directory, CsvExport csv, Today today) {
        this.group = group;
        this.instruments = instruments;
        this.policy = policy;
        this.directory = directory;
        this.csv = csv;
        this.today = today;
    }

    @Override
    public List<PublicDataset> datasets() {
        return List.of(PublicDataset.perRecord("archivesGroupMembers", "/archivos/{institucion}/grupo/integrantes.csv",
                "/archivos/{institucion}/grupo.json", MEMBER_COLUMNS, this::example),
                PublicDataset.perRecord("archivesGroupSessions", "/archivos/{institucion}/grupo/sesiones.csv",
                        "/archivos/{institucion}/grupo.json", SESSION_COLUMNS, this::example));
    }

    private Map<String, String> example() {
        return instruments.allInForce().stream().findFirst().map(i -> Map.of("institucion", i.getInstitutionSlug()))
                .orElse(Map.of());
    }

    @GetMapping("/archivos/{slug}/grupo")
    String page(@PathVariable String slug, Model model) {
        model.addAttribute("institution", directory.institution(slug));
        List<GroupMember> members = group.members(slug);
        model.addAttribute("members", members.stream().filter(GroupMember::isCurrent).toList());
        model.addAttribute("former", members.stream().filter(m -> !m.isCurrent()).toList());
        model.addAttribute("sessions", group.sessions(slug));
        model.addAttribute("mayKeep", policy.allowedNow(slug).may(ArchivesAction.KEEP_GROUP));
        model.addAttribute("areas", GroupArea.values());
        model.addAttribute("todayIso", today.date().toString());
        return "archives/group";
    }

    @PostMapping("/archivos/{slug}/grupo/integrantes")
    String join(@PathVariable String slug, @RequestParam(name = "nombre", required = false) String name,
            @RequestParam(name = "cargo", required = false) String post,
            @RequestParam(name = "area", required = false) String area,
            @RequestParam(name = "desde", required = false) String since, Model model, RedirectAttributes redirect) {
        keeper(slug);
        try {
            group.join(slug, name, post, area, Texts.dayOrNull(since));
            redirect.addFlashAttribute("done", "joined");
            return "redirect:/archivos/" + slug + "/grupo#integrantes";
        } catch (InvalidInputException e) {
            model.addAttribute("memberProblems", e.problems());
            model.addAttribute("memberForm", Map.of("nombre", Texts.orEmpty(name), "cargo", Texts.orEmpty(post), "area", Texts.orEmpty(area),
                    "desde", Texts.orEmpty(since)));
            return page(slug, model);
        }
    }

    @PostMapping("/archivos/{slug}/grupo/integrantes/{id}/salida")
    String leave(@PathVariable String slug, @PathVariable long id,
            @RequestParam(name = "hasta", required = false) String on, Model model, RedirectAttributes redirect) {
        keeper(slug);
        try {
            group.leave(slug, id, Texts.dayOrNull(on));
            redirect.addFlashAttribute("done", "left");
            return "redirect:/archivos/" + slug + "/grupo#integrantes";
        } catch (InvalidInputException e) {
            model.addAttribute("memberProblems", e.problems());
            return page(slug, model);
        }
    }

    @PostMapping("/archivos/{slug}/grupo/sesiones")
    String record(@PathVariable String slug, @RequestParam(name = "acta", required = false) String act,
            @RequestParam(name = "fecha", required = false) String heldOn,
            @RequestParam(name = "asistente", required = false) List<Long> attendees,
            @RequestParam(name = "acuerdos", required = false) String agreements, Model model,
            RedirectAttributes redirect) {
        keeper(slug);
        try {
            group.record(slug, act, Texts.dayOrNull(heldOn), attendees == null ? List.of() : attendees, agreements);
            redirect.addFlashAttribute("done", "recorded");
            return "redirect:/archivos/" + slug + "/grupo#sesiones";
        } catch (InvalidInputException e) {
            model.addAttribute("sessionProblems", e.problems());
            model.addAttribute("sessionForm", Map.of("acta", Texts.orEmpty(act), "fecha", Texts.orEmpty(heldOn), "acuerdos",
                    Texts.orEmpty(agreements)));
            model.addAttribute("attending", attendees == null ? List.of() : attendees);
            return page(slug, model);
        }
    }

    @GetMapping("/archivos/{slug}/grupo/integrantes.csv")
    ResponseEntity<byte[]> membersCsv(@PathVariable String slug) {
        directory.institution(slug);
        List<List<?>> rows = new ArrayList<>();
        for (GroupMember m : group.members(slug)) {
            rows.add(List.of(m.getName(), m.getPost(), m.getArea(), m.getSinceOn().toString(),
                    m.getLeftOn() == null ? "" : m.getLeftOn().toString()));
        }
        return csv.download("grupo-interdisciplinario-integrantes-" + slug + ".csv", MEMBER_COLUMNS, rows);
    }

    @GetMapping("/archivos/{slug}/grupo/sesiones.csv")
    ResponseEntity<byte[]> sessionsCsv(@PathVariable String slug) {
        directory.institution(slug);
        List<List<?>> rows = new ArrayList<>();
        for (InterdisciplinaryGroup.Session s : group.sessions(slug)) {
            rows.add(List.of(s.minutes().getNumber(), s.minutes().getActNumber(), s.minutes().getHeldOn().toString(),
                    String.join("; ", s.minutes().getAttendeeList()), Texts.orEmpty(s.minutes().getAgreements()),
                    String.join("; ", s.approved().stream().map(i -> String.valueOf(i.getNumber())).toList()),
                    String.join("; ", s.disposals().stream().map(d -> String.valueOf(d.getNumber())).toList())));
        }
        return csv.download("grupo-interdisciplinario-sesiones-" + slug + ".csv", SESSION_COLUMNS, rows);
    }

    @GetMapping("/archivos/{slug}/grupo.json")
    ResponseEntity<Map<String, Object>> json(@PathVariable String slug) {
        directory.institution(slug);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("institution", slug);
        body.put("members", group.members(slug).stream().map(m -> {
            Map<String, Object> member = new LinkedHashMap<>();
            member.put("name", m.getName());
            member.put("post", m.getPost());
            member.put("area", m.getArea().name().toLowerCase());
            member.put("since", m.getSinceOn().toString());
            member.put("left", m.getLeftOn() == null ? null : m.getLeftOn().toString());
            return member;
        }).toList());
        body.put("sessions", group.sessions(slug).stream().map(s -> {
            Map<String, Object> session = new LinkedHashMap<>();
            session.put("number", s.minutes().getNumber());
            session.put("act", s.minutes().getActNumber());
            session.put("heldOn", s.minutes().getHeldOn().toString());
            session.put("attendees", s.minutes().getAttendeeList());
            session.put("agreements", s.minutes().getAgreements());
            session.put("approvedVersions", s.approved().stream().map(Instrument::getNumber).toList());
            session.put("approvedDisposals", s.disposals().stream().map(Disposal::getNumber).toList());
            return session;
        }).toList());
        return ResponseEntity.ok(body);
    }

    private void keeper(String slug) {
        directory.institution(slug);
        if (!policy.allowedNow(slug).may(ArchivesAction.KEEP_GROUP)) {
            throw new AccessDeniedException("área coordinadora only");
        }
    }
}
