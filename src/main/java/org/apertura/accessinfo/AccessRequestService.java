package org.apertura.accessinfo;

import org.apertura.platform.PlatformProperties;
import org.apertura.platform.security.Actor;
import org.apertura.platform.security.Allowed;
import org.apertura.platform.time.Today;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apertura.jurisdiction.Institution;
import org.apertura.jurisdiction.Jurisdiction;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.Hashing;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.Texts;
import org.apertura.platform.security.PublicActor;
import org.apertura.platform.storage.FileTypes;
import org.apertura.platform.storage.Storage;
import org.hibernate.Session;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.apertura.deadlines.Deadlines;

/**
 * Use cases of access to information. Anyone files a request without giving a name (LGTAIP 2025 art. 126),
 * online with an account, an e-mail or neither (then a private follow-up key is the only way back in); a
 * transparency unit registers requests received by other channels, turns them, asks for clarification,
 * answers; the institution's committee resolves extensions and classifications. Every step is public
 * without the requester, goes to the ledger, and tells the requester.
 */
@Service
@Transactional(readOnly = true)
public class AccessRequestService {

    static final String MODULE = "accessinfo";
    /** Most institutions one filing may go to. */
    static final int MAX_INSTITUTIONS = 10;

    private final AccessRequestRepository requests;
    private final RequestEventRepository events;
    private final CommitteeResolutionRepository resolutions;
    private final RequestFileRepository files;
    private final RequestDeadlines deadlines;
    private final Folios folios;
    private final JurisdictionService jurisdictions;
    private final LedgerService ledger;
    private final RequesterNotices notices;
    private final RequestSearch searches;
    private final org.springframework.beans.factory.ObjectProvider<RequestAppeals> appeals;
    private final Storage storage;
    private final PublicVersions publicVersions;
    private final Today today;
    private final long maxBytes;
    private final RequestPolicy policy;

    AccessRequestService(AccessRequestRepository requests, RequestEventRepository events,
            CommitteeResolutionRepository resolutions, RequestFileRepository files, RequestDeadlines deadlines,
            Folios folios, JurisdictionService jurisdictions, LedgerService ledger, RequesterNotices notices,
            RequestSearch searches, org.springframework.beans.factory.ObjectProvider<RequestAppeals> appeals, Storage storage, PublicVersions publicVersions, Today today, RequestPolicy policy,
            PlatformProperties settings) {
        this.policy = policy;
        this.requests = requests;
        this.events = events;
        this.resolutions = resolutions;
        this.files = files;
        this.deadlines = deadlines;
        this.folios = folios;
        this.jurisdictions = jurisdictions;
        this.ledger = ledger;
        this.notices = notices;
        this.searches = searches;
        this.appeals = appeals;
        this.storage = storage;
        this.publicVersions = publicVersions;
        this.today = today;
        this.maxBytes = settings.evidence().maxBytes();
    }

    // ---- reading (public)

    public LocalDate today() {
        return today.date();
    }

    public AccessRequest request(String folio) {
        return requests.findByFolio(folio).orElseThrow(() -> new NotFoundException("request " + folio));
    }

    /** The folios of the newest requests, at most {@code limit} (for the sitemap). */
    public List<String> newestFolios(int limit) {
        return limit <= 0 ? List.of() : requests.newestFolios(org.springframework.data.domain.PageRequest.of(0, limit));
    }

    /** The law whose terms a request follows, and whether it is the general law as the state's fallback. */
    public AppliedLaw lawOf(AccessRequest request) {
        return deadlines.lawOf(request, jurisdictions.byId(request.getJurisdictionId())
                .map(Jurisdiction::getLevel).orElse(null));
    }

    /** The days the request's law gives a term (for "up to" terms: the most that may be set). */
    public int lawDays(AccessRequest request, org.apertura.deadlines.Term term) {
        return deadlines.of(request).days(term);
    }

    /**
     * The day an answer given on a non-business day takes effect: the next business day on the request's calendar, as
     * a filing on such a day counts as received then (LFPA art. 28 ¶1, "en días y horas hábiles"; legal review 2026-12
     * §2.2); empty when the answer was given on a business day or not yet. Terms that run from the answer start the
     * day after it (LGTAIP 2025 art. 128 ¶1).
     */
    public Optional<LocalDate> answerTakesEffect(AccessRequest request) {
        if (request.getAnsweredOn() == null) {
            return Optional.empty();
        }
        LocalDate effective = deadlines.of(request).received(request.getAnsweredOn());
        return effective.equals(request.getAnsweredOn()) ? Optional.empty() : Optional.of(effective);
    }

    /** The law and article of the term to register a request received by another channel (art. 125), if any. */
    public Optional<String> registrationBasis(AccessRequest request) {
        return RegistrationTerms.of(request.getRuleSet()).map(t -> deadlines.of(request).rules().law() + " " + t.article());
    }

    /** The reserve rules of the law a request follows (grounds, maximum, articles), for its committee form. */
    public CommitteeResolution.Reserve reserveOf(AccessRequest request) {
        return CommitteeResolution.Reserve.of(deadlines.of(request).rules());
    }

    public List<AccessRequest> filing(String filingId) {
        List<AccessRequest> filed = requests.findByFilingIdOrderByFolioAsc(filingId);
        if (filed.isEmpty()) {
            throw new NotFoundException("filing " + filingId);
        }
        return filed;
    }

    public List<RequestEvent> steps(AccessRequest request) {
        return events.findByRequestIdOrderByIdAsc(request.getId());
    }

    public List<CommitteeResolution> resolutions(AccessRequest request) {
        return resolutions.findByRequestIdOrderByIdAsc(request.getId());
    }

    /** The files anyone may see: attachments and public versions, never an original. */
    public List<RequestFile> publicFiles(AccessRequest request) {
        return files.findByRequestIdOrderByIdAsc(request.getId()).stream().filter(f -> f.getKind().isPublic()).toList();
    }

    public Optional<byte[]> publicFile(AccessRequest request, Long fileId) {
        return publicFiles(request).stream().filter(f -> f.getId().equals(fileId)).findFirst()
                .flatMap(f -> storage.read(f.getSha256()));
    }

    public Institution institutionOf(AccessRequest request) {
        return jurisdictions.allInstitutions().stream().filter(i -> i.getId().equals(request.getInstitutionId()))
                .findFirst().orElseThrow();
    }

    public List<Institution> institutions() {
        return jurisdictions.allInstitutions().stream().sorted(Comparator.comparing(Institution::getName)).toList();
    }

    /** Business days left to a request's due date (negative when overdue); empty when it has none. */
    public Optional<Integer> daysLeft(AccessRequest request) {
        if (!request.getStage().isOpen() || request.getDueDate() == null) {
            return Optional.empty();
        }
        LocalDate today = today();
        int left = today.isAfter(request.getDueDate())
                ? -deadlines.of(request).businessDaysBetween(request.getDueDate(), today)
                : deadlines.of(request).businessDaysBetween(today, request.getDueDate());
        return Optional.of(left);
    }

    /** The last day to answer a request with an outcome on time (not competent and already public have shorter terms). */
    public LocalDate dueFor(AccessRequest request, Outcome outcome) {
        return request.dueFor(outcome, deadlines.of(request));
    }

    /** Public search: full text in Spanish (accent- and case-insensitive, light stemming) with filters. */
    public Page<AccessRequest> search(RequestSearch.Query query) {
        return searches.find(query);
    }

    /** The figures of every institution with requests, and of each jurisdiction, and in total. */
    public record Figures(RequestFigures total, List<RequestFigures> institutions, List<RequestFigures> jurisdictions) {
    }

    public Figures figures(String jurisdictionSlug) {
        LocalDate today = today();
        List<AccessRequest> all = requests.findAll();
        Map<Long, Institution> byId = new java.util.HashMap<>();
        jurisdictions.allInstitutions().forEach(i -> byId.put(i.getId(), i));
        if (!Texts.isBlank(jurisdictionSlug)) {
            all = all.stream().filter(r -> byId.get(r.getInstitutionId()).getJurisdiction().getSlug().equals(jurisdictionSlug))
                    .toList();
        }
        RequestAppeals.Tallies tallies = appeals.getIfAvailable(() -> RequestAppeals.NONE).tallies();
        Map<String, List<AccessRequest>> perInstitution = new java.util.TreeMap<>();
        Map<String, List<AccessRequest>> perJurisdiction = new java.util.TreeMap<>();
        for (AccessRequest r : all) {
            perInstitution.computeIfAbsent(r.getInstitutionSlug(), k -> new ArrayList<>()).add(r);
            perJurisdiction.computeIfAbsent(byId.get(r.getInstitutionId()).getJurisdiction().getSlug(),
                    k -> new ArrayList<>()).add(r);
        }
        java.util.function.BiFunction<String, List<AccessRequest>, RequestFigures> figure = (group, list) ->
                RequestFigures.of(group, list, tallies.of(list), today);
        return new Figures(figure.apply("total", all),
                perInstitution.entrySet().stream().map(e -> figure.apply(e.getKey(), e.getValue())).toList(),
                perJurisdiction.entrySet().stream().map(e -> figure.apply(e.getKey(), e.getValue())).toList());
    }

    /** A public step with the folio of its request (for feeds). */
    public record FolioStep(String folio, RequestEvent step) {
    }

    /** The newest public steps of an institution's requests, newest first. */
    public List<FolioStep> newestSteps(String institutionSlug, int limit) {
        jurisdictions.institution(institutionSlug);
        return events.newestOf(institutionSlug, org.springframework.data.domain.PageRequest.of(0, limit)).stream()
                .map(row -> new FolioStep((String) row[1], (RequestEvent) row[0])).toList();
    }

    // ---- the requester's own view

    public List<AccessRequest> mine() {
        return PublicActor.current().map(a -> requests.findByRequesterAccountIdOrderByFiledAtDesc(a.accountId()))
                .orElse(List.of());
    }

    /** The requests a private follow-up key opens. */
    public List<AccessRequest> followed(String key) {
        if (Texts.isBlank(key)) {
            return List.of();
        }
        return requests.findByFollowTokenHashOrderByFolioAsc(Hashing.sha256Hex(key.strip()));
    }

    /** Whether the person (signed in, or holding the key) is the requester. */
    public boolean isRequester(AccessRequest request, String key) {
        return PublicActor.current().map(a -> request.isRequester(a.accountId())).orElse(false)
                || (!Texts.isBlank(key) && request.followedBy(Hashing.sha256Hex(key.strip())));
    }

    // ---- who may act

    /** What the current person (signed in, or holding the key) may do on the request today, as its policy says. */
    public Allowed<RequestAction> allowedOn(AccessRequest request, String key) {
        return policy.allowed(Actor.current(), request, isRequester(request, key), today(), deadlines.of(request));
    }

    /** Refuses unless the current person may register received requests at the institution (its unit). */
    public void requireRegistering(String institutionSlug) {
        policy.atInstitution(Actor.current(), institutionSlug).require(RequestAction.REGISTER);
    }

    /** The institutions whose transparency unit the person works in. */
    public List<Institution> myUnits() {
        java.util.Set<String> mine = policy.institutionsFor(Actor.current(), RequestAction.REGISTER);
        return institutions().stream().filter(i -> mine.contains(i.getSlug())).toList();
    }

    /** A unit's open requests, fewest business days left first (overdue ones at the top). */
    public List<AccessRequest> queue(String institutionSlug) {
        policy.atInstitution(Actor.current(), institutionSlug).require(RequestAction.SEE_QUEUE);
        Institution institution = jurisdictions.institution(institutionSlug);
        return requests.findByInstitutionIdAndStageInOrderByDueDateAscIdAsc(institution.getId(),
                UnitInbox.STAGES).stream()
                .sorted(Comparator.comparing((AccessRequest r) -> r.getDueDate() == null ? r.getClarificationDue() : r.getDueDate()))
                .toList();
    }

    /** The unit's inbox: its open requests by urgency and business days left. */
    @Transactional(readOnly = true)
    public UnitInbox inbox(String institutionSlug) {
        return UnitInbox.of(queue(institutionSlug).stream()
                .map(r -> new UnitInbox.Row(r, daysLeft(r).orElse(null))).toList());
    }

    // ---- filing

    /** What a person files: the request and the institutions it goes to. */
    public record FilingRequest(List<String> institutions, AccessRequest.Filing filing) {
    }

    /** What filing gives back: the filing's id (its acuse), the requests, and the private key, shown once. */
    public record Filed(String filingId, List<AccessRequest> requests, String followKey) {
    }

    /** Files a request online, to one or more institutions (one folio each). No name is asked (art. 126). */
    @Transactional
    public Filed file(FilingRequest input) {
        return file(input, Channel.ONLINE, null, PublicActor.currentId(),
                "requester");
    }

    /** A transparency unit registers a request received in person, by e-mail, post or verbally (art. 124–125). */
    @Transactional
    public Filed register(String institutionSlug, AccessRequest.Filing filing, Channel channel, LocalDate receivedOn) {
        requireRegistering(institutionSlug);
        List<FieldProblem> problems = new ArrayList<>();
        if (channel == null || !channel.registeredByUnit()) {
            problems.add(new FieldProblem("channel", "accessinfo.validation.channel"));
        }
        if (receivedOn == null || receivedOn.isAfter(today())) {
            problems.add(new FieldProblem("receivedOn", "accessinfo.validation.receivedOn"));
        } else if (!deadlines.hasRuleSet(jurisdictions.institution(institutionSlug).getJurisdiction(), receivedOn)) {
            // Before any modelled law there is no rule set: no term is computed rather than a wrong one.
            problems.add(new FieldProblem("receivedOn", "accessinfo.validation.noRuleSet",
                    deadlines.firstModelledDay().toString()));
        }
        problems.addAll(filing.check());
        InvalidInputException.throwIfAny(problems);
        Filed filed = file(new FilingRequest(List.of(institutionSlug), filing), channel, receivedOn, null, actorName());
        // Registered later than the law's term from receipt: a public step says so (art. 125).
        for (AccessRequest request : filed.requests()) {
            RequestEvent late = request.registered(today(), now(), actorName(), deadlines.of(request));
            if (late != null) {
                record(request, late);
            }
        }
        return filed;
    }

    /**
     * Files on a given day (the demo files its past requests through this); {@code filedOn} null: online, now, on
     * the day the filing counts as made in each institution's time zone and after-hours cut-off.
     */
    Filed file(FilingRequest input, Channel channel, LocalDate filedOn, Long accountId, String actor) {
        List<FieldProblem> problems = new ArrayList<>(input.filing().check());
        List<Institution> targets = new ArrayList<>();
        List<String> slugs = input.institutions() == null ? List.of()
                : input.institutions().stream().filter(s -> !Texts.isBlank(s)).map(String::strip).distinct().toList();
        if (slugs.isEmpty() || slugs.size() > MAX_INSTITUTIONS) {
            problems.add(new FieldProblem("institutions", "accessinfo.validation.institutions", MAX_INSTITUTIONS));
        }
        for (String slug : slugs) {
            jurisdictions.allInstitutions().stream().filter(i -> i.getSlug().equals(slug)).findFirst()
                    .ifPresentOrElse(targets::add,
                            () -> problems.add(new FieldProblem("institutions", "accessinfo.validation.institution")));
        }
        InvalidInputException.throwIfAny(problems);
        String filingId = Hashing.sha256Hex(Hashing.randomToken(16)).substring(0, 16);
        String key = Hashing.randomToken(24);
        String keyHash = Hashing.sha256Hex(key);
        Instant now = now();
        List<AccessRequest> filed = new ArrayList<>();
        for (Institution institution : targets) {
            Jurisdiction jurisdiction = institution.getJurisdiction();
            LocalDate day = filedOn != null ? filedOn : deadlines.onlineFilingDay(institution, now);
            Deadlines d = deadlines.forAct(institution, day);
            String folio = folios.next(institution.getId(), institution.getSlug(), d.received(day).getYear());
            AccessRequest request = requests.save(AccessRequest.file(folio, filingId, institution.getId(), institution.getSlug(),
                    jurisdiction.getId(), input.filing(), channel, now, day, deadlines.calendarOf(institution), d,
                    accountId, keyHash));
            record(request, request.filedEvent(d, actor));
            filed.add(request);
        }
        notices.filed(filed, key);
        return new Filed(filingId, filed, key);
    }

    // ---- the unit's steps

    @Transactional
    public AccessRequest turn(String folio) {
        AccessRequest request = authorised(folio, RequestAction.TURN);
        record(request, request.turn(now(), actorName(), deadlines.of(request)));
        return request;
    }

    @Transactional
    public AccessRequest askClarification(String folio, String question) {
        return askClarification(folio, question, null);
    }

    /** The same, giving the requester fewer days than the law's "hasta diez" to reply (null: the law's days). */
    @Transactional
    public AccessRequest askClarification(String folio, String question, Integer replyDays) {
        return askClarification(folio, question, replyDays, false);
    }

    /**
     * The same; {@code partial}: the requirement covers only part of the request, which without a reply stands for
     * the rest (art. 130 ¶3).
     */
    @Transactional
    public AccessRequest askClarification(String folio, String question, Integer replyDays, boolean partial) {
        AccessRequest request = authorised(folio, RequestAction.ASK_CLARIFICATION);
        RequestEvent step = request.requestClarification(question, replyDays, partial, today(), now(), actorName(),
                deadlines.of(request));
        record(request, step);
        notices.step(request, "clarification");
        return request;
    }

    /** The requester replies to the clarification request; the answer term starts again (art. 130 ¶2). */
    @Transactional
    public AccessRequest replyClarification(String folio, String reply, String key) {
        AccessRequest request = request(folio);
        policy.entitled(Actor.current(), request, isRequester(request, key)).require(RequestAction.REPLY_CLARIFICATION);
        record(request, request.replyClarification(reply, today(), now(), deadlines.of(request)));
        notices.unit(request, "replied");
        return request;
    }

    /** The committee's resolution on a request; a confirmed extension extends its term (art. 134 ¶2, 40 fr. II). */
    @Transactional
    public CommitteeResolution resolve(String folio, CommitteeResolution.Terms terms, LocalDate resolvedOn) {
        return resolve(folio, terms, resolvedOn, null);
    }

    /**
     * The same; a confirmed extension by {@code extensionDays}, fewer than the law's "hasta diez" if the committee
     * grants fewer (null: the law's days); more, or days on any other resolution, are refused.
     */
    @Transactional
    public CommitteeResolution resolve(String folio, CommitteeResolution.Terms terms, LocalDate resolvedOn,
            Integer extensionDays) {
        return resolve(folio, terms, CommitteeResolution.ReserveFile.NONE, resolvedOn, extensionDays);
    }

    /**
     * The same; a confirmed reserve names its file for the index of reserved files (art. 105) and states that no
     * exclusion of art. 114 applies, and its end date is computed (art. 104 ¶2).
     */
    @Transactional
    public CommitteeResolution resolve(String folio, CommitteeResolution.Terms terms,
            CommitteeResolution.ReserveFile file, LocalDate resolvedOn, Integer extensionDays) {
        return resolve(folio, terms, file, null, resolvedOn, extensionDays);
    }

    /** The same; a confidentiality states its ground of art. 115 (pending proceedings, ¶5, last only while pending). */
    @Transactional
    public CommitteeResolution resolve(String folio, CommitteeResolution.Terms terms,
            CommitteeResolution.ReserveFile file, ConfidentialGround confidentialGround, LocalDate resolvedOn,
            Integer extensionDays) {
        AccessRequest request = authorised(folio, RequestAction.COMMITTEE_RESOLUTION);
        // The reserve grounds and maximum are those of the law the request follows (2015: art. 113, 2025: art. 112).
        CommitteeResolution.Reserve reserve = CommitteeResolution.Reserve.of(deadlines.of(request).rules());
        List<FieldProblem> problems = new ArrayList<>(terms.check(reserve));
        if (resolvedOn == null || resolvedOn.isAfter(today())) {
            problems.add(new FieldProblem("resolvedOn", "accessinfo.validation.resolvedOn"));
        }
        if (extensionDays != null && terms.kind() != ResolutionKind.EXTENSION) {
            problems.add(new FieldProblem("extensionDays", "accessinfo.validation.extensionDaysOnly"));
        }
        deadlines.of(request).rules().refusal(org.apertura.deadlines.Term.EXTENSION, extensionDays, "extensionDays")
                .ifPresent(problems::add);
        request.committeeResolutionRefused().ifPresent(problems::add);
        if (terms.kind() == ResolutionKind.RESERVED && terms.decision() != null && terms.decision().upholds()) {
            problems.addAll((file == null ? CommitteeResolution.ReserveFile.NONE : file).check());
        }
        if (confidentialGround != null && terms.kind() != ResolutionKind.CONFIDENTIAL) {
            problems.add(new FieldProblem("confidentialGround", "accessinfo.validation.confidentialGroundOnly"));
        }
        InvalidInputException.throwIfAny(problems);
        CommitteeResolution resolution = CommitteeResolution.of(request.getId(), terms, file, reserve, resolvedOn, now(),
                actorName()).confidentialOn(confidentialGround);
        RequestEvent extension = null;
        if (terms.kind() == ResolutionKind.EXTENSION && terms.decision().upholds()) {
            extension = request.extend(resolution, extensionDays, today(), now(), actorName(), deadlines.of(request));
        }
        resolution = resolutions.save(resolution);
        record(request, new RequestEvent(request.getId(), RequestEventType.committee(terms.kind()), now(), actorName(),
                deadlines.of(request).basis(org.apertura.deadlines.Provision.COMMITTEE), terms.decision().name() + ": " + resolution.getGrounds()));
        if (extension != null) {
            record(request, extension);
            notices.step(request, "extended");
        }
        return resolution;
    }

    /**
     * The committee extends a reserve of the request, in force today, once, by up to the law's maximum again, with a
     * new harm test (art. 104 ¶3, art. 40 fr. VII); a public step and the ledger say until when.
     */
    @Transactional
    public CommitteeResolution extendReserve(String folio, Long resolutionId, Integer years, String harmTest) {
        AccessRequest request = authorised(folio, RequestAction.EXTEND_RESERVE);
        CommitteeResolution resolution = resolutions(request).stream().filter(r -> r.getId().equals(resolutionId))
                .findFirst().orElseThrow(() -> new NotFoundException("resolution " + resolutionId));
        if (years == null) {
            throw new InvalidInputException("years", "validation.required");
        }
        Deadlines d = deadlines.of(request);
        resolution.extendReserve(years, harmTest, today(), CommitteeResolution.Reserve.of(d.rules()));
        resolutions.save(resolution);
        record(request, new RequestEvent(request.getId(), RequestEventType.RESERVE_EXTENDED, now(), actorName(),
                CommitteeResolution.Reserve.of(d.rules()).paragraph(3),
                resolution.getDocument() + " → " + resolution.getReserveUntil()));
        return resolution;
    }

    /**
     * The committee asks the guarantor authority assigned to the institution today to extend a reserve again, in one
     * of the two cases of art. 104 ¶4, for {@code years}, with its harm test, at least three months before it ends; a
     * public step and the ledger name the authority asked.
     */
    @Transactional
    public CommitteeResolution askGuarantorReserveExtension(String folio, Long resolutionId,
            ReserveExtensionCase extensionCase, Integer years, String harmTest) {
        AccessRequest request = authorised(folio, RequestAction.ASK_GUARANTOR_RESERVE_EXTENSION);
        CommitteeResolution resolution = resolutionOf(request, resolutionId);
        Deadlines d = deadlines.of(request);
        java.util.Optional<org.apertura.jurisdiction.GuarantorRoute> route =
                jurisdictions.authorityFor(institutionOf(request), today());
        CommitteeResolution.Reserve reserve = CommitteeResolution.Reserve.of(d.rules());
        resolution.askGuarantorExtension(extensionCase, years, harmTest,
                route.map(r -> r.authority().getSlug()).orElse(null), today(), reserve);
        resolutions.save(resolution);
        String authority = route.get().authority().getName();
        record(request, new RequestEvent(request.getId(), RequestEventType.RESERVE_GUARANTOR_ASKED, now(), actorName(),
                reserve.paragraph(4) + (route.get().basis() == null ? "" : "; " + route.get().basis()),
                resolution.getDocument() + " → " + authority + ": " + years + (years == 1 ? " año" : " años") + " ("
                        + (extensionCase == ReserveExtensionCase.FINANCIAL_SYSTEM ? "art. 112 fr. IV"
                                : "infraestructura estratégica") + ")"));
        return resolution;
    }

    /**
     * The guarantor authority asked grants (for at most the years asked) or refuses a further extension of a reserve,
     * with its reasons (art. 104 ¶4); its staff only. A public step and the ledger say until when.
     */
    @Transactional
    public CommitteeResolution decideReserveExtension(String folio, Long resolutionId, Boolean grant, Integer years,
            String reasons) {
        AccessRequest request = request(folio);
        // Who decides is the authority asked, named on the resolution: an unknown resolution names none, so it is
        // refused as any other person's act (403), never told apart (404).
        CommitteeResolution resolution = resolutions(request).stream().filter(r -> r.getId().equals(resolutionId))
                .findFirst().orElse(null);
        policy.entitled(Actor.current(), request, false, resolution == null ? null : resolution.getGuarantorSlug())
                .require(RequestAction.DECIDE_RESERVE_EXTENSION);
        Deadlines d = deadlines.of(request);
        resolution.decideGuarantorExtension(grant, years, reasons, today());
        resolutions.save(resolution);
        record(request, new RequestEvent(request.getId(), Boolean.TRUE.equals(grant) ? RequestEventType.RESERVE_GUARANTOR_GRANTED
                : RequestEventType.RESERVE_GUARANTOR_REFUSED, now(), actorName(), CommitteeResolution.Reserve.of(d.rules()).paragraph(4),
                resolution.getDocument() + " → " + resolution.getReserveUntil() + ": " + resolution.getGuarantorReasons()));
        return resolution;
    }

    /** The reserves of a request its committee may ask the guarantor authority to extend today (art. 104 ¶4). */
    public java.util.Set<Long> guarantorAskableReserves(AccessRequest request) {
        return resolutions(request).stream().filter(r -> r.askGuarantorExtensionRefused(today()).isEmpty())
                .map(CommitteeResolution::getId).collect(java.util.stream.Collectors.toSet());
    }

    /** The reserves of a request whose asked extension the current person's guarantor authority may decide today. */
    public java.util.Set<Long> decidableReserves(AccessRequest request) {
        return resolutions(request).stream().filter(r -> r.decideGuarantorExtensionRefused(today()).isEmpty())
                .filter(r -> policy.allowed(Actor.current(), request, false, r.getGuarantorSlug(), today(),
                        deadlines.of(request)).may(RequestAction.DECIDE_RESERVE_EXTENSION))
                .map(CommitteeResolution::getId).collect(java.util.stream.Collectors.toSet());
    }

    private CommitteeResolution resolutionOf(AccessRequest request, Long resolutionId) {
        return resolutions(request).stream().filter(r -> r.getId().equals(resolutionId)).findFirst()
                .orElseThrow(() -> new NotFoundException("resolution " + resolutionId));
    }

    /** The reserves of a request its committee may extend today (their own guard, art. 104 ¶3), by id. */
    public java.util.Set<Long> extendableReserves(AccessRequest request) {
        return resolutions(request).stream().filter(r -> r.extendReserveRefused(today()).isEmpty())
                .map(CommitteeResolution::getId).collect(java.util.stream.Collectors.toSet());
    }

    /** Reserves in force at some time in a half-year, as the index of reserved files lists them (art. 105). */
    public List<ReservedIndex.Row> reservedIndex(ReservedIndex.HalfYear half) {
        Map<Long, AccessRequest> byId = new HashMap<>();
        List<CommitteeResolution> reserves = resolutions.findReservesInForce(half.first(), half.last());
        requests.findAllById(reserves.stream().map(CommitteeResolution::getRequestId).distinct().toList())
                .forEach(r -> byId.put(r.getId(), r));
        Map<Long, Institution> institutionsById = new HashMap<>();
        jurisdictions.allInstitutions().forEach(i -> institutionsById.put(i.getId(), i));
        return ReservedIndex.rows(reserves, byId, institutionsById, this::reserveOf);
    }

    /** A file the unit delivers with its answer. */
    public record Upload(String fileName, byte[] content) {
    }

    /** What to black out of a document: each phrase wherever it occurs, with its legal basis (arts. 120–122). */
    public record PhraseRedaction(String phrase, String basis) {
    }

    /** An original PDF with classified parts and what to redact in it; only its public version is published. */
    public record PublicVersionRequest(Upload original, List<PhraseRedaction> redactions) {

        boolean isEmpty() {
            return (original == null || original.content() == null || original.content().length == 0)
                    && (redactions == null || redactions.isEmpty());
        }
    }

    /** The unit answers, with text and files; a classified outcome needs the committee's resolution first. */
    @Transactional
    public AccessRequest answer(String folio, AccessRequest.Answer answer, List<Upload> attachments) {
        return answer(folio, answer, attachments, null);
    }

    /**
     * The unit answers with text, files delivered as they are, and optionally the public version of an original
     * (kept private) with its redactions burnt in: each phrase must be found, each has its legal basis.
     */
    @Transactional
    public AccessRequest answer(String folio, AccessRequest.Answer answer, List<Upload> attachments,
            PublicVersionRequest publicVersion) {
        AccessRequest request = authorised(folio, RequestAction.ANSWER);
        List<Stored> stored = checkFiles(attachments, "files");
        PublicVersion version = publicVersion == null || publicVersion.isEmpty() ? null : publicVersion(publicVersion);
        RequestEvent step = request.answer(answer, resolutions(request), today(), now(), actorName(), deadlines.of(request));
        for (Stored s : stored) {
            files.save(new RequestFile(request.getId(), RequestFile.Kind.ATTACHMENT, s.name(), s.type(), s.size(), s.sha256(),
                    null, null, 0, now()));
        }
        if (version != null) {
            RequestFile original = files.save(new RequestFile(request.getId(), RequestFile.Kind.ORIGINAL, version.name(),
                    "application/pdf", version.originalSize(), version.originalSha256(), null, null, 0, now()));
            files.save(new RequestFile(request.getId(), RequestFile.Kind.PUBLIC_VERSION,
                    version.name().replaceFirst("(?i)\\.pdf$", "") + "-version-publica.pdf", "application/pdf",
                    version.result().pdf().length, storage.store(version.result().pdf()), original.getId(),
                    String.join("; ", version.result().bases()), version.result().redactionCount(), now()));
        }
        record(request, step);
        notices.step(request, "answered");
        return request;
    }

    /** The unit records the payment of the costs; the information stays available for its term (art. 137). */
    @Transactional
    public AccessRequest recordPayment(String folio, LocalDate paidOn) {
        AccessRequest request = authorised(folio, RequestAction.RECORD_PAYMENT);
        record(request, request.recordPayment(paidOn, today(), now(), actorName(), deadlines.of(request)));
        notices.step(request, "paid");
        return request;
    }

    record Stored(String name, String type, long size, String sha256) {
    }

    record PublicVersion(String name, long originalSize, String originalSha256, PublicVersions.Result result) {
    }

    private PublicVersion publicVersion(PublicVersionRequest input) {
        Upload original = input.original();
        if (original == null || original.content() == null || original.content().length == 0) {
            throw new InvalidInputException("original", "accessinfo.validation.original");
        }
        if (original.content().length > maxBytes) {
            throw new InvalidInputException("original", "accessinfo.validation.fileSize", maxBytes / (1024 * 1024));
        }
        List<PhraseRedaction> wanted = input.redactions() == null ? List.of() : input.redactions();
        if (wanted.isEmpty()) {
            throw new InvalidInputException("redactions", "accessinfo.validation.redactions");
        }
        List<PublicVersions.Redaction> areas = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (PhraseRedaction r : wanted) {
            if (Texts.isBlank(r.basis())) {
                problems.add(new FieldProblem("redactions", "accessinfo.validation.redactionBasis", r.phrase()));
                continue;
            }
            List<PublicVersions.Area> found = publicVersions.find(original.content(), r.phrase());
            if (found.isEmpty()) {
                problems.add(new FieldProblem("redactions", "accessinfo.validation.phraseNotFound", r.phrase()));
            }
            found.forEach(a -> areas.add(new PublicVersions.Redaction(a, r.basis().strip())));
        }
        InvalidInputException.throwIfAny(problems);
        PublicVersions.Result result = publicVersions.redact(original.content(), areas);
        String name = org.apertura.platform.storage.FileNames.safe(original.fileName(), "documento.pdf");
        return new PublicVersion(name.length() > 180 ? name.substring(0, 180) : name, original.content().length,
                storage.store(original.content()), result);
    }

    private List<Stored> checkFiles(List<Upload> uploads, String field) {
        List<Stored> out = new ArrayList<>();
        if (uploads == null) {
            return out;
        }
        for (Upload u : uploads) {
            if (u == null || u.content() == null || u.content().length == 0) {
                continue;
            }
            if (u.content().length > maxBytes) {
                throw new InvalidInputException(field, "accessinfo.validation.fileSize", maxBytes / (1024 * 1024));
            }
            String type = FileTypes.detect(u.content(), u.fileName())
                    .orElseThrow(() -> new InvalidInputException(field, "accessinfo.validation.fileType"));
            String name = org.apertura.platform.storage.FileNames.safe(u.fileName(), "archivo");
            out.add(new Stored(name.length() > 200 ? name.substring(0, 200) : name, type, u.content().length,
                    storage.store(u.content())));
        }
        return out;
    }

    /**
     * An appeal for lack of answer was won by a firm resolution: delivery is free of reproduction fees (art. 149).
     * Published by the appeal module ({@link NoAnswerAppealWon}); recorded once, in the publisher's transaction.
     */
    @Transactional
    public void deliverFree(NoAnswerAppealWon won) {
        AccessRequest request = request(won.requestFolio());
        RequestEvent step = request.deliverFree(won.appealFolio(), won.firmOn(), now(), deadlines.of(request));
        if (step != null) {
            record(request, step);
            notices.step(request, "freeDelivery");
        }
    }

    // ---- time passing

    /** Requests whose clarification went unanswered in time are not filed (art. 130 ¶3). */
    @Transactional
    public int expireClarifications(LocalDate today) {
        int expired = 0;
        for (AccessRequest request : requests.findByStage(Stage.CLARIFICATION_REQUESTED)) {
            RequestEvent step = request.expireClarification(today, now(), deadlines.of(request));
            if (step != null) {
                record(request, step);
                notices.step(request, request.getStage() == Stage.NOT_FILED ? "notFiled" : "partialLapsed");
                expired++;
            }
        }
        return expired;
    }

    /** Requests a calendar change loads and writes at a time. */
    static final int RECOMPUTE_CHUNK = 500;

    @PersistenceContext
    private EntityManager entityManager;

    /**
     * Recomputes the open deadlines counted on a calendar after days in [first, last] were added or withdrawn
     * (only terms running across those days can move); each moved deadline is a public step naming both calendar
     * versions, and the requester is told. Returns how many moved.
     *
     * <p>Tens of thousands of requests can be affected (docs/adr/0085), so they are read in chunks, read only (the
     * persistence context keeps no snapshot to compare and never writes a request back whole), recomputed in memory,
     * and each chunk's changed requests get only their recomputed columns in one statement ({@link
     * RecomputedDeadlines}); the steps and the requesters' mails go in JDBC batches, the ledger's entries in the
     * ledger's own batches; each chunk is then let go, so the persistence context stays small. The calendar is read
     * once per rule set: it cannot change again inside this transaction.
     */
    @Transactional
    public int recompute(String calendar, LocalDate first, LocalDate last) {
        List<Long> affected = requests.findAffected(calendar, List.of(Stage.RECEIVED, Stage.IN_PROCESS, Stage.EXTENDED),
                first, last);
        if (affected.isEmpty()) {
            return 0;
        }
        Map<String, Deadlines> byRuleSet = new HashMap<>();
        Session session = entityManager.unwrap(Session.class);
        FlushModeType flushMode = entityManager.getFlushMode();
        Integer batchSize = session.getJdbcBatchSize();
        boolean postgres = session.doReturningWork(c -> c.getMetaData().getDatabaseProductName())
                .toLowerCase(java.util.Locale.ROOT).contains("postgres");
        // What the caller holds is written out and let go first (as each chunk is below), so every request is read
        // again from the database, read only: one the caller held would otherwise stay managed and be written back.
        entityManager.flush();
        entityManager.clear();
        // Nothing read below depends on unflushed changes: each chunk is flushed before the next is read.
        entityManager.setFlushMode(FlushModeType.COMMIT);
        session.setJdbcBatchSize(100);
        int moved = 0;
        try {
            for (int from = 0; from < affected.size(); from += RECOMPUTE_CHUNK) {
                List<Long> chunk = affected.subList(from, Math.min(affected.size(), from + RECOMPUTE_CHUNK));
                List<AccessRequest> changed = new ArrayList<>();
                List<RequestEvent> steps = new ArrayList<>();
                List<AccessRequest> told = new ArrayList<>();
                for (AccessRequest request : requests.readOnlyByIds(chunk)) {
                    // The calendar is read once per rule set: it cannot change again inside this transaction.
                    Deadlines d = byRuleSet.computeIfAbsent(request.getRuleSet(),
                            code -> deadlines.of(calendar, deadlines.ruleSet(code)));
                    RecomputedDeadlines.Before before = RecomputedDeadlines.Before.of(request);
                    RequestEvent step = request.recompute(d, now());
                    if (before.changedIn(request)) {
                        changed.add(request);
                    }
                    if (step != null) {
                        steps.add(step);
                        toLedger(request, step);
                        told.add(request);
                        moved++;
                    }
                }
                session.doWork(connection -> {
                    RecomputedDeadlines.write(connection, changed, postgres);
                    RecomputedDeadlines.insertSteps(connection, steps, postgres);
                });
                // the requesters told in batches, not one INSERT per mail (their accounts' addresses read at once)
                notices.queue(notices.stepMails(told, "recomputed"));
                entityManager.flush(); // the ledger's entries and head
                entityManager.clear();
            }
        } finally {
            entityManager.setFlushMode(flushMode);
            session.setJdbcBatchSize(batchSize);
        }
        return moved;
    }

    // ---- helpers

    private void record(AccessRequest request, RequestEvent step) {
        toLedger(request, events.save(step));
    }

    /** The ledger entry of a public step. */
    private void toLedger(AccessRequest request, RequestEvent saved) {
        ledger.append(MODULE, "request." + saved.getType().getKey(), "request", request.getFolio(),
                saved.publicRecord(publicRecord(request), null));
    }

    /** What the ledger keeps of a request: never who asked or how to reach them. */
    static Map<String, Object> publicRecord(AccessRequest r) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("folio", r.getFolio());
        record.put("institution", r.getInstitutionSlug());
        record.put("channel", r.getChannel().name());
        record.put("receivedOn", r.getReceivedOn().toString());
        record.put("stage", r.getStage().name());
        record.put("dueDate", r.getDueDate() == null ? null : r.getDueDate().toString());
        record.put("outcome", r.getOutcome() == null ? null : r.getOutcome().name());
        record.put("ruleSet", r.getRuleSet());
        record.put("calendarVersion", r.getCalendarVersion());
        if (r.isRegisteredLate()) {
            record.put("registrationDue", r.getRegistrationDue().toString());
        }
        if (r.getFreeDeliveryOn() != null) {
            record.put("freeDeliveryAppeal", r.getFreeDeliveryAppeal());
        }
        record.put("descriptionSha256", Hashing.sha256Hex(r.getDescription()));
        return record;
    }

    /** The request, once its policy entitles the current person (its unit or committee) to the act. */
    private AccessRequest authorised(String folio, RequestAction action) {
        AccessRequest request = request(folio);
        policy.entitled(Actor.current(), request, false).require(action);
        return request;
    }

    private static String actorName() {
        return PublicActor.current().map(PublicActor::displayName).orElse("Unidad de Transparencia");
    }

    private Instant now() {
        return today.now();
    }
}
