package org.apertura.secretariat;

import org.apertura.platform.time.Today;
import org.apertura.platform.Texts;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apertura.identity.AccountService;
import org.apertura.platform.security.Actor;
import org.apertura.platform.security.Allowed;
import org.apertura.platform.security.Role;
import org.apertura.jurisdiction.Jurisdiction;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.Slugs;
import org.apertura.secretariat.Drafts.BodyDraft;
import org.apertura.secretariat.Drafts.MemberDraft;
import org.apertura.secretariat.Drafts.SessionDraft;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases of collegiate bodies. Everyone reads; who may change what is {@link BodyPolicy}'s to say
 * (administrators create bodies; a body's coordinator or an administrator runs it), checked before each change
 * together with the session's own guards. Every change goes to the ledger.
 */
@Service
@Transactional(readOnly = true)
public class SecretariatService {

    static final String MODULE = "secretariat";

    private final BodyRepository bodies;
    private final MemberRepository members;
    private final SessionRepository sessions;
    private final AgreementRepository agreements;
    private final JurisdictionService jurisdictions;
    private final LedgerService ledger;
    private final MinutesRenderer minutes;
    private final AccountService accounts;
    private final Today today;
    private final BodyPolicy policy;

    SecretariatService(BodyRepository bodies, MemberRepository members, SessionRepository sessions,
            AgreementRepository agreements, JurisdictionService jurisdictions, LedgerService ledger,
            MinutesRenderer minutes, AccountService accounts, Today today, BodyPolicy policy) {
        this.policy = policy;
        this.bodies = bodies;
        this.members = members;
        this.sessions = sessions;
        this.agreements = agreements;
        this.jurisdictions = jurisdictions;
        this.ledger = ledger;
        this.minutes = minutes;
        this.accounts = accounts;
        this.today = today;
    }

    public List<CollegiateBody> bodies() {
        return bodies.findAllByOrderByNameAsc();
    }

    /** A body by its id, read alone (not among all the bodies). */
    public Optional<CollegiateBody> bodyById(Long id) {
        return id == null ? Optional.empty() : bodies.findById(id);
    }

    public CollegiateBody body(String slug) {
        return bodies.findBySlug(slug).orElseThrow(() -> new NotFoundException("body " + slug));
    }

    public boolean isEmpty() {
        return bodies.count() == 0;
    }

    public Jurisdiction jurisdictionOf(CollegiateBody body) {
        return jurisdictions.byId(body.getJurisdictionId()).orElseThrow();
    }

    public List<BodyMember> members(CollegiateBody body) {
        return members.findByBodyIdOrderBySectorAscNameAsc(body.getId());
    }

    /** The next sessions to start after {@code now}, soonest first, at most {@code limit}. */
    public List<BodySession> sessionsStartingAfter(java.time.Instant now, int limit) {
        return sessions.findByStartsAtGreaterThanOrderByStartsAtAsc(now,
                org.springframework.data.domain.PageRequest.of(0, limit));
    }

    /** The bodies of these ids, read together. */
    public Map<Long, CollegiateBody> bodiesById(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : bodies.findAllById(ids).stream()
                .collect(Collectors.toMap(CollegiateBody::getId, Function.identity()));
    }

    public List<BodySession> sessions(CollegiateBody body) {
        return sessions.findByBodyIdOrderByStartsAtDesc(body.getId());
    }

    public BodySession session(CollegiateBody body, int number) {
        return sessions.findByBodyIdAndNumber(body.getId(), number)
                .orElseThrow(() -> new NotFoundException("session " + number));
    }

    public List<Agreement> agreements(BodySession session) {
        return agreements.findBySessionIdOrderByNumberAsc(session.getId());
    }

    /** The quorum of a session by its recorded attendance, under the body's rule. */
    public QuorumRule.Quorum quorum(CollegiateBody body, BodySession session) {
        List<BodyMember> all = members(body).stream().filter(m -> m.isActiveOn(session.getDate())).toList();
        return body.getQuorumRule().evaluate(all, all.stream().filter(m -> session.isPresent(m.getId())).toList());
    }

    @Transactional
    public CollegiateBody createBody(BodyDraft draft) {
        policy.atPlatform(Actor.current()).require(BodyAction.CREATE_BODY);
        String slug = draft.slug() == null || draft.slug().isBlank() ? Slugs.of(draft.name()) : draft.slug();
        Jurisdiction jurisdiction = jurisdictions.find(draft.jurisdictionSlug()).orElse(null);
        CollegiateBody body = new CollegiateBody(slug, draft.name(), draft.kind(),
                jurisdiction == null ? null : jurisdiction.getId(), Texts.blankToNull(draft.description()),
                draft.noticeBusinessDays(), draft.quorumRule(), now());
        if (bodies.existsBySlug(slug)) {
            throw new InvalidInputException("slug", "validation.slug.taken");
        }
        try {
            bodies.saveAndFlush(body);
        } catch (DataIntegrityViolationException e) {
            throw new InvalidInputException("slug", "validation.slug.taken");
        }
        ledger.append(MODULE, "body.created", "body", body.getId(), body.publicRecord(jurisdiction.getSlug()));
        return body;
    }

    @Transactional
    public BodyMember addMember(String slug, MemberDraft draft) {
        require(slug, BodyAction.ADD_MEMBER);
        CollegiateBody body = body(slug);
        Long accountId = null;
        if (draft.accountEmail() != null && !draft.accountEmail().isBlank()) {
            accountId = accounts.byEmail(draft.accountEmail())
                    .orElseThrow(() -> new InvalidInputException("accountEmail", "member.error.account")).getId();
        }
        BodyMember member = members.save(new BodyMember(body.getId(), accountId, draft.name(), draft.sector(),
                draft.organisation(), draft.role(), draft.termStart(), draft.termEnd(), now()));
        if (accountId != null) {
            // A linked person gets the secretariat's role, so they can review evidence and assess commitments.
            accounts.grantInSecretariat(accountId, draft.role() == MemberRole.COORDINATOR ? Role.COORDINATOR
                    : Role.STL_MEMBER, slug, draft.sector());
        }
        Map<String, Object> record = new LinkedHashMap<>(member.publicRecord());
        record.put("body", slug);
        ledger.append(MODULE, "member.added", "body", body.getId(), record);
        return member;
    }

    @Transactional
    public BodySession callSession(String slug, SessionDraft draft) {
        require(slug, BodyAction.CALL_SESSION);
        CollegiateBody body = body(slug);
        Instant startsAt = draft.startsAt() == null ? null : draft.startsAt().atZone(Today.ZONE).toInstant();
        int number = (int) sessions.countByBodyId(body.getId()) + 1;
        BodySession session = sessions.saveAndFlush(new BodySession(body.getId(), number, draft.kind(), startsAt,
                draft.place(), draft.onlineUrl(), draft.noticePublishedOn(), draft.agenda(), now()));
        Map<String, Object> record = new LinkedHashMap<>(session.publicRecord(slug));
        record.put("bodyName", body.getName());
        record.put("noticeBusinessDays", session.noticeGiven());
        record.put("shortNotice", session.isShortNotice(body));
        ledger.append(MODULE, "session.called", "session", session.getId(), record);
        return session;
    }

    @Transactional
    public BodySession recordAttendance(String slug, int number, Set<Long> present) {
        require(slug, BodyAction.RECORD_ATTENDANCE);
        CollegiateBody body = body(slug);
        BodySession session = session(body, number);
        session.requireOpen();
        List<BodyMember> active = members(body).stream().filter(m -> m.isActiveOn(session.getDate())).toList();
        Set<Long> activeIds = active.stream().map(BodyMember::getId).collect(Collectors.toSet());
        if (!activeIds.containsAll(present)) {
            throw new InvalidInputException("present", "session.error.notMember");
        }
        InvalidInputException.throwIf(session.attendanceRefused(agreements(session)));
        Map<Long, Boolean> presence = new LinkedHashMap<>();
        active.forEach(m -> presence.put(m.getId(), present.contains(m.getId())));
        session.recordAttendance(presence);
        QuorumRule.Quorum quorum = quorum(body, session);
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("body", slug);
        record.put("session", number);
        record.put("present", active.stream().filter(m -> present.contains(m.getId())).map(BodyMember::getName).toList());
        record.put("absent", active.stream().filter(m -> !present.contains(m.getId())).map(BodyMember::getName).toList());
        record.put("quorum", quorum.met());
        ledger.append(MODULE, "session.attendance", "session", session.getId(), record);
        return session;
    }

    @Transactional
    public Agreement proposeAgreement(String slug, int number, String text) {
        require(slug, BodyAction.PROPOSE_AGREEMENT);
        BodySession session = session(body(slug), number);
        session.requireOpen();
        int agreementNumber = (int) agreements.countBySessionId(session.getId()) + 1;
        Agreement agreement = agreements.saveAndFlush(new Agreement(session.getId(), agreementNumber, text, now()));
        ledger.append(MODULE, "agreement.proposed", "session", session.getId(),
                Map.of("body", slug, "session", number, "number", agreementNumber, "text", agreement.getText()));
        return agreement;
    }

    /**
     * Records the votes cast, member by member. Only members present at the session vote, and each once;
     * then, with {@code close}, the vote ends and the result is computed (which needs quorum).
     */
    @Transactional
    public Agreement vote(String slug, int number, int agreementNumber, Map<Long, VoteChoice> votes, boolean close) {
        require(slug, BodyAction.VOTE);
        CollegiateBody body = body(slug);
        BodySession session = session(body, number);
        session.requireOpen();
        Agreement agreement = agreements(session).stream().filter(a -> a.getNumber() == agreementNumber).findFirst()
                .orElseThrow(() -> new NotFoundException("agreement " + agreementNumber));
        InvalidInputException.throwIf(session.voteRefused(agreement));
        for (Map.Entry<Long, VoteChoice> vote : votes.entrySet()) {
            if (!session.isPresent(vote.getKey())) {
                throw new InvalidInputException("votes", "agreement.error.notPresent");
            }
            agreement.vote(vote.getKey(), vote.getValue());
        }
        if (close) {
            agreement.decide(quorum(body, session).met(), now());
            Map<Long, String> names = members(body).stream()
                    .collect(Collectors.toMap(BodyMember::getId, BodyMember::getName));
            Map<String, Object> record = new LinkedHashMap<>(agreement.publicRecord(names));
            record.put("body", slug);
            record.put("session", number);
            ledger.append(MODULE, "agreement.decided", "session", session.getId(), record);
        }
        return agreements.saveAndFlush(agreement);
    }

    /** Approves the minutes: renders them from the session and freezes them with their SHA-256. */
    @Transactional
    public BodySession approveMinutes(String slug, int number) {
        require(slug, BodyAction.APPROVE_MINUTES);
        CollegiateBody body = body(slug);
        BodySession session = session(body, number);
        InvalidInputException.throwIf(session.minutesRefused(agreements(session)));
        session.approveMinutes(minutes.html(minutesOf(body, session)), now());
        ledger.append(MODULE, "minutes.approved", "session", session.getId(),
                Map.of("body", slug, "session", number, "sha256", session.getMinutesSha256()));
        return session;
    }

    /** What the current person may do in the body (e.g. open its management page). */
    public Allowed<BodyAction> allowedIn(String slug) {
        return policy.entitled(Actor.current(), slug);
    }

    /** Refuses unless the current person may manage the body (its coordinator, or an administrator). */
    public void requireManaging(String slug) {
        require(slug, BodyAction.MANAGE);
    }

    /** What the current person may do on a session now, and on which of its agreements they may record votes. */
    public record OnSession(Allowed<BodyAction> allowed, Set<Integer> votable) {
    }

    public OnSession allowedOn(CollegiateBody body, BodySession session) {
        Actor actor = Actor.current();
        List<Agreement> list = agreements(session);
        return new OnSession(policy.onSession(actor, body.getSlug(), session, list),
                policy.votable(actor, body.getSlug(), session, list));
    }

    private void require(String slug, BodyAction action) {
        policy.entitled(Actor.current(), slug).require(action);
    }

    /** Everything the minutes of a session say, for rendering them (draft or final). */
    public MinutesRenderer.Minutes minutesOf(CollegiateBody body, BodySession session) {
        List<BodyMember> all = members(body);
        return new MinutesRenderer.Minutes(body, jurisdictionOf(body), session, all, agreements(session),
                quorum(body, session), byId(all));
    }

    static Map<Long, BodyMember> byId(Collection<BodyMember> all) {
        return all.stream().collect(Collectors.toMap(BodyMember::getId, Function.identity()));
    }

    private Instant now() {
        return today.now();
    }
}
