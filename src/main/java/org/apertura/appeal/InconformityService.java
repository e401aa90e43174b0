package org.apertura.appeal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apertura.accessinfo.AccessRequest;
import org.apertura.accessinfo.RequestReads;
import org.apertura.deadlines.Deadlines;
import org.apertura.jurisdiction.GuarantorAuthority;
import org.apertura.jurisdiction.GuarantorKind;
import org.apertura.jurisdiction.GuarantorService;
import org.apertura.jurisdiction.Institution;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.PublicUrl;
import org.apertura.platform.security.Actor;
import org.apertura.platform.security.Allowed;
import org.apertura.platform.security.PublicActor;
import org.apertura.platform.time.Today;
import org.apertura.platform.web.Paging;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases of the recurso de inconformidad (LGTAIP 2025 arts. 162–183), shaped as {@link AppealService}: everyone
 * reads every remedy without the appellant's identity; the requester of the appealed request files it (account or
 * follow-up key), answers the prevention, alleges and withdraws; the federal authority's staff prevent, admit,
 * dismiss, extend, discontinue and resolve; the local authority's staff report and issue the new ruling; the
 * subject's unit reports compliance. Each write checks everything first, records the public step, appends it to the
 * ledger in the same transaction and queues an e-mail to the requester's private address (the outbox).
 */
@Service
@Transactional(readOnly = true)
public class InconformityService {

    static final String SUBJECT = "inconformity";
    public static final int PAGE_SIZE = 50;

    private final InconformityRepository inconformities;
    private final InconformityStepRepository steps;
    private final AppealRepository appeals;
    private final RequestReads requests;
    private final JurisdictionService directory;
    private final GuarantorService guarantors;
    private final AppealDeadlines deadlines;
    private final InconformityPolicy policy;
    private final LedgerService ledger;
    private final MessageSource messages;
    private final Today today;
    private final String baseUrl;

    InconformityService(InconformityRepository inconformities, InconformityStepRepository steps,
            AppealRepository appeals, RequestReads requests, JurisdictionService directory, GuarantorService guarantors,
            AppealDeadlines deadlines, InconformityPolicy policy, LedgerService ledger, MessageSource messages,
            Today today, PublicUrl publicUrl) {
        this.inconformities = inconformities;
        this.steps = steps;
        this.appeals = appeals;
        this.requests = requests;
        this.directory = directory;
        this.guarantors = guarantors;
        this.deadlines = deadlines;
        this.policy = policy;
        this.ledger = ledger;
        this.messages = messages;
        this.today = today;
        this.baseUrl = publicUrl.base();
    }

    // ---- reading ----

    public LocalDate today() {
        return today.date();
    }

    public Inconformity byFolio(String folio) {
        return inconformities.findByFolio(folio).orElseThrow(() -> new NotFoundException("inconformity " + folio));
    }

    public List<InconformityStep> steps(Inconformity i) {
        return steps.findByInconformityIdOrderByIdAsc(i.getId());
    }

    /** Every remedy, newest first, optionally of one stage or resolution. */
    public Page<Inconformity> search(InconformityStage stage, InconformityResolution resolution, int page) {
        return inconformities.search(stage, resolution, PageRequest.of(Paging.index(page), PAGE_SIZE));
    }

    /** The folios of the newest remedies, at most {@code limit} (for the sitemap). */
    public List<String> newestFolios(int limit) {
        return limit <= 0 ? List.of() : inconformities.newestFolios(PageRequest.of(0, limit));
    }

    /** The remedies brought against an appeal's resolution, oldest first. */
    public List<Inconformity> ofAppeal(String appealFolio) {
        return appeals.findByFolio(appealFolio).map(a -> inconformities.findByAppealIdOrderByIdAsc(a.getId()))
                .orElse(List.of());
    }

    public String institutionName(String slug) {
        return directory.institution(slug).getName();
    }

    /** The name of the authority that heard an appeal (the local authority an inconformidad challenges). */
    public String localAuthorityName(String appealFolio) {
        return institutionName(appeal(appealFolio).getGuarantorSlug());
    }

    /** The federal guarantor authority in force on a day (LGTAIP 2025 art. 3 fr. III), if the directory has one. */
    public Optional<Institution> federalAuthority(LocalDate day) {
        return guarantors.authorities().stream().filter(a -> a.kind() == GuarantorKind.FEDERAL && a.inForceOn(day))
                .map(GuarantorAuthority::institutionId).findFirst().flatMap(directory::institutionById);
    }

    /**
     * The window to challenge an appeal today before the federal authority (art. 164), or empty when there is
     * nothing to challenge, no federal authority, the appeal was heard by the federal authority itself, or a remedy
     * against it is open.
     */
    public Optional<Inconformity.Window> window(String appealFolio) {
        Appeal appeal = appeal(appealFolio);
        LocalDate day = today();
        return federalAuthority(day).filter(f -> isLocal(appeal, f))
                .filter(f -> inconformities.findByAppealIdOrderByIdAsc(appeal.getId()).stream()
                        .noneMatch(i -> i.getStage().isOpen()))
                .map(f -> Inconformity.window(appeal, null, day, deadlines.before(f, requestOf(appeal))));
    }

    /** What an appeal's page shows about remedies against it, for a viewer who is or is not its appellant. */
    public InconformityPanel panel(String appealFolio, boolean appellant) {
        Optional<Inconformity.Window> w = window(appealFolio);
        return InconformityPanel.of(ofAppeal(appealFolio), w, today(), appellant,
                w.isPresent() && forwardsFor(appealFolio));
    }

    /** Whether the current person (account or key) is the requester of an appeal's request. */
    public boolean isAppellantOf(String appealFolio, String followKey) {
        return requests.isRequester(requestOf(appeal(appealFolio)), PublicActor.currentId(), followKey);
    }

    /** What the current person may do on a remedy's page, as its policy says. */
    public record Acting(Set<InconformityCapacity> capacities, Allowed<InconformityAction> allowed,
            boolean awaitsAppellant) {

        public boolean appellant() {
            return capacities.contains(InconformityCapacity.APPELLANT);
        }
    }

    public Acting actingOn(Inconformity i, String followKey) {
        boolean appellant = requests.isRequester(requests.byId(i.getRequestId()), PublicActor.currentId(), followKey);
        Actor actor = Actor.current();
        LocalDate day = today();
        return new Acting(policy.capacities(actor, i, appellant), policy.allowed(actor, i, appellant, day),
                policy.awaitsTheAppellant(i, day));
    }

    /** The open remedies before the federal authority the current person works for, next due first. */
    public List<Inconformity> queue() {
        Set<String> mine = federalAuthority(today()).map(Institution::getSlug)
                .filter(slug -> policy.servesFederal(Actor.current(), slug)).map(Set::of).orElse(Set.of());
        if (mine.isEmpty()) {
            throw new AccessDeniedException("federal guarantor staff only");
        }
        return inconformities.findByFederalAuthoritySlugInAndStageIn(mine, OPEN).stream()
                .sorted(java.util.Comparator.comparing(Inconformity::nextDue,
                        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                .toList();
    }

    /** Whether the current person works for the federal authority. */
    public boolean worksForTheFederalAuthority() {
        return federalAuthority(today()).map(f -> policy.servesFederal(Actor.current(), f.getSlug()))
                .orElse(false);
    }

    private static final Set<InconformityStage> OPEN = EnumSet.copyOf(java.util.Arrays.stream(
            InconformityStage.values()).filter(InconformityStage::isOpen).toList());

    // ---- the requester ----

    /**
     * Files a recurso de inconformidad against an appeal's resolution (or its lack): only the request's requester
     * (the signed-in account given, or the follow-up key), before the federal authority in force today.
     */
    @Transactional
    public Inconformity file(String appealFolio, InconformityDraft draft, Long accountId, String followKey) {
        // Only the requester of an existing appeal files: no appeal named is a refusal, not a missing thing.
        Appeal appeal = appealFolio == null ? null : appeals.findByFolio(appealFolio).orElse(null);
        if (appeal == null) {
            throw new AccessDeniedException("only the requester of an appeal");
        }
        AccessRequest request = requestOf(appeal);
        Remedies.requireOwnAccount(accountId);
        if (!requests.isRequester(request, accountId, followKey)) {
            throw new AccessDeniedException("only the requester");
        }
        return filed(appeal, request, draft, null, null);
    }

    /**
     * The local authority's staff forward a recurso de inconformidad filed with it in writing on {@code writtenOn}, with
     * the appeal's resolution, to the federal authority in force today (art. 164 ¶2). The platform is where the
     * forwarding happens: the remedy and its record are the same as an online filing's, the written filing's day
     * decides whether it was on time, and a forwarding later than the business day after the receipt is flagged. The
     * appellant's name and address, which the written filing carries (art. 165 fr. IV), stay with the local authority:
     * the appellant follows the remedy as the request's requester (account or follow-up key).
     */
    @Transactional
    public Inconformity forwardWritten(String appealFolio, InconformityDraft draft, LocalDate writtenOn) {
        Appeal appeal = appealFolio == null ? null : appeals.findByFolio(appealFolio).orElse(null);
        if (appeal == null) {
            throw new AccessDeniedException("only the local authority of an appeal");
        }
        policy.onAppeal(Actor.current(), appeal.getGuarantorSlug()).require(InconformityAction.FORWARD_WRITTEN);
        String actor = Remedies.actorName();
        if (writtenOn == null) {
            throw new InvalidInputException("writtenOn", "validation.required");
        }
        return filed(appeal, requestOf(appeal), draft, writtenOn, actor);
    }

    /**
     * Files a remedy against an appeal before the federal authority in force today, or, with {@code writtenOn},
     * records the local authority's forwarding (by {@code localActor}) of one filed with it in writing that day.
     */
    private Inconformity filed(Appeal appeal, AccessRequest request, InconformityDraft draft, LocalDate writtenOn,
            String localActor) {
        LocalDate day = today();
        Institution federal = federalAuthority(day)
                .orElseThrow(() -> new InvalidInputException("appeal", "inconformity.error.noFederalAuthority"));
        if (inconformities.findByAppealIdOrderByIdAsc(appeal.getId()).stream().anyMatch(i -> i.getStage().isOpen())) {
            throw new InvalidInputException("appeal", "inconformity.error.alreadyOpen");
        }
        Deadlines d = deadlines.before(federal, request);
        Deadlines local = writtenOn == null ? null : deadlines.of(appeal, request);
        Inconformity.file("pending", appeal, isLocal(appeal, federal), federal.getId(), federal.getSlug(),
                federal.getJurisdiction().getSlug(), draft, writtenOn, day, now(), d, local);
        String prefix = "ri-%s-%d-".formatted(federal.getSlug(), day.getYear());
        String folio = prefix + "%04d".formatted(inconformities.countByFolioStartingWith(prefix) + 1);
        Inconformity filed = inconformities.save(Inconformity.file(folio, appeal, true, federal.getId(),
                federal.getSlug(), federal.getJurisdiction().getSlug(), draft, writtenOn, day, now(), d, local));
        record(filed, request, writtenOn == null ? List.of(filed.filedStep(d))
                : List.of(filed.filedStep(d), filed.forwardedStep(localActor)));
        return filed;
    }

    /** Whether the current person works for the local authority that resolved an appeal (forwards written filings). */
    public boolean forwardsFor(String appealFolio) {
        return appeals.findByFolio(appealFolio).map(a -> policy.onAppeal(Actor.current(), a.getGuarantorSlug())
                .may(InconformityAction.FORWARD_WRITTEN)).orElse(false);
    }

    @Transactional
    public Inconformity replyPrevention(String folio, String reply, Long accountId, String followKey) {
        return actAsAppellant(folio, InconformityAction.REPLY_PREVENTION, accountId, followKey,
                (i, c) -> i.replyPrevention(reply, c.today(), c.now(), c.days()));
    }

    @Transactional
    public Inconformity allege(String folio, String text, Long accountId, String followKey) {
        return actAsAppellant(folio, InconformityAction.ALLEGE, accountId, followKey,
                (i, c) -> i.allege(text, c.today(), c.now()));
    }

    /** Asks for up to ten more days to allege (null: all ten), before the close of instruction (art. 171 ¶3). */
    @Transactional
    public Inconformity extendAllegations(String folio, Integer days, Long accountId, String followKey) {
        return actAsAppellant(folio, InconformityAction.EXTEND_ALLEGATIONS, accountId, followKey,
                (i, c) -> i.extendAllegations(days, c.today(), c.now(), c.days()));
    }

    @Transactional
    public Inconformity withdraw(String folio, String reason, Long accountId, String followKey) {
        return actAsAppellant(folio, InconformityAction.WITHDRAW, accountId, followKey,
                (i, c) -> i.withdraw(reason, c.today(), c.now()));
    }

    // ---- the federal authority ----

    /** Prevents once, giving {@code days} to answer (null: the law's fifteen, art. 167). */
    @Transactional
    public Inconformity prevent(String folio, String question, Integer days) {
        return act(folio, InconformityAction.PREVENT,
                (i, c) -> i.prevent(question, days, c.today(), c.now(), c.actor(), c.days()));
    }

    @Transactional
    public Inconformity admit(String folio) {
        return act(folio, InconformityAction.ADMIT, (i, c) -> i.admit(c.today(), c.now(), c.actor(), c.days()));
    }

    @Transactional
    public Inconformity dismiss(String folio, InconformityDismissalGround ground, String text) {
        return act(folio, InconformityAction.DISMISS, (i, c) -> i.dismiss(ground, text, c.today(), c.now(), c.actor()));
    }

    /** Extends the resolution term once by {@code days} (null: the law's thirty, art. 168 ¶1). */
    @Transactional
    public Inconformity extend(String folio, String reason, Integer days) {
        return act(folio, InconformityAction.EXTEND,
                (i, c) -> i.extend(reason, days, c.today(), c.now(), c.actor(), c.days()));
    }

    @Transactional
    public Inconformity discontinue(String folio, InconformityDiscontinuanceGround ground, String text) {
        return act(folio, InconformityAction.DISCONTINUE,
                (i, c) -> i.discontinue(ground, text, c.today(), c.now(), c.actor()));
    }

    /**
     * Confirms, revokes or modifies (art. 173 fr. II–III); revoking or modifying states the medidas de apremio that
     * will apply if it is not complied with (art. 180; art. 196 fr. I–II).
     */
    @Transactional
    public Inconformity resolve(String folio, InconformityResolution resolution, Set<CoerciveMeasure> measures,
            String text) {
        return act(folio, InconformityAction.RESOLVE,
                (i, c) -> i.resolve(resolution, measures, text, c.today(), c.now(), c.actor(), c.days()));
    }

    /** Records the later day an act was notified; its term runs again from the day after (arts. 128, 167, 171, 175). */
    @Transactional
    public Inconformity recordNotice(String folio, LocalDate notifiedOn) {
        return act(folio, InconformityAction.RECORD_NOTICE,
                (i, c) -> i.recordNotice(notifiedOn, c.today(), c.now(), c.actor(), c.days()));
    }

    @Transactional
    public Inconformity notifyThirdParty(String folio) {
        return act(folio, InconformityAction.NOTIFY_THIRD_PARTY,
                (i, c) -> i.notifyThirdParty(c.today(), c.now(), c.actor(), c.days()));
    }

    @Transactional
    public Inconformity recordThirdParty(String folio, String text) {
        return act(folio, InconformityAction.RECORD_THIRD_PARTY,
                (i, c) -> i.recordThirdParty(text, c.today(), c.now(), c.actor()));
    }

    @Transactional
    public Inconformity closeInstruction(String folio) {
        return act(folio, InconformityAction.CLOSE_INSTRUCTION,
                (i, c) -> i.closeInstruction(c.today(), c.now(), c.actor()));
    }

    @Transactional
    public Inconformity decideNewRulingExtension(String folio, Boolean grant, String text) {
        return act(folio, InconformityAction.DECIDE_NEW_RULING_EXTENSION,
                (i, c) -> i.decideNewRulingExtension(grant, text, c.today(), c.now(), c.actor(), c.days()));
    }

    // ---- the local authority and the subject ----

    /** The local authority asks for {@code days} more for its new ruling (art. 175 ¶2). */
    @Transactional
    public Inconformity askNewRulingExtension(String folio, Integer days, String reason) {
        return act(folio, InconformityAction.ASK_NEW_RULING_EXTENSION,
                (i, c) -> i.askNewRulingExtension(days, reason, c.today(), c.now(), c.actor(), c.days()));
    }

    @Transactional
    public Inconformity localReport(String folio, String text) {
        return act(folio, InconformityAction.LOCAL_REPORT,
                (i, c) -> i.localReport(text, c.today(), c.now(), c.actor(), c.days()));
    }

    @Transactional
    public Inconformity newRuling(String folio, String text) {
        return act(folio, InconformityAction.NEW_RULING,
                (i, c) -> i.newRuling(text, c.today(), c.now(), c.actor(), c.days()));
    }

    @Transactional
    public Inconformity reportCompliance(String folio, String text) {
        return act(folio, InconformityAction.REPORT_COMPLIANCE,
                (i, c) -> i.reportCompliance(text, c.today(), c.now(), c.actor()));
    }

    // ---- one act ----

    /** What an act needs: the day, the instant, who acts (null for the appellant) and the calendars. */
    record Context(LocalDate today, Instant now, String actor, Inconformity.Days days) {
    }

    @FunctionalInterface
    interface Step {
        InconformityStep on(Inconformity i, Context context);
    }

    private Inconformity act(String folio, InconformityAction action, Step step) {
        Inconformity i = byFolio(folio);
        policy.entitled(Actor.current(), i, false).require(action);
        return run(i, Remedies.actorName(), step);
    }

    private Inconformity actAsAppellant(String folio, InconformityAction action, Long accountId, String followKey,
            Step step) {
        Inconformity i = byFolio(folio);
        Remedies.requireOwnAccount(accountId);
        boolean appellant = requests.isRequester(requests.byId(i.getRequestId()), accountId, followKey);
        policy.entitled(Actor.current(), i, appellant).require(action);
        return run(i, null, step);
    }

    private Inconformity run(Inconformity i, String actor, Step step) {
        AccessRequest request = requests.byId(i.getRequestId());
        Appeal appeal = appeals.findById(i.getAppealId()).orElseThrow();
        Institution federal = directory.institutionById(i.getFederalAuthorityId()).orElseThrow();
        Inconformity.Days days = new Inconformity.Days(deadlines.before(federal, request),
                deadlines.of(appeal, request));
        record(i, request, List.of(step.on(i, new Context(today(), now(), actor, days))));
        return i;
    }

    // ---- inside ----

    /** The appeal was resolved by a local authority, not by the federal one itself (art. 162, 181 fr. V). */
    private static boolean isLocal(Appeal appeal, Institution federal) {
        return !appeal.getGuarantorInstitutionId().equals(federal.getId())
                && !appeal.getGuarantorJurisdictionSlug().equals(federal.getJurisdiction().getSlug());
    }

    private Appeal appeal(String folio) {
        return appeals.findByFolio(folio).orElseThrow(() -> new NotFoundException("appeal " + folio));
    }

    private AccessRequest requestOf(Appeal appeal) {
        return requests.byId(appeal.getRequestId());
    }

    private Instant now() {
        return today.now();
    }

    /** Saves the steps, writes them to the ledger and tells the requester, all in the caller's transaction. */
    private void record(Inconformity i, AccessRequest request, List<InconformityStep> made) {
        Remedies.saveOrRefuseStale(() -> inconformities.saveAndFlush(i));
        InconformityStep first = made.get(0);
        first.noticeToTheAppellant(today(), mail(i, request, first));
        for (InconformityStep step : made) {
            step.belongsTo(i.getId());
            steps.save(step);
            ledger.append(AppealService.MODULE, "inconformity." + step.getType().getKey(), SUBJECT, i.getFolio(),
                    publicRecord(i, step));
        }
    }

    /** E-mails a step to the requester; whether it was mailed. */
    private boolean mail(Inconformity i, AccessRequest request, InconformityStep first) {
        Remedies.StepMail mail = Remedies.StepMail.of(messages, "inconformity", i.getFolio(), first, i.getStage(),
                baseUrl + "/inconformidades/" + i.getFolio());
        return requests.mailRequester(request, mail.subject(), mail.body());
    }

    /** The ledger payload: public data only (never who challenged, nor their contact). */
    static Map<String, Object> publicRecord(Inconformity i, InconformityStep step) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("folio", i.getFolio());
        p.put("appeal", i.getAppealFolio());
        p.put("request", i.getRequestFolio());
        p.put("institution", i.getInstitutionSlug());
        p.put("localAuthority", i.getLocalAuthoritySlug());
        p.put("federalAuthority", i.getFederalAuthoritySlug());
        step.publicRecord(p, i.getStage());
        if (step.isFiling() && i.getWrittenOn() != null) {
            p.put("writtenOn", i.getWrittenOn().toString());
            p.put("forwardDue", i.getForwardDue().toString());
            p.put("forwardedOn", i.getForwardedOn().toString());
        }
        if (step.isFiling()) {
            p.put("act", i.getAct().name());
            p.put("causes", i.causeList().stream().map(Enum::name).collect(Collectors.toList()));
            p.put("filingDue", i.getFilingDue().toString());
        }
        if (i.getResolution() != null) {
            p.put("resolution", i.getResolution().name());
            if (step.getType() == InconformityStepType.RESOLVED && !i.measureList().isEmpty()) {
                p.put("measures", i.measureList().stream().map(Enum::name).collect(Collectors.toList()));
            }
        }
        Remedies.putNotice(p, step);
        return p;
    }
}
