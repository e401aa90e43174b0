package org.apertura.secretariat.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apertura.identity.Sector;
import org.apertura.secretariat.Agreement;
import org.apertura.secretariat.AgreementStatus;
import org.apertura.secretariat.BodyKind;
import org.apertura.secretariat.BodyMember;
import org.apertura.secretariat.BodySession;
import org.apertura.secretariat.CollegiateBody;
import org.apertura.secretariat.MemberRole;
import org.apertura.secretariat.QuorumRule;
import org.apertura.secretariat.SecretariatService;
import org.apertura.secretariat.SessionKind;
import org.apertura.secretariat.VoteChoice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Collegiate bodies for machines: members, sessions, attendance, agreements and votes, minutes hashes. */
@RestController
@RequestMapping("/api/v1/bodies")
@Tag(name = "api.tag.bodies", description = "api.tag.bodies.description")
class BodyApi {

    private final SecretariatService service;

    BodyApi(SecretariatService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "api.op.secretariat.bodies")
    List<BodySummary> bodies() {
        return service.bodies().stream().map(b -> new BodySummary(b.getSlug(), b.getName(), b.getKind(),
                service.jurisdictionOf(b).getSlug(), "/organos/" + b.getSlug())).toList();
    }

    @GetMapping("/{slug}")
    @Operation(summary = "api.op.secretariat.body")
    BodyDetail body(@PathVariable String slug) {
        CollegiateBody body = service.body(slug);
        List<BodyMember> members = service.members(body);
        Map<Long, String> names = members.stream().collect(Collectors.toMap(BodyMember::getId, BodyMember::getName));
        List<SessionView> sessions = service.sessions(body).stream().map(s -> {
            QuorumRule.Quorum quorum = service.quorum(body, s);
            return new SessionView(s.getNumber(), s.getKind(), s.getStartsAt(), s.getPlace(), s.getOnlineUrl(),
                    s.getNoticePublishedOn(), s.noticeGiven(), s.isShortNotice(body), s.getAgenda(),
                    members.stream().filter(m -> s.isPresent(m.getId())).map(BodyMember::getName).toList(),
                    s.hasAttendance() ? quorum.met() : null,
                    service.agreements(s).stream().map(a -> AgreementView.of(a, names)).toList(),
                    s.getMinutesSha256(), s.getMinutesApprovedAt(),
                    "/organos/" + slug + "/sesiones/" + s.getNumber());
        }).toList();
        return new BodyDetail(body.getSlug(), body.getName(), body.getKind(), service.jurisdictionOf(body).getSlug(),
                body.getDescription(), body.getNoticeBusinessDays(), body.getQuorumRule(), body.missingSectors(members),
                members.stream().map(m -> new MemberView(m.getName(), m.getSector(), m.getOrganisation(), m.getRole(),
                        m.getTermStart(), m.getTermEnd())).toList(),
                sessions);
    }

    record BodySummary(String slug, String name, BodyKind kind, String jurisdiction, String url) {
    }

    record BodyDetail(String slug, String name, BodyKind kind, String jurisdiction, String description,
            int noticeBusinessDays, QuorumRule quorumRule, Set<Sector> missingSectors, List<MemberView> members,
            List<SessionView> sessions) {
    }

    record MemberView(String name, Sector sector, String organisation, MemberRole role, LocalDate termStart,
            LocalDate termEnd) {
    }

    record SessionView(int number, SessionKind kind, Instant startsAt, String place, String onlineUrl,
            LocalDate noticePublishedOn, int noticeBusinessDays, boolean shortNotice, List<String> agenda,
            List<String> present, Boolean quorum, List<AgreementView> agreements, String minutesSha256,
            Instant minutesApprovedAt, String url) {
    }

    record AgreementView(int number, String text, AgreementStatus status, Map<String, VoteChoice> votes) {

        static AgreementView of(Agreement a, Map<Long, String> names) {
            Map<String, VoteChoice> votes = new java.util.TreeMap<>();
            a.getVotes().forEach((member, choice) -> votes.put(names.getOrDefault(member, "?"), choice));
            return new AgreementView(a.getNumber(), a.getText(), a.getStatus(), votes);
        }
    }
}
