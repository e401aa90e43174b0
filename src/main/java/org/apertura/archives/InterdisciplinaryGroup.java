package org.apertura.archives;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.Texts;
import org.apertura.platform.time.Today;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Grupo Interdisciplinario of each institution as a collegiate body (LGA art. 50-54, unverified against the law's
 * text; research notes A1): the área coordinadora keeps its register, its members (public servants by name and post,
 * each heading an area the law lists) and the minutes of its sessions, which it convenes and whose minutes it keeps
 * (art. 51). Each entry is public and goes to the ledger. An approval of the instruments names the session's act:
 * the session recorded here, or, if none is, one recorded by the approval with the members it names.
 */
@Service
public class InterdisciplinaryGroup {

    static final String JOINED = "group.member.joined";
    static final String LEFT = "group.member.left";
    static final String MEMBER = "groupMember";
    static final String SESSION_RECORDED = "group.session.recorded";
    static final String SESSION = "groupSession";
    static final int TEXT = 200;
    static final int ACT = 80;
    static final int AGREEMENTS = 4000;

    private final GroupMemberRepository members;
    private final GroupSessionRepository sessions;
    private final InstrumentRepository instruments;
    private final DisposalRepository disposals;
    private final ArchivesPolicy policy;
    private final JurisdictionService directory;
    private final LedgerService ledger;
    private final Today today;

    InterdisciplinaryGroup(GroupMemberRepository members, GroupSessionRepository sessions,
            InstrumentRepository instruments, DisposalRepository disposals, ArchivesPolicy policy,
            JurisdictionService directory, LedgerService ledger, Today today) {
        this.members = members;
        this.sessions = sessions;
        this.instruments = instruments;
        this.disposals = disposals;
        this.policy = policy;
        this.directory = directory;
        this.ledger = ledger;
        this.today = today;
    }

    /** A session with the versions of the instruments and the bajas documentales it approved, newest first. */
    public record Session(GroupSession minutes, List<Instrument> approved, List<Disposal> disposals) {
    }

    /**
     * The act an approval (of the instruments or of a baja) names, once checked: the session already on the register
     * with that act number, or none, and then the members the approval writes, who the minutes it records will list.
     */
    record ApprovingAct(String act, LocalDate on, Optional<GroupSession> recorded, List<String> members) {
    }

    /** A public servant joins the Grupo, heading an area the law lists; bad input is refused whole. */
    @Transactional
    public GroupMember join(String institutionSlug, String name, String post, String areaName, LocalDate since) {
        directory.institution(institutionSlug);
        policy.allowedNow(institutionSlug).require(ArchivesAction.KEEP_GROUP);
        List<FieldProblem> problems = new ArrayList<>();
        String who = strip(name);
        String what = strip(post);
        if (who.isEmpty() || who.length() > TEXT) {
            problems.add(new FieldProblem("nombre", "archives.group.error.name"));
        }
        if (what.isEmpty() || what.length() > TEXT) {
            problems.add(new FieldProblem("cargo", "archives.group.error.post"));
        }
        GroupArea area = Texts.choiceOrNull(GroupArea.class, areaName);
        if (area == null) {
            problems.add(new FieldProblem("area", "archives.group.error.area"));
        }
        day(since, "desde", problems);
        InvalidInputException.throwIfAny(problems);
        GroupMember member = members.saveAndFlush(new GroupMember(institutionSlug, who, what, area, since));
        ledger.append(Instruments.MODULE, JOINED, MEMBER, member.getId(), member.publicRecord());
        return member;
    }

    /** A member leaves the Grupo on a day, not before joining it. */
    @Transactional
    public GroupMember leave(String institutionSlug, long memberId, LocalDate on) {
        policy.allowedNow(institutionSlug).require(ArchivesAction.KEEP_GROUP);
        GroupMember member = members.findById(memberId).filter(m -> m.getInstitutionSlug().equals(institutionSlug))
                .orElseThrow(() -> new NotFoundException("group member"));
        List<FieldProblem> problems = new ArrayList<>();
        if (!member.isCurrent()) {
            problems.add(new FieldProblem("hasta", "archives.group.error.left"));
        } else if (day(on, "hasta", problems) && on.isBefore(member.getSinceOn())) {
            problems.add(new FieldProblem("hasta", "archives.group.error.beforeJoining",
                    today.date(member.getSinceOn())));
        }
        InvalidInputException.throwIfAny(problems);
        member.leave(on);
        members.flush();
        ledger.append(Instruments.MODULE, LEFT, MEMBER, member.getId(), member.publicRecord());
        return member;
    }

    /**
     * Records a session's minutes: its act number (one per session), the day, the members who attended (at least two,
     * the head of the área coordinadora among them, each sitting on the Grupo that day) and what it agreed.
     */
    @Transactional
    public GroupSession record(String institutionSlug, String actNumber, LocalDate heldOn, List<Long> attendeeIds,
            String agreements) {
        directory.institution(institutionSlug);
        policy.allowedNow(institutionSlug).require(ArchivesAction.KEEP_GROUP);
        List<FieldProblem> problems = new ArrayList<>();
        String act = act(institutionSlug, actNumber, problems);
        boolean dated = day(heldOn, "fecha", problems);
        Map<Long, GroupMember> byId = members.findByInstitutionSlugOrderBySinceOnAscIdAsc(institutionSlug).stream()
                .collect(Collectors.toMap(GroupMember::getId, Function.identity()));
        List<GroupMember> present = (attendeeIds == null ? List.<Long>of() : attendeeIds).stream().distinct()
                .map(byId::get).filter(m -> m != null).toList();
        if (present.size() < Instruments.MIN_MEMBERS) {
            problems.add(new FieldProblem("asistentes", "archives.group.error.attendees", Instruments.MIN_MEMBERS));
        } else if (dated) {
            present.stream().filter(m -> !m.sitsOn(heldOn)).forEach(m -> problems.add(new FieldProblem("asistentes",
                    "archives.group.error.notSitting", m.getName(), today.date(heldOn))));
            if (present.stream().noneMatch(m -> m.getArea() == GroupArea.ARCHIVES)) {
                problems.add(new FieldProblem("asistentes", "archives.group.error.coordinator"));
            }
        }
        String agreed = strip(agreements);
        if (agreed.isEmpty() || agreed.length() > AGREEMENTS) {
            problems.add(new FieldProblem("acuerdos", "archives.group.error.agreements"));
        }
        InvalidInputException.throwIfAny(problems);
        return save(institutionSlug, act, heldOn, present.stream().map(GroupMember::getSignature).toList(), agreed);
    }

    /**
     * Reads the act an approval names: its number (required), and, when a session with that act number is on the
     * register, that session (held on that day, or the approval is refused naming its day) with its attendees;
     * otherwise the members written one per line (at least two). Adds each problem; saves nothing.
     */
    ApprovingAct approvingAct(String institutionSlug, String actNumber, LocalDate on, String membersText,
            List<FieldProblem> problems) {
        String act = strip(actNumber);
        if (act.isEmpty() || act.length() > ACT) {
            problems.add(new FieldProblem("acta", "archives.approve.error.act"));
        }
        Optional<GroupSession> recorded = act.isEmpty() ? Optional.empty()
                : sessions.findByInstitutionSlugAndActNumber(institutionSlug, act);
        recorded.filter(s -> on != null && !s.getHeldOn().equals(on)).ifPresent(s -> problems.add(new FieldProblem(
                "fecha", "archives.approve.error.sessionDate", act, today.date(s.getHeldOn()))));
        List<String> written = membersText == null ? List.of()
                : membersText.lines().map(String::strip).filter(m -> !m.isEmpty()).distinct().toList();
        if (recorded.isPresent()) {
            return new ApprovingAct(act, on, recorded, recorded.get().getAttendeeList());
        }
        if (written.size() < Instruments.MIN_MEMBERS) {
            problems.add(new FieldProblem("integrantes", "archives.approve.error.members", Instruments.MIN_MEMBERS));
        } else if (String.join("\n", written).length() > AGREEMENTS || written.stream().anyMatch(m -> m.length() > TEXT)) {
            problems.add(new FieldProblem("integrantes", "archives.approve.error.membersLong"));
        }
        return new ApprovingAct(act, on, recorded, written);
    }

    /** The session of a checked act: the one on the register, or one recorded now with the members it names. */
    GroupSession sessionOf(String institutionSlug, ApprovingAct act) {
        return act.recorded().orElseGet(() -> save(institutionSlug, act.act(), act.on(), act.members(), null));
    }

    private GroupSession save(String institutionSlug, String act, LocalDate on, List<String> attendees,
            String agreements) {
        int number = (int) sessions.countByInstitutionSlug(institutionSlug) + 1;
        GroupSession session = sessions.saveAndFlush(new GroupSession(institutionSlug, number, act, on, attendees,
                agreements, today.now()));
        ledger.append(Instruments.MODULE, SESSION_RECORDED, SESSION, session.getId(), session.publicRecord());
        return session;
    }

    /** The members, current and former, in the order they joined. */
    @Transactional(readOnly = true)
    public List<GroupMember> members(String institutionSlug) {
        return members.findByInstitutionSlugOrderBySinceOnAscIdAsc(institutionSlug);
    }

    /** The sessions, newest first, each with the versions of the instruments and the bajas it approved. */
    @Transactional(readOnly = true)
    public List<Session> sessions(String institutionSlug) {
        Map<Long, List<Instrument>> approved = instruments.findByInstitutionSlugOrderByNumberDesc(institutionSlug)
                .stream().filter(policy::published).filter(i -> i.getSessionId() != null)
                .collect(Collectors.groupingBy(Instrument::getSessionId));
        Map<Long, List<Disposal>> disposed = disposals.findByInstitutionSlugOrderByNumberDesc(institutionSlug)
                .stream().filter(policy::published).filter(d -> d.getSessionId() != null)
                .collect(Collectors.groupingBy(Disposal::getSessionId));
        return sessions.findByInstitutionSlugOrderByNumberDesc(institutionSlug).stream()
                .map(s -> new Session(s, approved.getOrDefault(s.getId(), List.of()),
                        disposed.getOrDefault(s.getId(), List.of()))).toList();
    }

    private String act(String institutionSlug, String actNumber, List<FieldProblem> problems) {
        String act = strip(actNumber);
        if (act.isEmpty() || act.length() > ACT) {
            problems.add(new FieldProblem("acta", "archives.approve.error.act"));
        } else if (sessions.findByInstitutionSlugAndActNumber(institutionSlug, act).isPresent()) {
            problems.add(new FieldProblem("acta", "archives.group.error.actTaken", act));
        }
        return act;
    }

    /** Whether the day is given and not in the future; adds the problem when not. */
    private boolean day(LocalDate day, String field, List<FieldProblem> problems) {
        if (day == null) {
            problems.add(new FieldProblem(field, "archives.group.error.date"));
            return false;
        }
        if (day.isAfter(today.date())) {
            problems.add(new FieldProblem(field, "archives.group.error.future"));
            return false;
        }
        return true;
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
