package org.apertura.appeal;

import org.apertura.platform.security.Actor;
import org.apertura.platform.security.Allowed;
import org.apertura.platform.time.Today;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apertura.jurisdiction.Institution;
import org.apertura.jurisdiction.Jurisdiction;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.PublicUrl;
import org.apertura.platform.Texts;
import org.apertura.platform.security.PublicActor;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.apertura.deadlines.Deadlines;
import org.apertura.accessinfo.AccessRequest;
import org.apertura.accessinfo.Folios;
import org.apertura.accessinfo.RequestReads;

/**
 * Use cases of appeals (recurso de revisión). Everyone reads every appeal, without the appellant's identity.
 * Only the requester (their account, or whoever holds the request's private follow-up key) files an appeal,
 * replies to a clarification, alleges and objects; the guarantor's staff ({@code GUARANTOR@GUARANTOR_AUTHORITY:slug}
 * of the jurisdiction whose guarantor takes the appeal) asks for clarification, admits, dismisses, extends,
 * resolves and verifies; the institution's transparency unit ({@code TRANSPARENCY_UNIT@INSTITUTION:slug})
 * alleges and reports compliance. Each write checks everything before changing anything, records the public
 * step, appends it to the ledger in the same transaction and queues an e-mail to the requester's private
 * address.
 */
@Service
@Transactional(readOnly = true)
public class AppealService {

    static final String MODULE = "accessinfo";
    static final String SUBJECT = "appeal";
    public static final int PAGE_SIZE = 50;

    private final AppealRepository appeals;
    private final AppealStepRepository steps;
    private EnforcementMeasureRepository measures;
    private final RequestReads requests;
    private final JurisdictionService directory;
    private final LedgerService ledger;
    private final MessageSource messages;
    private final Today today;
    private final Folios folios;
    private final AppealPolicy policy;
    private final AppealDeadlines deadlines;
    private final String baseUrl;
    private final org.springframework.context.ApplicationEventPublisher events;

    AppealService(AppealRepository appeals, AppealStepRepository steps, RequestReads requests,
            JurisdictionService directory, LedgerService ledger, MessageSource messages, Today today,
            PublicUrl publicUrl, Folios folios, AppealPolicy policy, AppealDeadlines deadlines,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.deadlines = deadlines;
        this.folios = folios;
        this.policy = policy;
        this.appeals = appeals;
        this.steps = steps;
        this.requests = requests;
        this.directory = directory;
        this.ledger = ledger;
        this.messages = messages;
        this.today = today;
        this.baseUrl = publicUrl.base();
    }

    // ---- reading ----

    public LocalDate today() {
        return today.date();
    }

    public Appeal byFolio(String folio) {
        return appeals.findByFolio(folio).orElseThrow(() -> new NotFoundException("appeal " + folio));
    }

    /** The folios of the newest appeals, at most {@code limit} (for the sitemap). */
    public List<String> newestFolios(int limit) {
        return limit <= 0 ? List.of() : appeals.newestFolios(org.springframework.data.domain.PageRequest.of(0, limit));
    }

    public List<AppealStep> steps(Appeal appeal) {
        return steps.findByAppealIdOrderByIdAsc(appeal.getId());
    }

    /** The appeals of a request, oldest first. */
    public List<Appeal> ofRequest(String requestFolio) {
        return appeals.findByRequestIdOrderByIdAsc(request(requestFolio).getId());
    }

    /** Every appeal, newest first, optionally of one guarantor (its institution's slug), stage or resolution. */
    public Page<Appeal> search(String guarantorSlug, AppealStage stage, AppealResolution resolution, int page) {
        return appeals.search(Texts.blankToNull(guarantorSlug), stage, resolution,
                PageRequest.of(org.apertura.platform.web.Paging.index(page), PAGE_SIZE));
    }

    /** The guarantor institutions appeals may go to, for filters. */
    public List<Institution> guarantors() {
        return directory.allInstitutions().stream().filter(Institution::isGuarantor).toList();
    }

    /** The business days of a term for an appeal (its request's rule set), e.g. the most days to comply. */
    public int termDays(Appeal appeal, org.apertura.deadlines.Term term) {
        return deadlinesOf(appeal).days(term);
    }

    /** The deadlines of an appeal: its authority's calendar and its request's rule set. */
    public Deadlines deadlinesOf(Appeal appeal) {
        return deadlines.of(appeal, requestOf(appeal));
    }

    /** The causes the request's state law adds to the general ones (Durango's fr. XIV), for the filing form. */
    public List<org.apertura.deadlines.RuleSet.Cause> extraCauses(String requestFolio) {
        return requests.deadlinesOf(request(requestFolio)).rules().extraCauses();
    }

    /** The deadlines an appeal of a request would be counted under today: before the authority assigned now. */
    private Deadlines deadlinesBefore(AccessRequest request, LocalDate today) {
        return directory.institutionById(request.getInstitutionId())
                .flatMap(against -> directory.authorityFor(against, today))
                .map(route -> deadlines.before(route.authority(), request))
                .orElseGet(() -> requests.deadlinesOf(request));
    }

    public String institutionName(String slug) {
        return directory.institution(slug).getName();
    }

    /** The window to appeal a request today, or empty when it is neither answered nor overdue. */
    public Optional<Appeal.Window> window(String requestFolio) {
        AccessRequest request = request(requestFolio);
        return Optional.ofNullable(Appeal.window(request, appeals.findByRequestIdOrderByIdAsc(request.getId()), today(),
                deadlinesBefore(request, today())));
    }

    /** What the request's page shows about its appeals: each with its stage and next due date, and whether to file. */
    public AppealPanel panel(String requestFolio) {
        return panel(request(requestFolio));
    }

    /** What a request's page shows about its appeals (see {@link #panel(String)}). */
    public AppealPanel panel(AccessRequest request) {
        String requestFolio = request.getFolio();
        LocalDate today = today();
        List<Appeal> list = appeals.findByRequestIdOrderByIdAsc(request.getId());
        Appeal.Window window = Appeal.window(request, list, today, deadlinesBefore(request, today));
        boolean open = list.stream().anyMatch(a -> a.getStage().isOpen());
        // After the term a filing is still taken, marked late, for the guarantor to dismiss (art. 153 fr. I, 158).
        boolean appealable = window != null && !open;
        return new AppealPanel(requestFolio, appealable, appealable ? window.due() : null,
                list.stream().map(a -> new AppealPanel.Item(a.getFolio(), a.getStage(), a.getResolution(),
                        a.getFiledOn(), a.nextDue())).toList(), appealable && !window.openOn(today),
                window == null && !open);
    }

    /** The stages of an open appeal. */
    static final Set<AppealStage> OPEN = java.util.Arrays.stream(AppealStage.values())
            .filter(AppealStage::isOpen).collect(Collectors.toCollection(() -> EnumSet.noneOf(AppealStage.class)));

    /** Whether the current person is staff of some guarantor body. */
    public boolean worksForAGuarantor() {
        return !guarantorsOfCurrentPerson().isEmpty();
    }

    private Set<String> guarantorsOfCurrentPerson() {
        return policy.guarantorsServed(Actor.current());
    }

    /**
     * What the current person may do on an appeal's page, as its policy says: the capacities they hold, the acts
     * they may do today, and whether the appellant (not yet known by their key) would have something to do.
     */
    public record Acting(Set<AppealCapacity> capacities, Allowed<AppealAction> allowed, boolean awaitsAppellant) {

        public boolean guarantor() {
            return capacities.contains(AppealCapacity.GUARANTOR);
        }

        public boolean unit() {
            return capacities.contains(AppealCapacity.TRANSPARENCY_UNIT);
        }

        public boolean appellant() {
            return capacities.contains(AppealCapacity.APPELLANT);
        }
    }

    /** What the current person may do on an appeal (page forms); the key is the request's follow-up key. */
    public Acting actingOn(Appeal appeal, String followKey) {
        boolean appellant = isRequester(requestOf(appeal), PublicActor.currentId(), followKey);
        Actor actor = Actor.current();
        LocalDate today = today();
        return new Acting(policy.capacities(actor, appeal, appellant), policy.allowed(actor, appeal, appellant, today),
                policy.awaitsTheAppellant(appeal, today));
    }

    /** Whether the current person (account or key) is the requester of a request. */
    public boolean isRequesterOf(String requestFolio, String followKey) {
        return isRequester(request(requestFolio), PublicActor.currentId(), followKey);
    }

    // ---- the requester ----

    /**
     * Files an appeal of a request: only its requester (the signed-in account given, or the follow-up key),
     * within the appeal term (art. 144), with at least one cause and the reasons; to the guarantor of the
     * request's jurisdiction, or of its state.
     */
    @Transactional
    public Appeal file(String requestFolio, AppealDraft draft, Long accountId, String followKey) {
        AccessRequest request = request(requestFolio);
        requireRequester(request, accountId, followKey);
        return filed(request, draft, null, null);
    }

    /**
     * Files an appeal before the authority assigned to the institution today, or, with {@code writtenOn}, records the
     * unit's forwarding of one filed with it that day (by {@code unitActor}).
     */
    private Appeal filed(AccessRequest request, AppealDraft draft, LocalDate writtenOn, String unitActor) {
        LocalDate today = today();
        // The authority assigned to the institution on the filing date (LGTAIP 2025 art. 3 fr. III-V).
        Institution against = directory.institutionById(request.getInstitutionId()).orElseThrow();
        org.apertura.jurisdiction.GuarantorRoute route = directory.authorityFor(against, today)
                .orElseThrow(() -> new InvalidInputException("request", "appeal.error.noGuarantor"));
        Institution guarantor = route.authority();
        // Counted on that authority's calendar (review 2026-12 §2.6), under the request's rule set; the forwarding
        // on the unit's (its institution's).
        Deadlines d = deadlines.before(guarantor, request);
        Deadlines unit = writtenOn == null ? null : deadlines.unit(request);
        List<org.apertura.platform.FieldProblem> problems = new ArrayList<>();
        List<Appeal> earlier = appeals.findByRequestIdOrderByIdAsc(request.getId());
        if (earlier.stream().anyMatch(a -> a.getStage().isOpen())) {
            problems.add(new org.apertura.platform.FieldProblem("request", "appeal.error.alreadyOpen"));
        }
        try {
            Appeal.file("pending", request, earlier, guarantor.getId(), guarantor.getSlug(),
                    guarantor.getJurisdiction().getSlug(), draft, writtenOn, today, now(), d, unit);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        InvalidInputException.throwIfAny(problems);
        Appeal appeal = Appeal.file(nextFolio(guarantor, today), request, earlier, guarantor.getId(),
                guarantor.getSlug(), guarantor.getJurisdiction().getSlug(), draft, writtenOn, today, now(), d, unit);
        appeal.routedBy(route.basis());
        appeal = appeals.save(appeal);
        record(appeal, request, writtenOn == null ? List.of(appeal.filedStep(d))
                : List.of(appeal.filedStep(d), appeal.forwardedStep(unitActor, unit)));
        return appeal;
    }

    /**
     * The Transparency Unit that knew of a request forwards an appeal filed with it on {@code writtenOn} (in person or
     * by post, art. 144 ¶1) to the guarantor authority assigned to the institution today (¶2). The platform is where
     * the forwarding happens: the appeal is the same as one filed online, its timeliness is that of the day the unit
     * received it, and a forwarding later than the business day after is flagged. Who filed it is not recorded: the
     * appellant follows the appeal as the request's requester (account or follow-up key), like any appellant.
     */
    @Transactional
    public Appeal forwardWritten(String requestFolio, AppealDraft draft, LocalDate writtenOn) {
        AccessRequest request = request(requestFolio);
        policy.beforeAppeal(Actor.current(), request.getInstitutionSlug()).require(AppealAction.FORWARD_WRITTEN);
        String actor = Remedies.actorName();
        if (writtenOn == null) {
            throw new InvalidInputException("writtenOn", "validation.required");
        }
        return filed(request, draft, writtenOn, actor);
    }

    /** Whether the current person is the Transparency Unit of the request's institution (forwards appeals filed there). */
    public boolean forwardsFor(String requestFolio) {
        return forwardsFor(request(requestFolio));
    }

    /** The same, for a request at hand. */
    public boolean forwardsFor(AccessRequest request) {
        return policy.beforeAppeal(Actor.current(), request.getInstitutionSlug()).may(AppealAction.FORWARD_WRITTEN);
    }

    @Transactional
    public Appeal replyClarification(String folio, String reply, Long accountId, String followKey) {
        return actAsAppellant(folio, AppealAction.REPLY_CLARIFICATION, accountId, followKey,
                (a, c) -> a.replyClarification(reply, c.today(), c.now(), c.d()));
    }

    @Transactional
    public Appeal object(String folio, String objection, Long accountId, String followKey) {
        return actAsAppellant(folio, AppealAction.OBJECT, accountId, followKey,
                (a, c) -> a.object(objection, c.today(), c.now(), c.d()));
    }

    /** The appellant withdraws (art. 159 fr. I); {@code reason} is optional and public. */
    @Transactional
    public Appeal withdraw(String folio, String reason, Long accountId, String followKey) {
        return actAsAppellant(folio, AppealAction.WITHDRAW, accountId, followKey,
                (a, c) -> a.withdraw(reason, c.today(), c.now(), c.d()));
    }

    /**
     * Records a party's allegations: {@code APPELLANT} (the requester, by account or key) or
     * {@code TRANSPARENCY_UNIT} (the institution's unit).
     */
    @Transactional
    public Appeal recordAllegation(String folio, AppealCapacity party, String text, Long accountId, String followKey) {
        if (party == AppealCapacity.APPELLANT) {
            return actAsAppellant(folio, AppealAction.APPELLANT_ALLEGATION, accountId, followKey,
                    (a, c) -> a.allege(party, text, c.today(), c.now(), null, c.d()));
        } else if (party == AppealCapacity.TRANSPARENCY_UNIT) {
            return act(folio, AppealAction.UNIT_ALLEGATION,
                    (a, c) -> a.allege(party, text, c.today(), c.now(), c.actor(), c.d()));
        }
        throw new AccessDeniedException("only the parties allege");
    }

    // ---- the guarantor ----

    @Transactional
    public Appeal askClarification(String folio, String question) {
        return askClarification(folio, question, null);
    }

    /** Asks once for clarification, giving {@code days} to reply (null: the law's most, art. 147). */
    @Transactional
    public Appeal askClarification(String folio, String question, Integer days) {
        return act(folio, AppealAction.ASK_CLARIFICATION,
                (a, c) -> a.askClarification(question, days, c.today(), c.now(), c.actor(), c.d()));
    }

    @Transactional
    public Appeal admit(String folio) {
        return actMany(folio, AppealAction.ADMIT, (a, c) -> a.admit(c.today(), c.now(), c.actor(), c.d()));
    }

    @Transactional
    public Appeal dismiss(String folio, DismissalGround ground, String text) {
        return act(folio, AppealAction.DISMISS,
                (a, c) -> a.dismiss(ground, text, c.today(), c.now(), c.actor(), c.d()));
    }

    @Transactional
    public Appeal extend(String folio, String reason) {
        return extend(folio, reason, null);
    }

    /** Extends the resolution term once by {@code days} (null: the law's most, art. 148). */
    @Transactional
    public Appeal extend(String folio, String reason, Integer days) {
        return act(folio, AppealAction.EXTEND, (a, c) -> a.extend(reason, days, c.today(), c.now(), c.actor(), c.d()));
    }

    /** Resolves; {@code complianceDays} may set fewer days than the law's to comply (null: the law's). */
    @Transactional
    public Appeal resolve(String folio, AppealResolution resolution, String text, Integer complianceDays) {
        return resolve(folio, resolution, text, complianceDays, null);
    }

    /** As above; more days than the law's need {@code complianceReason} (art. 154 ¶2). */
    @Transactional
    public Appeal resolve(String folio, AppealResolution resolution, String text, Integer complianceDays,
            String complianceReason) {
        Appeal appeal = act(folio, AppealAction.RESOLVE, (a, c) -> a.resolve(resolution, text, complianceDays,
                complianceReason, c.today(), c.now(), c.actor(), c.d()));
        // Art. 149: an appeal against the lack of an answer (art. 145 fr. VI) resolved in the appellant's favour makes
        // the delivery free once the resolution is firm; for the institution it is firm when issued, since the
        // guarantor's resolutions are "definitivas e inatacables para los sujetos obligados" (art. 160).
        if (appeal.getCauses().contains(AppealCause.NO_ANSWER) && resolution.opensCompliance()) {
            events.publishEvent(new org.apertura.accessinfo.NoAnswerAppealWon(appeal.getRequestFolio(),
                    appeal.getFolio(), today()));
        }
        return appeal;
    }

    /** Sobreseimiento on a ground of art. 159. */
    @Transactional
    public Appeal discontinue(String folio, DiscontinuanceGround ground, String text) {
        return act(folio, AppealAction.DISCONTINUE,
                (a, c) -> a.discontinue(ground, text, c.today(), c.now(), c.actor(), c.d()));
    }

    /** Cierre de instrucción: the resolution is then due within 20 days (art. 153 fr. VIII). */
    @Transactional
    public Appeal closeInstruction(String folio) {
        return act(folio, AppealAction.CLOSE_INSTRUCTION, (a, c) -> a.closeInstruction(c.today(), c.now(), c.actor(),
                c.d()));
    }

    /** Records the day the resolution was notified (art. 156 ¶1); compliance runs from it (art. 128). */
    @Transactional
    public Appeal notifyResolution(String folio, LocalDate notifiedOn) {
        return act(folio, AppealAction.NOTIFY_RESOLUTION,
                (a, c) -> a.notifyResolution(notifiedOn, c.today(), c.now(), c.actor(), c.d()));
    }

    /** Grants (up to the days asked; null: all of them) or denies a requested compliance extension (art. 191). */
    @Transactional
    public Appeal decideComplianceExtension(String folio, Boolean grant, Integer days, String text) {
        return act(folio, AppealAction.DECIDE_COMPLIANCE_EXTENSION,
                (a, c) -> a.decideComplianceExtension(grant, days, text, c.today(), c.now(), c.actor(), c.d()));
    }

    @Transactional
    public Appeal verify(String folio, Boolean complied, String text) {
        return act(folio, AppealAction.VERIFY, (a, c) -> a.verify(complied, text, c.today(), c.now(), c.actor(), c.d()));
    }

    // ---- the institution's transparency unit ----

    @Transactional
    public Appeal reportCompliance(String folio, String report) {
        return act(folio, AppealAction.REPORT_COMPLIANCE,
                (a, c) -> a.reportCompliance(report, c.today(), c.now(), c.actor(), c.d()));
    }

    /** Asks to extend the compliance term by {@code days}, with reasons (art. 191 ¶2–3). */
    @Transactional
    public Appeal askComplianceExtension(String folio, Integer days, String reason) {
        return act(folio, AppealAction.ASK_COMPLIANCE_EXTENSION,
                (a, c) -> a.askComplianceExtension(days, reason, c.today(), c.now(), c.actor(), c.d()));
    }

    // ---- one act: authorise, load, make the step(s), record ----

    /** What an act needs: the day, the instant, who acts (null for the appellant) and the appeal's deadlines. */
    // ---- medidas de apremio after non-compliance (arts. 193 fr. III, 196–202; ADR 0053) ----

    @org.springframework.beans.factory.annotation.Autowired
    void setMeasures(EnforcementMeasureRepository measures) {
        this.measures = measures;
    }

    /** The measures imposed on an appeal, oldest first; public (by position, never by name). */
    public List<EnforcementMeasure> measures(Appeal appeal) {
        return measures.findByAppealIdOrderByIdAsc(appeal.getId());
    }

    /**
     * One row of the public list of medidas de apremio: the appeal, its institution and guarantor authority (slug and
     * name), and the measure as its page shows it; the person by category and position, never by name (art. 197 ¶2
     * makes the non-compliance public; ADR 0053).
     */
    public record PublicMeasure(String appealFolio, String institutionSlug, String institutionName,
            String guarantorSlug, String guarantorName, EnforcementMeasure measure) {
    }

    /** Every measure imposed on an appeal, newest first, with its appeal's institution and authority. */
    @Transactional(readOnly = true)
    public List<PublicMeasure> publicMeasures() {
        List<EnforcementMeasure> all = measures.findAllByOrderByImposedOnDescIdDesc();
        java.util.Map<Long, Appeal> byId = new java.util.HashMap<>();
        appeals.findAllById(all.stream().map(EnforcementMeasure::getAppealId).distinct().toList())
                .forEach(a -> byId.put(a.getId(), a));
        java.util.Map<String, String> names = new java.util.HashMap<>();
        java.util.function.Function<String, String> name = slug -> names.computeIfAbsent(slug,
                s -> directory.institution(s).getName());
        return all.stream().filter(m -> byId.containsKey(m.getAppealId())).map(m -> {
            Appeal a = byId.get(m.getAppealId());
            return new PublicMeasure(a.getFolio(), a.getInstitutionSlug(), name.apply(a.getInstitutionSlug()),
                    a.getGuarantorSlug(), name.apply(a.getGuarantorSlug()), m);
        }).toList();
    }

    /**
     * The guarantor's staff impose a medida de apremio on an appeal found not complied with: a public reprimand or a
     * fine of 150 to 1,500 UMA (up to double on recidivism), qualified as art. 197 asks, on the position in charge of
     * complying or, after measures on it were executed, on its superior (art. 199 ¶1).
     */
    @Transactional
    public Appeal imposeMeasure(String folio, EnforcementMeasure.Draft draft) {
        return act(folio, AppealAction.IMPOSE_MEASURE, (a, c) -> {
            boolean federal = directory.institutionById(a.getGuarantorInstitutionId())
                    .map(g -> g.getJurisdiction().getLevel() == org.apertura.jurisdiction.JurisdictionLevel.FEDERAL)
                    .orElse(false);
            EnforcementMeasure m = measures.save(EnforcementMeasure.impose(a, draft, measures(a), federal, c.today()));
            return new AppealStep(a.getId(), AppealStepType.MEASURE_IMPOSED, c.now(), AppealCapacity.GUARANTOR,
                    c.actor(), m.basis(), measureNote(m));
        });
    }

    /** The day a measure was notified to the offender: fifteen business days to apply it (arts. 128 ¶2, 201). */
    @Transactional
    public Appeal notifyMeasure(String folio, Long measureId, LocalDate on) {
        return act(folio, AppealAction.RECORD_MEASURE, (a, c) -> {
            EnforcementMeasure m = measureOf(a, measureId);
            m.notified(on, c.today(), c.d());
            measures.save(m);
            return new AppealStep(a.getId(), AppealStepType.MEASURE_NOTIFIED, c.now(), AppealCapacity.GUARANTOR,
                    c.actor(), c.d().basis(org.apertura.deadlines.Term.MEASURE_EXECUTION), measureNote(m))
                    .started(org.apertura.deadlines.Term.MEASURE_EXECUTION, c.d(), on, m.getExecutionDue());
        });
    }

    /** The day a measure was executed, by whom art. 202 says. */
    @Transactional
    public Appeal executeMeasure(String folio, Long measureId, LocalDate on) {
        return act(folio, AppealAction.RECORD_MEASURE, (a, c) -> {
            EnforcementMeasure m = measureOf(a, measureId);
            m.executed(on, c.today());
            measures.save(m);
            return new AppealStep(a.getId(), AppealStepType.MEASURE_EXECUTED, c.now(), AppealCapacity.GUARANTOR,
                    c.actor(), InconformityTerm.LAW + " art. 202", measureNote(m));
        });
    }

    /**
     * The guarantor requires the superior of the servant in charge, notified {@code on}, to instruct compliance within
     * five business days: a measure on the servant was executed and the resolution is still not complied with
     * (art. 199 ¶1). Once the days pass, measures may fall on the superior.
     */
    @Transactional
    public Appeal requireSuperior(String folio, LocalDate on, String text) {
        return act(folio, AppealAction.REQUIRE_SUPERIOR, (a, c) -> a.requireSuperior(on,
                EnforcementMeasure.servantMeasureExecuted(measures(a)), text, c.today(), c.now(), c.actor(), c.d()));
    }

    private EnforcementMeasure measureOf(Appeal appeal, Long measureId) {
        return measures.findById(measureId == null ? -1L : measureId)
                .filter(m -> m.getAppealId().equals(appeal.getId()))
                .orElseThrow(() -> new InvalidInputException("measure", "appeal.error.measureUnknown"));
    }

    /** The public words of a measure for its step: the kind, the position, the fine and the dates; never a name. */
    private String measureNote(EnforcementMeasure m) {
        Object[] args = {messages.getMessage("appeal.measure.kind." + m.getKind(), null, Today.LOCALE),
                messages.getMessage("appeal.enforced." + m.getPerson(), null, Today.LOCALE), m.getPosition(),
                m.getFineUma() == null ? 0 : m.getFineUma(),
                messages.getMessage("appeal.executor." + m.getExecutor(), null, Today.LOCALE),
                m.getNotifiedOn() == null ? "—" : Appeal.day(m.getNotifiedOn()),
                m.getExecutionDue() == null ? "—" : Appeal.day(m.getExecutionDue()),
                m.getExecutedOn() == null ? "—" : Appeal.day(m.getExecutedOn())};
        return messages.getMessage("appeal.measure.note." + m.getState(), args, Today.LOCALE);
    }

    record Context(LocalDate today, Instant now, String actor, Deadlines d) {
    }

    /** One transition of the appeal, making one step. */
    @FunctionalInterface
    interface Step {
        AppealStep on(Appeal appeal, Context context);
    }

    /** One transition of the appeal, making several steps. */
    @FunctionalInterface
    interface Steps {
        List<AppealStep> on(Appeal appeal, Context context);
    }

    /** An act of the guarantor's staff or the unit, once the policy entitles the current person to it. */
    private Appeal act(String folio, AppealAction action, Step step) {
        return actMany(folio, action, (a, c) -> List.of(step.on(a, c)));
    }

    private Appeal actMany(String folio, AppealAction action, Steps steps) {
        return run(authorised(folio, action), Remedies.actorName(), steps);
    }

    /** An act of the appellant (the signed-in account given, or the follow-up key). */
    private Appeal actAsAppellant(String folio, AppealAction action, Long accountId, String followKey, Step step) {
        return run(appellants(folio, action, accountId, followKey), null, (a, c) -> List.of(step.on(a, c)));
    }

    private Appeal run(Appeal appeal, String actor, Steps steps) {
        AccessRequest request = requestOf(appeal);
        Deadlines d = deadlines.of(appeal, request);
        record(appeal, request, steps.on(appeal, new Context(today(), now(), actor, d)));
        return appeal;
    }

    /**
     * Gives each appeal that entered compliance before the window to ask for a compliance extension was recorded
     * (marked by migration V202612157813) its last day to ask (art. 191 ¶3), on its guarantor authority's calendar
     * by the code's own rule, each written to the ledger; once (the mark is cleared). Returns how many.
     */
    @Transactional
    public int backfillExtensionWindows() {
        List<Appeal> pending = appeals.findByExtensionWindowPendingTrue();
        for (Appeal appeal : pending) {
            Deadlines d = deadlines.of(appeal, requestOf(appeal));
            LocalDate due = appeal.backfillExtensionWindow(d);
            appeals.save(appeal);
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("folio", appeal.getFolio());
            p.put("migration", "V202612157813");
            p.put("extensionAskDue", due.toString());
            p.put("basis", d.basis(org.apertura.deadlines.Term.COMPLIANCE_EXTENSION_REQUEST));
            p.put("calendarVersion", d.calendarVersion());
            ledger.append(MODULE, "appeal.extension.window", SUBJECT, appeal.getFolio(), p);
        }
        return pending.size();
    }

    // ---- the calendar ----

    /**
     * Recomputes the running deadlines of the open appeals counted on a calendar after days in [first, last]
     * were added or withdrawn, in the caller's transaction; each moved deadline is a public step (ledger and
     * mail to the requester). Returns how many appeals moved.
     */
    @Transactional
    public int recompute(String calendar, LocalDate first, LocalDate last) {
        int moved = 0;
        for (Appeal appeal : appeals.findAffected(first, last)) {
            AccessRequest request = requestOf(appeal);
            // Only the appeals counted on the changed calendar: their authority's (review 2026-12 §2.6).
            if (!calendar.equals(deadlines.calendarOf(appeal))) {
                continue;
            }
            List<AppealStep> made = appeal.recompute(deadlines.of(appeal, request), now());
            if (!made.isEmpty()) {
                record(appeal, request, made);
                moved++;
            }
        }
        return moved;
    }

    // ---- inside ----

    /** The appeal, once its policy entitles the current person (guarantor's staff or the unit) to the act. */
    private Appeal authorised(String folio, AppealAction action) {
        Appeal appeal = byFolio(folio);
        policy.entitled(Actor.current(), appeal, false).require(action);
        return appeal;
    }

    /**
     * The appeal, once its policy entitles the appellant to the act: the account given must be the one signed
     * in, and with it or with the follow-up key, the request's requester.
     */
    private Appeal appellants(String folio, AppealAction action, Long accountId, String followKey) {
        Appeal appeal = byFolio(folio);
        Remedies.requireOwnAccount(accountId);
        policy.entitled(Actor.current(), appeal, isRequester(requestOf(appeal), accountId, followKey)).require(action);
        return appeal;
    }

    private AccessRequest request(String folio) {
        return requests.byFolio(folio);
    }

    private AccessRequest requestOf(Appeal appeal) {
        return requests.byId(appeal.getRequestId());
    }

    private boolean isRequester(AccessRequest request, Long accountId, String followKey) {
        return requests.isRequester(request, accountId, followKey);
    }

    /** The account given must be the one signed in; with it or with the follow-up key, the requester. */
    private void requireRequester(AccessRequest request, Long accountId, String followKey) {
        Remedies.requireOwnAccount(accountId);
        if (!isRequester(request, accountId, followKey)) {
            throw new AccessDeniedException("only the requester");
        }
    }

    private Instant now() {
        return today.now();
    }

    private String nextFolio(Institution guarantor, LocalDate today) {
        int year = today.getYear();
        int number = folios.next(Folios.Counter.APPEALS, guarantor.getId(), year);
        return "rr-%s-%d-%04d".formatted(guarantor.getSlug(), year, number);
    }

    /**
     * Moves every open appeal whose guarantor authority no longer hears it on {@code day} to the one that does
     * (the authority assigned then, or the successor of one that ended), with a public step citing the basis
     * (the assignment's, or the succession's transitory article); returns how many moved.
     */
    @Transactional
    public int followAuthorities(LocalDate day) {
        int moved = 0;
        for (Appeal appeal : appeals.findByStageIn(OPEN)) {
            Institution against = directory.institutionById(appeal.getInstitutionId()).orElse(null);
            if (against == null) {
                continue;
            }
            Optional<org.apertura.jurisdiction.GuarantorRoute> next = directory.followFor(
                    appeal.getGuarantorInstitutionId(), against, day);
            if (next.isEmpty()) {
                continue;
            }
            Institution to = next.get().authority();
            String from = directory.institutionById(appeal.getGuarantorInstitutionId()).map(Institution::getName)
                    .orElse(appeal.getGuarantorSlug());
            AppealStep step = appeal.moveTo(to.getId(), to.getSlug(), to.getJurisdiction().getSlug(),
                    next.get().basis(), from, to.getName(), now());
            record(appeal, requestOf(appeal), List.of(step));
            moved++;
        }
        return moved;
    }

    /** Saves the steps, writes them to the ledger and tells the requester, all in the caller's transaction. */
    private void record(Appeal appeal, AccessRequest request, List<AppealStep> made) {
        // Someone acting on the same appeal at the same time: nothing of this step is kept.
        Remedies.saveOrRefuseStale(() -> appeals.saveAndFlush(appeal));
        made.get(0).noticeToTheAppellant(today(), notifyRequester(appeal, request, made.get(0)));
        for (AppealStep step : made) {
            steps.save(step);
            ledger.append(MODULE, "appeal." + step.getType().getKey(), SUBJECT, appeal.getFolio(), publicRecord(appeal, step));
        }
    }

    /** The ledger payload: public data only (never who appealed, nor their contact). */
    static Map<String, Object> publicRecord(Appeal appeal, AppealStep step) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("folio", appeal.getFolio());
        p.put("request", appeal.getRequestFolio());
        p.put("institution", appeal.getInstitutionSlug());
        p.put("guarantor", appeal.getGuarantorSlug());
        step.publicRecord(p, appeal.getStage());
        boolean filing = step.isFiling();
        if ((filing || step.getType() == AppealStepType.GUARANTOR_SUCCEEDED)
                && appeal.getGuarantorBasis() != null) {
            p.put("guarantorBasis", appeal.getGuarantorBasis());
        }
        if (filing) {
            p.put("causes", appeal.getCauseList().stream().map(Enum::name).toList());
            p.put("act", appeal.getAct().name());
        }
        if (step.getType() == AppealStepType.FORWARDED || step.getType() == AppealStepType.FORWARDED_LATE) {
            // Art. 144 ¶2: when the unit received it, when it was due to forward it, when it did.
            p.put("writtenOn", appeal.getWrittenOn().toString());
            p.put("forwardDue", appeal.getForwardDue().toString());
            p.put("forwardedOn", appeal.getForwardedOn().toString());
        }
        if (step.getType() == AppealStepType.COMPLIANCE_REPORTED && appeal.getReportDue() != null) {
            // Art. 156 ¶2: the last day to report compliance, and whether the report came by it.
            p.put("reportDue", appeal.getReportDue().toString());
            p.put("reportedOnTime", appeal.getReportedOnTime());
        }
        if (appeal.getResolution() != null) {
            p.put("resolution", appeal.getResolution().name());
        }
        Remedies.putNotice(p, step);
        return p;
    }

    /** E-mails the step to the requester; an act the law counts from carries its notice. Whether it was mailed. */
    private boolean notifyRequester(Appeal appeal, AccessRequest request, AppealStep step) {
        Remedies.StepMail mail = Remedies.StepMail.of(messages, "appeal", appeal.getFolio(), step, appeal.getStage(),
                baseUrl + "/recursos/" + appeal.getFolio());
        String body = mail.body();
        if (step.isNotifiedToTheAppellant()) {
            LocalDate due = step.getType() == AppealStepType.ADMITTED ? appeal.getAllegationsDue() : step.getDueDate();
            body += "\n\n" + messages.getMessage("appeal.mail.notice." + step.getType().getKey(), new Object[] {
                    Appeal.day(today()), due == null ? "—" : Appeal.day(due), step.getBasis(),
                    step.getNote() == null ? "" : step.getNote()}, Today.LOCALE);
        }
        return requests.mailRequester(request, mail.subject(), body);
    }
}
