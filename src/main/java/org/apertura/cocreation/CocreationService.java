package org.apertura.cocreation;

import org.apertura.platform.PlatformProperties;
import org.apertura.platform.Texts;
import org.apertura.platform.security.Actor;
import org.apertura.platform.security.Allowed;
import org.apertura.platform.time.Today;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apertura.actionplan.ActionPlan;
import org.apertura.platform.kits.Adaptation;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.actionplan.Commitment;
import org.apertura.actionplan.Exercise;
import org.apertura.jurisdiction.Jurisdiction;
import org.apertura.jurisdiction.JurisdictionLevel;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.items.CallInputs;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.security.PublicActor;
import org.apertura.platform.storage.FileTypes;
import org.apertura.platform.storage.Storage;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases of co-creation. Everyone reads. Anyone signed in proposes (when the call lets them), supports
 * within the call's dates and limit, and comments; the secretariat's members and coordinator enter proposals
 * from other channels as facilitators; the coordinator runs calls and working tables, hides comments with a
 * reason and gives every proposal its disposition. Every public change goes to the ledger.
 */
@Service
@Transactional(readOnly = true)
public class CocreationService {

    static final String MODULE = "cocreation";
    /** The public name of someone who proposed at a workshop or by phone without giving one. */
    static final String ANONYMOUS = "Persona participante";

    private final CallRepository calls;
    private final ProposalRepository proposals;
    private final ProposalVersionRepository versions;
    private final WorkingTableRepository tables;
    private final Supports supports;
    private final ActionPlanService plans;
    private final JurisdictionService jurisdictions;
    private final LedgerService ledger;
    private final Storage storage;
    private final Today today;
    private final long maxBytes;
    private final CallPolicy policy;
    private final org.springframework.beans.factory.ObjectProvider<CallInputs> inputs;

    CocreationService(CallRepository calls, ProposalRepository proposals, ProposalVersionRepository versions,
            WorkingTableRepository tables, Supports supports,
            ActionPlanService plans,
            JurisdictionService jurisdictions, LedgerService ledger, Storage storage, Today today, CallPolicy policy,
            PlatformProperties settings,
            org.springframework.beans.factory.ObjectProvider<CallInputs> inputs) {
        this.inputs = inputs;
        this.policy = policy;
        this.calls = calls;
        this.proposals = proposals;
        this.versions = versions;
        this.tables = tables;
        this.supports = supports;
        this.plans = plans;
        this.jurisdictions = jurisdictions;
        this.ledger = ledger;
        this.storage = storage;
        this.today = today;
        this.maxBytes = settings.evidence().maxBytes();
    }

    // ---- reading

    /** The published calls (drafts are nobody's to read but those who run their exercise, ADR 0061). */
    public List<Call> calls() {
        return calls.findAllByOrderBySubmissionOpensDesc().stream().filter(c -> !c.isDraft()).toList();
    }

    /** The published calls of an exercise. */
    public List<Call> callsOf(Exercise exercise) {
        return calls.findByExerciseIdOrderBySubmissionOpensAsc(exercise.getId()).stream().filter(c -> !c.isDraft())
                .toList();
    }

    /** The calls of an exercise the current person sees: the published ones, and the drafts if they run it. */
    public List<Call> callsSeenIn(Exercise exercise) {
        boolean running = allowedOn(exercise).may(CallAction.EDIT_CALL);
        return calls.findByExerciseIdOrderBySubmissionOpensAsc(exercise.getId()).stream()
                .filter(c -> running || !c.isDraft()).toList();
    }

    /** The drafts of calls the current person may publish, in every exercise. */
    public List<Call> myDrafts() {
        Map<Long, Boolean> running = new java.util.HashMap<>();
        return calls.findAllByOrderBySubmissionOpensDesc().stream().filter(Call::isDraft)
                .filter(c -> running.computeIfAbsent(c.getExerciseId(), id -> allowedOn(c).may(CallAction.EDIT_CALL)))
                .toList();
    }

    /** A call by its address; a draft is found only by those who run its exercise (a 404 to everyone else). */
    public Call call(String slug) {
        return calls.findBySlug(slug).filter(c -> !c.isDraft() || allowedOn(c).may(CallAction.EDIT_CALL))
                .orElseThrow(() -> new NotFoundException("call " + slug));
    }

    public Exercise exercise(String slug) {
        return plans.exercise(slug);
    }

    public Call callOf(Proposal proposal) {
        return calls.findById(proposal.getCallId()).orElseThrow();
    }

    public Exercise exerciseOf(Call call) {
        return plans.exercises().stream().filter(e -> e.getId().equals(call.getExerciseId())).findFirst().orElseThrow();
    }

    public List<Proposal> proposals(Call call) {
        return proposals.findByCallIdOrderByNumberAsc(call.getId());
    }

    public Proposal proposal(Long id) {
        return proposals.findById(id).orElseThrow(() -> new NotFoundException("proposal " + id));
    }

    public Map<Long, Long> supportCounts(Call call) {
        return supports.counts(call.getId());
    }

    public long supportCount(Proposal proposal) {
        return supports.count(proposal.getId());
    }

    public List<ProposalVersion> versions(Proposal proposal) {
        return versions.findByProposalIdOrderByNumberDesc(proposal.getId());
    }

    public List<WorkingTable> tables(Call call) {
        return tables.findByCallIdOrderByNumberAsc(call.getId());
    }

    public WorkingTable table(Long id) {
        return tables.findById(id).orElseThrow(() -> new NotFoundException("working table " + id));
    }

    public Call callOf(WorkingTable table) {
        return calls.findById(table.getCallId()).orElseThrow();
    }

    public List<WorkingTable> tablesTakingUp(Proposal proposal) {
        return tables.findTakingUp(proposal.getId());
    }

    /** The proposals whose disposition says they fed a commitment. */
    public List<Proposal> feeding(Commitment commitment) {
        return proposals.findFeeding(commitment.getId());
    }

    /** The proposals of a call that still have no disposition. */
    public List<Proposal> undisposed(Call call) {
        return proposals(call).stream().filter(p -> !p.hasDisposition()).toList();
    }

    /** The commitments of the exercise's plans, which dispositions and tables may name. */
    public List<Commitment> commitmentsOf(Call call) {
        return plans.plans(exerciseOf(call)).stream().flatMap(p -> plans.commitments(p).stream()).toList();
    }

    /** The municipalities a proposal may name: those of the exercise's jurisdiction. */
    public List<Jurisdiction> places(Call call) {
        Jurisdiction home = jurisdictions.byId(exerciseOf(call).getJurisdictionId()).orElseThrow();
        return home.getLevel() == JurisdictionLevel.MUNICIPALITY ? List.of(home) : jurisdictions.childrenOf(home);
    }

    public Optional<byte[]> original(Proposal proposal) {
        return proposal.hasOriginal() ? storage.read(proposal.getOriginalSha256()) : Optional.empty();
    }

    public LocalDate today() {
        return today.date();
    }

    /** The person's supports in a call: how many used and which proposals. */
    public record MySupports(int used, int limit, Set<Long> proposals) {

        public int left() {
            return Math.max(0, limit - used);
        }
    }

    public Optional<MySupports> mySupports(Call call) {
        return PublicActor.current().map(a -> new MySupports(supports.used(call.getId(), a.accountId()),
                call.getSupportsPerPerson(), supports.supportedBy(call.getId(), a.accountId())));
    }

    int mySupportCount(Call call, Long accountId) {
        return supports.used(call.getId(), accountId);
    }

    /** What the current person may do in the exercise's calls, as CallPolicy says. */
    public Allowed<CallAction> allowedOn(Exercise exercise) {
        return policy.entitled(Actor.current(), plans.bodyOf(exercise).getSlug());
    }

    /** What the current person may do in the call now, as CallPolicy says (publish: only a draft). */
    public Allowed<CallAction> allowedOn(Call call) {
        return policy.onCall(Actor.current(), plans.bodyOf(exerciseOf(call)).getSlug(), call);
    }

    /** What the current person may do on the proposal now (their own: edit it while the call lets them). */
    public Allowed<CallAction> allowedOn(Proposal proposal) {
        Call call = callOf(proposal);
        Long account = PublicActor.currentId();
        return policy.onProposal(Actor.current(), plans.bodyOf(exerciseOf(call)).getSlug(), account, proposal, call,
                today());
    }

    /** Refuses unless the current person may do the act in the exercise's calls (e.g. to open its form). */
    public void require(Exercise exercise, CallAction action) {
        allowedOn(exercise).require(action);
    }

    // ---- calls

    /**
     * A call created and published at once ({@code call.created}), with whatever dates its terms give (the demo and
     * fixtures create past calls through this); people's forms write drafts ({@link #draftCall}).
     */
    @Transactional
    public Call createCall(String exerciseSlug, Call.Terms terms) {
        Call call = create(exerciseSlug, terms, null, null);
        call.publish(now());
        published(call);
        return call;
    }

    /**
     * A draft call (ADR 0061): only those who run the exercise see it, edit it and publish it; nothing goes to the
     * ledger until it is published. {@code problemSelection}: the key of a counted problem selection of the exercise
     * to link when it is published ({@link CallInputs}), or null.
     */
    @Transactional
    public Call draftCall(String exerciseSlug, Call.Terms terms, String problemSelection) {
        return create(exerciseSlug, terms, null, problemSelection);
    }

    /**
     * A call adapted from another government's kit (issue 18, docs/KITS.md): a draft of the exercise (ADR 0061), by
     * those who may create one, with the terms the importer adapted; it keeps the kit's attribution, shown on its
     * page, and when it is published the ledger's {@code call.imported} entry publishes it as {@code adaptedFrom}.
     */
    @Transactional
    public Call importCall(String exerciseSlug, Call.Terms terms, Adaptation origin) {
        return create(exerciseSlug, terms, origin, null);
    }

    /**
     * Publishes a draft (ADR 0061): those who run the exercise, once its terms pass every check and its proposals have
     * not closed; writes {@code call.created} (or {@code call.imported} with {@code adaptedFrom} for a kit's) and links
     * the problem selection chosen in the draft. Any refusal publishes nothing.
     */
    @Transactional
    public Call publish(String slug) {
        Call call = call(slug);
        require(exerciseOf(call), CallAction.PUBLISH_CALL);
        InvalidInputException.throwIfAny(call.publishRefused(today()));
        call.publish(now());
        calls.flush();
        published(call);
        if (call.getProblemSelection() != null) {
            CallInputs feeding = inputs.getIfAvailable();
            if (feeding == null || feeding.choice(call.getProblemSelection()).isEmpty()) {
                throw new InvalidInputException("problemSelection", "cocreation.validation.problemSelection");
            }
            feeding.feed(call.getProblemSelection(), call.getSlug());
        }
        return call;
    }

    private void published(Call call) {
        ledger.append(MODULE, call.getAdaptation() == null ? "call.created" : "call.imported", "call", call.getId(),
                publicRecord(call));
    }

    /** The counted problem selections the current person may choose in a draft of this exercise (ADR 0061). */
    public List<CallInputs.Choice> problemSelections(Exercise exercise) {
        CallInputs feeding = inputs.getIfAvailable();
        return feeding == null ? List.of() : feeding.choices(exercise.getId());
    }

    /** The problem selection chosen in a draft, as its owner names it, or empty. */
    public Optional<CallInputs.Choice> problemSelectionOf(Call call) {
        CallInputs feeding = inputs.getIfAvailable();
        return call.getProblemSelection() == null || feeding == null ? Optional.empty()
                : feeding.choice(call.getProblemSelection());
    }

    private void checkProblemSelection(Exercise exercise, String key, List<FieldProblem> problems) {
        if (key != null && !key.isBlank()
                && problemSelections(exercise).stream().noneMatch(c -> c.key().equals(key.strip()))) {
            problems.add(new FieldProblem("problemSelection", "cocreation.validation.problemSelection"));
        }
    }

    private Call create(String exerciseSlug, Call.Terms terms, Adaptation origin, String problemSelection) {
        Exercise exercise = plans.exercise(exerciseSlug);
        require(exercise, CallAction.CREATE_CALL);
        List<FieldProblem> problems = new ArrayList<>(terms.check());
        if (terms.slug() != null && calls.existsBySlug(terms.slug().strip())) {
            problems.add(new FieldProblem("slug", "validation.slug.taken"));
        }
        checkProblemSelection(exercise, problemSelection, problems);
        InvalidInputException.throwIfAny(problems);
        Call call = new Call(exercise.getId(), terms, now());
        if (origin != null) {
            call.adaptedFrom(origin);
        }
        call.chooseProblemSelection(problemSelection);
        calls.save(call);
        return call;
    }

    @Transactional
    public Call updateCall(String slug, Call.Terms terms) {
        return updateCall(slug, terms, null);
    }

    /**
     * Changes a call's terms; a draft's also its problem selection (a published call's stays as it is). Only a
     * published call's change goes to the ledger ({@code call.changed}).
     */
    @Transactional
    public Call updateCall(String slug, Call.Terms terms, String problemSelection) {
        Call call = call(slug);
        require(exerciseOf(call), CallAction.EDIT_CALL);
        List<FieldProblem> problems = new ArrayList<>(new Call.Terms(call.getSlug(), terms.title(),
                terms.description(), terms.themes(), terms.submissionOpens(), terms.submissionCloses(),
                terms.supportOpens(), terms.supportCloses(), terms.proposers(), terms.supportsPerPerson(),
                terms.tableThreshold()).check());
        if (call.isDraft() && !java.util.Objects.equals(Texts.blankToNull(problemSelection), call.getProblemSelection())) {
            checkProblemSelection(exerciseOf(call), problemSelection, problems);
        }
        InvalidInputException.throwIfAny(problems);
        call.apply(terms);
        if (call.isDraft()) {
            call.chooseProblemSelection(problemSelection);
        } else {
            ledger.append(MODULE, "call.changed", "call", call.getId(), publicRecord(call));
        }
        return call;
    }

    // ---- proposals

    @Transactional
    public Proposal propose(String callSlug, Proposal.Text text) {
        PublicActor actor = signedIn();
        return propose(call(callSlug), text, actor.accountId(), actor.displayName(), today());
    }

    /** Files an online proposal on a given day (the demo files past proposals through this). */
    Proposal propose(Call call, Proposal.Text text, Long accountId, String displayName, LocalDate day) {
        if (call.getProposers() == Call.Proposers.FACILITATORS) {
            throw new InvalidInputException("title", "cocreation.error.facilitatorsOnly");
        }
        if (!call.acceptsProposalsOn(day)) {
            throw new InvalidInputException("title", "cocreation.error.callClosed", call.getSubmissionOpens(),
                    call.getSubmissionCloses());
        }
        InvalidInputException.throwIfAny(checkText(call, text));
        Proposal proposal = proposals.save(Proposal.online(call, proposals.maxNumber(call.getId()) + 1, text,
                accountId, displayName, day, now()));
        received(call, proposal);
        return proposal;
    }

    /** A facilitator enters a proposal received in person or remotely, optionally with a scan of the original. */
    @Transactional
    public Proposal enter(String callSlug, Proposal.Text text, Proposal.Intake intake, String fileName, byte[] original) {
        Call call = call(callSlug);
        require(exerciseOf(call), CallAction.ENTER_PROPOSAL);
        if (call.isDraft()) {
            throw new InvalidInputException("title", "cocreation.error.draft");
        }
        PublicActor actor = signedIn();
        List<FieldProblem> problems = new ArrayList<>(checkText(call, text));
        problems.addAll(intake.check(call, today()));
        String type = null;
        if (original != null && original.length > 0) {
            if (original.length > maxBytes) {
                problems.add(new FieldProblem("original", "cocreation.validation.originalSize", maxBytes / (1024 * 1024)));
            } else {
                type = FileTypes.detect(original, fileName).filter(t -> t.equals("application/pdf") || t.startsWith("image/"))
                        .orElse(null);
                if (type == null) {
                    problems.add(new FieldProblem("original", "cocreation.validation.originalType"));
                }
            }
        }
        InvalidInputException.throwIfAny(problems);
        Proposal proposal = Proposal.facilitated(call, proposals.maxNumber(call.getId()) + 1, text, intake,
                actor.accountId(), actor.displayName(), ANONYMOUS, now());
        if (type != null) {
            proposal.attachOriginal(storage.store(original), org.apertura.platform.storage.FileNames.safe(fileName, "original"), type, original.length);
        }
        proposal = proposals.save(proposal);
        received(call, proposal);
        return proposal;
    }

    private void received(Call call, Proposal proposal) {
        Map<String, Object> record = publicRecord(proposal);
        record.put("call", call.getSlug());
        ledger.append(MODULE, "proposal.received", "proposal", proposal.getId(), record);
    }

    /** The author edits a proposal while the call is open; once supported, the earlier text stays visible. */
    @Transactional
    public Proposal edit(Long id, Proposal.Text text) {
        Proposal proposal = proposal(id);
        PublicActor actor = signedIn();
        if (!proposal.isAuthor(actor.accountId())) {
            throw new AccessDeniedException("not the author");
        }
        Call call = callOf(proposal);
        InvalidInputException.throwIf(proposal.editRefused(call, today()));
        InvalidInputException.throwIfAny(checkText(call, text));
        long count = supports.count(id);
        if (count > 0) {
            versions.save(new ProposalVersion(proposal, (int) versions.countByProposalId(id) + 1, (int) count, now()));
        }
        proposal.edit(text, now());
        ledger.append(MODULE, "proposal.edited", "proposal", proposal.getId(), publicRecord(proposal));
        return proposal;
    }

    private List<FieldProblem> checkText(Call call, Proposal.Text text) {
        List<FieldProblem> problems = new ArrayList<>(text.check());
        if (text.municipalitySlug() != null && !text.municipalitySlug().isBlank()
                && places(call).stream().noneMatch(j -> j.getSlug().equals(text.municipalitySlug()))) {
            problems.add(new FieldProblem("municipalitySlug", "cocreation.validation.municipality"));
        }
        return problems;
    }

    // ---- supports

    @Transactional
    public void support(Long proposalId) {
        support(proposalId, signedIn().accountId(), today());
    }

    /** Supports on a given day (the demo supports in the past through this). Reads only what a support needs. */
    void support(Long proposalId, Long accountId, LocalDate day) {
        Supports.Terms terms = supports.terms(proposalId).orElseThrow(() -> new NotFoundException("proposal " + proposalId));
        if (!terms.openOn(day)) {
            throw new InvalidInputException("support", "cocreation.error.supportClosed", terms.opens(), terms.closes());
        }
        supports.add(terms, proposalId, accountId, now());
    }

    @Transactional
    public void withdraw(Long proposalId) {
        Long account = signedIn().accountId();
        Proposal proposal = proposal(proposalId);
        Call call = callOf(proposal);
        if (!call.acceptsSupportsOn(today())) {
            throw new InvalidInputException("support", "cocreation.error.withdrawClosed");
        }
        supports.withdraw(call, proposal, account);
    }

    /**
     * Writes the support counts that changed since the last tally to the ledger, one entry per call: who
     * supported what stays private, the counts become part of the verifiable public history.
     */
    @Transactional
    public int tallySupports() {
        int written = 0;
        for (Call call : calls.findAll()) {
            Map<Long, Long> counts = supports.counts(call.getId());
            Map<String, Object> changed = new LinkedHashMap<>();
            for (Proposal p : proposals(call)) {
                int count = counts.getOrDefault(p.getId(), 0L).intValue();
                if (count != p.getTalliedSupports()) {
                    p.tallied(count);
                    changed.put(String.valueOf(p.getNumber()), count);
                }
            }
            if (!changed.isEmpty()) {
                ledger.append(MODULE, "supports.tallied", "call", call.getId(), Map.of("call", call.getSlug(),
                        "supportsByProposalNumber", changed));
                written++;
            }
        }
        return written;
    }

    /** The account that wrote a proposal online, if one did (to link its author's public profile). */
    public Optional<Long> onlineAuthorOf(Proposal proposal) {
        return Optional.ofNullable(proposal.getAuthorAccountId());
    }

    // ---- moderation (the queue is the comment engine's; ProposalComments says who moderates)

    /** Whether the person moderates the comments of some exercise's calls (the queue is theirs). */
    public boolean moderates(Actor actor) {
        return plans.exercises().stream()
                .anyMatch(e -> policy.entitled(actor, plans.bodyOf(e).getSlug()).may(CallAction.HIDE_COMMENT));
    }

    // ---- working tables and dispositions

    @Transactional
    public WorkingTable recordTable(String callSlug, WorkingTable.Record record) {
        Call call = call(callSlug);
        require(exerciseOf(call), CallAction.RECORD_TABLE);
        if (call.isDraft()) {
            throw new InvalidInputException("title", "cocreation.error.draft");
        }
        checkLinks(call, record.proposalIds(), record.commitmentIds());
        WorkingTable table = tables.save(new WorkingTable(call.getId(), tables.maxNumber(call.getId()) + 1, record, now()));
        ledger.append(MODULE, "table.recorded", "working-table", table.getId(), publicRecord(table));
        return table;
    }

    @Transactional
    public WorkingTable updateTable(Long id, WorkingTable.Record record) {
        WorkingTable table = table(id);
        Call call = callOf(table);
        require(exerciseOf(call), CallAction.EDIT_TABLE);
        checkLinks(call, record.proposalIds(), record.commitmentIds());
        table.apply(record);
        ledger.append(MODULE, "table.changed", "working-table", table.getId(), publicRecord(table));
        return table;
    }

    private void checkLinks(Call call, Set<Long> proposalIds, Set<Long> commitmentIds) {
        Set<Long> ofCall = proposals(call).stream().map(Proposal::getId).collect(Collectors.toSet());
        if (proposalIds != null && !ofCall.containsAll(proposalIds)) {
            throw new InvalidInputException("proposalIds", "cocreation.validation.proposalsOfCall");
        }
        Set<Long> commitments = commitmentsOf(call).stream().map(Commitment::getId).collect(Collectors.toSet());
        if (commitmentIds != null && !commitments.containsAll(commitmentIds)) {
            throw new InvalidInputException("commitments", "cocreation.validation.commitmentsOfExercise");
        }
    }

    @Transactional
    public Proposal dispose(Long proposalId, Disposition disposition, String reason, Set<Long> commitmentIds) {
        Proposal proposal = proposal(proposalId);
        Call call = callOf(proposal);
        require(exerciseOf(call), CallAction.DISPOSE);
        checkLinks(call, null, commitmentIds);
        proposal.dispose(disposition, reason, commitmentIds, signedIn().displayName(), now());
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("proposal", proposal.getNumber());
        record.put("call", call.getSlug());
        record.put("disposition", disposition.name());
        record.put("reason", proposal.getDispositionReason());
        record.put("commitments", commitmentsOf(call).stream().filter(c -> proposal.getCommitmentIds().contains(c.getId()))
                .map(Commitment::getCode).toList());
        record.put("by", proposal.getDisposedBy());
        ledger.append(MODULE, "proposal.disposed", "proposal", proposal.getId(), record);
        return proposal;
    }

    /** What blocks approving a plan: proposals of its exercise's calls that have no disposition yet. */
    public List<Proposal> undisposedFor(ActionPlan plan) {
        Exercise exercise = plans.exerciseOf(plan);
        return callsOf(exercise).stream().flatMap(c -> undisposed(c).stream()).toList();
    }

    // ---- helpers

    private static PublicActor signedIn() {
        return PublicActor.current().orElseThrow(() -> new AccessDeniedException("sign in"));
    }

    private Instant now() {
        return today.now();
    }

    static Map<String, Object> publicRecord(Call call) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("slug", call.getSlug());
        record.put("title", call.getTitle());
        record.put("themes", call.getThemes().stream().map(Enum::name).sorted().toList());
        record.put("submission", call.getSubmissionOpens() + "/" + call.getSubmissionCloses());
        record.put("supports", call.getSupportOpens() + "/" + call.getSupportCloses());
        record.put("proposers", call.getProposers().name());
        record.put("supportsPerPerson", call.getSupportsPerPerson());
        record.put("tableThreshold", call.getTableThreshold());
        if (call.getAdaptation() != null) {
            record.put("adaptedFrom", call.getAdaptation().publicRecord());
        }
        return record;
    }

    static Map<String, Object> publicRecord(Proposal p) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("number", p.getNumber());
        record.put("title", p.getTitle());
        record.put("problem", p.getProblem());
        record.put("proposal", p.getProposal());
        record.put("themes", p.getThemes().stream().map(Enum::name).sorted().toList());
        record.put("channel", p.getChannel().name());
        record.put("receivedOn", p.getReceivedOn().toString());
        record.put("author", p.getAuthorName());
        if (p.getOriginalSha256() != null) {
            record.put("originalSha256", p.getOriginalSha256());
        }
        return record;
    }

    static Map<String, Object> publicRecord(WorkingTable t) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("number", t.getNumber());
        record.put("title", t.getTitle());
        record.put("heldAt", t.getHeldAt().toString());
        record.put("participants", t.getParticipants().entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().name(), Map.Entry::getValue)));
        record.put("proposals", t.getProposalIds().size());
        record.put("commitments", t.getCommitmentIds().size());
        return record;
    }
}
