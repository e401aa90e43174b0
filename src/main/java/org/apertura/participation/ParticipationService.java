package org.apertura.participation;

import org.apertura.platform.PlatformProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.actionplan.Commitment;
import org.apertura.actionplan.Drafts.MilestoneDraft;
import org.apertura.actionplan.Evidence;
import org.apertura.actionplan.EvidenceService;
import org.apertura.actionplan.Milestone;
import org.apertura.actionplan.Exercise;
import org.apertura.identity.KeyedHashes;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.Slugs;
import org.apertura.platform.Texts;
import org.apertura.platform.intake.Channel;
import org.apertura.platform.security.Actor;
import org.apertura.platform.security.Allowed;
import org.apertura.platform.security.PublicActor;
import org.apertura.platform.storage.Storage;
import org.apertura.platform.time.Today;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases of participatory budgeting. Everyone reads processes, projects, their reviews and the results. Anyone
 * signed in proposes projects while proposals are open, declares where they live with their CURP (kept only as a
 * keyed hash) to become a verified voter, and fills or changes their ballot while the vote is open; the secretariat's
 * people register ballots cast in person; those who run the exercise configure processes, review projects and publish
 * the results. Bad input changes nothing; every public change goes to the ledger, with counts, never with who voted
 * for what.
 */
@Service
@Transactional(readOnly = true)
public class ParticipationService {

    static final String MODULE = "participation";
    /** The purpose of the server key CURPs are hashed with. */
    static final String CURP_KEY = "pb-curp";

    private final BudgetProcessRepository processes;
    private final BudgetDistrictRepository districts;
    private final BudgetProjectRepository projects;
    private final Ballots ballots;
    private final BudgetSupports supports;
    private final TableTallies tables;
    private final ActionPlanService plans;
    private final EvidenceService evidence;
    private final org.apertura.platform.media.PlaceBounds bounds;
    private final ParticipationPolicy policy;
    private final KeyedHashes hashes;
    private final LedgerService ledger;
    private final Storage storage;
    private final Today today;
    private final JdbcClient jdbc;
    private final long maxBytes;

    ParticipationService(BudgetProcessRepository processes, BudgetDistrictRepository districts,
            BudgetProjectRepository projects, Ballots ballots, BudgetSupports supports, TableTallies tables, ActionPlanService plans, ParticipationPolicy policy,
            KeyedHashes hashes, LedgerService ledger, Storage storage, Today today, JdbcClient jdbc,
            PlatformProperties settings, EvidenceService evidence, org.apertura.platform.media.PlaceBounds bounds) {
        this.evidence = evidence;
        this.bounds = bounds;
        this.processes = processes;
        this.districts = districts;
        this.projects = projects;
        this.ballots = ballots;
        this.supports = supports;
        this.tables = tables;
        this.plans = plans;
        this.policy = policy;
        this.hashes = hashes;
        this.ledger = ledger;
        this.storage = storage;
        this.today = today;
        this.jdbc = jdbc;
        this.maxBytes = settings.evidence().maxBytes();
    }

    // ---- reading

    public List<BudgetProcess> processes() {
        return processes.findAllByOrderByVotingFromDesc();
    }

    public List<BudgetProcess> processesOf(Exercise exercise) {
        return processes.findByExerciseIdOrderByVotingFromAsc(exercise.getId());
    }

    public BudgetProcess process(String slug) {
        return processes.findBySlug(slug).orElseThrow(() -> new NotFoundException("budget process " + slug));
    }

    BudgetProcess processById(Long id) {
        return processes.findById(id).orElseThrow(() -> new NotFoundException("budget process " + id));
    }

    public Exercise exerciseOf(BudgetProcess process) {
        return plans.exercises().stream().filter(e -> e.getId().equals(process.getExerciseId())).findFirst()
                .orElseThrow();
    }

    public Exercise exercise(String slug) {
        return plans.exercise(slug);
    }

    /** The exercise of a standalone consultation (ADR 0054). */
    public Exercise exerciseOf(Consultation consultation) {
        return plans.exercises().stream().filter(e -> e.getId().equals(consultation.getExerciseId())).findFirst()
                .orElseThrow();
    }

    /** The exercise with this slug, if there is one (a form's choice, checked rather than trusted). */
    public Optional<Exercise> exerciseNamed(String slug) {
        return slug == null ? Optional.empty()
                : plans.exercises().stream().filter(e -> e.getSlug().equals(slug.strip())).findFirst();
    }

    /** The exercises whose processes and consultations the current person may configure (they run them). */
    public List<Exercise> exercisesToConfigure() {
        return plans.exercises().stream().filter(e -> allowedOn(e).may(BudgetAction.CONFIGURE)).toList();
    }

    /** The secretariat that runs the exercise (whose people the policy entitles). */
    String secretariatOf(Exercise exercise) {
        return plans.secretariatOf(exercise);
    }

    /** A standalone consultation's own districts (ADR 0054), in their order. */
    List<BudgetDistrict> districtsOf(Consultation consultation) {
        return districts.findByConsultationIdOrderByPositionAsc(consultation.getId());
    }

    BudgetDistrict saveDistrict(BudgetDistrict district) {
        return districts.save(district);
    }

    public List<BudgetDistrict> districts(BudgetProcess process) {
        return districts.findByProcessIdOrderByPositionAsc(process.getId());
    }

    public List<BudgetProject> projects(BudgetProcess process) {
        return projects.findByProcessIdOrderByNumberAsc(process.getId());
    }

    public BudgetProject project(BudgetProcess process, int number) {
        return projects.findByProcessIdAndNumber(process.getId(), number)
                .orElseThrow(() -> new NotFoundException("project " + number + " of " + process.getSlug()));
    }

    public LocalDate today() {
        return today.date();
    }

    public BudgetPhase phase(BudgetProcess process) {
        return process.phaseOn(today());
    }

    /** Ballots cast so far per channel (a count, never who). */
    public Map<Channel, Long> ballotCounts(BudgetProcess process) {
        return ballots.countByChannel(process.getId());
    }

    /** What the current person may do in the exercise's processes, as ParticipationPolicy says. */
    public Allowed<BudgetAction> allowedOn(Exercise exercise) {
        return policy.entitled(Actor.current(), plans.secretariatOf(exercise));
    }

    /** What the current person may do in the process today (entitled, and the phase lets it): what pages offer. */
    public Allowed<BudgetAction> allowedOn(BudgetProcess process) {
        return policy.onProcess(Actor.current(), plans.secretariatOf(exerciseOf(process)), process, today());
    }

    /** The secretariat that runs the process's exercise (whose people the policy entitles). */
    String secretariatOf(BudgetProcess process) {
        return plans.secretariatOf(exerciseOf(process));
    }

    /** Why the process takes no comments today (outside proposals to the vote), or empty. */
    Optional<org.apertura.platform.FieldProblem> whyNoComments(BudgetProcess process) {
        return process.commentRefused(today());
    }

    /** The name of the secretariat that runs the process's exercise: official comments are signed with it. */
    String secretariatNameOf(BudgetProcess process) {
        return plans.secretariatNameOf(exerciseOf(process));
    }

    /** Whether the person moderates some process's comments and debates (the comment engine's queue is theirs). */
    boolean moderates(Actor actor) {
        return plans.exercises().stream()
                .anyMatch(e -> policy.entitled(actor, plans.secretariatOf(e)).may(BudgetAction.MODERATE));
    }

    /** What the current person is entitled to in the process whatever the day (services require it). */
    public Allowed<BudgetAction> entitledOn(BudgetProcess process) {
        return allowedOn(exerciseOf(process));
    }

    /** The current person's standing in a process: whether they are a verified voter, where, and their ballot. */
    public record MyVote(BudgetDistrict district, Channel channel, List<Long> choices) {

        public boolean hasBallot() {
            return !choices.isEmpty();
        }
    }

    public Optional<MyVote> myVote(BudgetProcess process) {
        return PublicActor.current().flatMap(a -> ballots.voterOf(process.getId(), a.accountId()))
                .map(v -> new MyVote(districts.findById(v.districtId()).orElseThrow(), v.channel(),
                        ballots.choicesOf(v.id())));
    }

    // ---- configuring

    @Transactional
    public BudgetProcess create(String exerciseSlug, BudgetProcess.Terms terms) {
        Exercise exercise = plans.exercise(exerciseSlug);
        allowedOn(exercise).require(BudgetAction.CONFIGURE);
        List<FieldProblem> problems = new ArrayList<>(terms.check());
        if (terms.slug() != null && processes.existsBySlug(terms.slug().strip())) {
            problems.add(new FieldProblem("slug", "validation.slug.taken"));
        }
        InvalidInputException.throwIfAny(problems);
        BudgetProcess process = processes.save(new BudgetProcess(exercise.getId(), terms, now()));
        List<BudgetProcess.DistrictTerms> given = terms.districts() == null || terms.districts().isEmpty()
                ? List.of(new BudgetProcess.DistrictTerms(exercise.getName(), terms.amount())) : terms.districts();
        int position = 0;
        for (BudgetProcess.DistrictTerms d : given) {
            districts.save(new BudgetDistrict(process.getId(), ++position, Slugs.of(d.name()), d.name().strip(),
                    d.amount()));
        }
        ledger.append(MODULE, "pb.created", "pb-process", process.getId(), publicRecord(process, districts(process)));
        return process;
    }

    // ---- projects

    /** What is wrong with proposing this text in the process today (the phase, the text, the district). */
    List<FieldProblem> proposalProblems(BudgetProcess process, BudgetProject.Text text) {
        List<FieldProblem> problems = new ArrayList<>();
        process.proposalRefused(today()).ifPresent(problems::add);
        List<FieldProblem> textProblems = text.check();
        problems.addAll(textProblems);
        if (textProblems.stream().noneMatch(p -> "latitude".equals(p.field()))) {
            // within Mexico and, when the exercise's jurisdiction has a box, within it (ADR 0080, 0084)
            org.apertura.platform.media.GeoPoint.of(text.latitude(), text.longitude(), "latitude",
                    bounds.of(exerciseOf(process).getJurisdictionId())).problem().ifPresent(problems::add);
        }
        if (!Texts.isBlank(text.districtSlug()) && districtOf(process, text.districtSlug()).isEmpty()) {
            problems.add(new FieldProblem("districtSlug", "participation.validation.district"));
        }
        return problems;
    }

    /**
     * A person proposes a project while proposals are open (its pictures and documents: {@link ProjectMedia}, which
     * files a project with its picture through here).
     */
    @Transactional
    BudgetProject propose(BudgetProcess process, BudgetProject.Text text, Long accountId) {
        InvalidInputException.throwIfAny(proposalProblems(process, text));
        BudgetDistrict district = districtOf(process, text.districtSlug()).orElseThrow();
        BudgetProject project = projects.save(new BudgetProject(process, district,
                projects.maxNumber(process.getId()) + 1, text, Channel.ONLINE, accountId, now()));
        ledger.append(MODULE, "pb.project.proposed", "pb-process", process.getId(), publicRecord(project, district));
        return project;
    }

    /** The institution's review of a project: public report, and the public cost when it is feasible. */
    @Transactional
    public BudgetProject review(String slug, int number, BudgetProject.Review review) {
        BudgetProcess process = process(slug);
        entitledOn(process).require(BudgetAction.REVIEW);
        BudgetProject project = project(process, number);
        List<FieldProblem> problems = new ArrayList<>();
        process.reviewRefused(today()).ifPresent(problems::add);
        long supported = supports.count(project.getId());
        project.reviewRefused(process, supported).ifPresent(problems::add);
        problems.addAll(review.check());
        InvalidInputException.throwIfAny(problems);
        if (project.reaches(process, supported)) {
            // supports that crossed the threshold together may each have missed it: the review records it, once
            if (supports.markSelected(project.getId(), now())) {
                selected(process, project, supported);
            }
            project.selected(now());
        }
        project.review(review, now());
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("process", process.getSlug());
        record.put("project", project.getNumber());
        record.put("status", project.getStatus().name());
        record.put("report", project.getFeasibilityReport());
        record.put("cost", project.getCost());
        record.put("supports", supported);
        ledger.append(MODULE, "pb.project.reviewed", "pb-process", process.getId(), record);
        return project;
    }

    // ---- supports

    /** Supports per project id (a count, never who). */
    public Map<Long, Long> supportCounts(BudgetProcess process) {
        return supports.counts(process.getId());
    }

    /** The ids of the projects that ended the support phase below the threshold (shown as such, never reviewed). */
    public java.util.Set<Long> missedThreshold(BudgetProcess process) {
        return projects(process).stream().filter(p -> p.missedThreshold(process, today())).map(BudgetProject::getId)
                .collect(java.util.stream.Collectors.toSet());
    }

    public long supportCount(BudgetProject project) {
        return supports.count(project.getId());
    }

    /** The projects the current person supports in the process (shown only to them), by id. */
    public List<Long> mySupports(BudgetProcess process) {
        return PublicActor.current().flatMap(a -> ballots.voterOf(process.getId(), a.accountId()))
                .map(v -> supports.supportedBy(v.id())).orElse(List.of());
    }

    /**
     * A verified voter supports a project of their district during the support phase; a second support of the same
     * project changes nothing. The support that brings the project to the threshold records that it goes on to the
     * feasibility review, and the ledger gets that fact with the count, never who supported.
     */
    @Transactional
    public void support(String slug, int number) {
        PublicActor actor = signedIn();
        BudgetProcess process = process(slug);
        support(process, project(process, number), actor.accountId());
    }

    @Transactional
    void support(BudgetProcess process, BudgetProject project, Long accountId) {
        Ballots.Voter voter = ballots.voterOf(process.getId(), accountId)
                .orElseThrow(() -> new InvalidInputException("support", "participation.error.notVerifiedSupport"));
        List<FieldProblem> problems = new ArrayList<>();
        process.supportRefused(today()).ifPresent(problems::add);
        project.supportRefused(voter.districtId()).ifPresent(problems::add);
        InvalidInputException.throwIfAny(problems);
        if (supports.add(project.getId(), voter.id(), now())) {
            long count = supports.count(project.getId());
            if (project.reaches(process, count) && supports.markSelected(project.getId(), now())) {
                project.selected(now());
                selected(process, project, count);
            }
        }
    }

    /** The voter withdraws their support during the support phase (a project already selected stays selected). */
    @Transactional
    public void withdrawSupport(String slug, int number) {
        PublicActor actor = signedIn();
        BudgetProcess process = process(slug);
        BudgetProject project = project(process, number);
        Ballots.Voter voter = ballots.voterOf(process.getId(), actor.accountId())
                .orElseThrow(() -> new InvalidInputException("support", "participation.error.notVerifiedSupport"));
        InvalidInputException.throwIf(process.supportRefused(today()));
        supports.withdraw(project.getId(), voter.id());
    }

    private void selected(BudgetProcess process, BudgetProject project, long count) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("process", process.getSlug());
        record.put("project", project.getNumber());
        record.put("supports", count);
        record.put("threshold", process.getSupportThreshold());
        ledger.append(MODULE, "pb.project.selected", "pb-process", process.getId(), record);
    }

    // ---- voters and ballots

    /**
     * The signed-in person declares they live in a district of the process, with their CURP: they become its verified
     * voter (an account is made only for a confirmed e-mail address). The CURP is kept only as a keyed hash, and a
     * CURP already registered in the process, online or at a table, is refused.
     */
    @Transactional
    public void declareResidence(String slug, String districtSlug, String curp, boolean declared) {
        BudgetProcess process = process(slug);
        List<FieldProblem> problems = new ArrayList<>();
        if (process.phaseOn(today()).compareTo(BudgetPhase.VOTING) > 0 && !consultationOpen(process)) {
            process.votingRefused(today()).ifPresent(problems::add);
        }
        declare(Ballots.Roll.process(process.getId()), districtOf(process, districtSlug), curp, declared, problems);
    }

    /**
     * Registers the signed-in person as an online verified voter of a roll (a process's, or a standalone
     * consultation's: ADR 0054) in the district they declare, with their CURP kept only as a keyed hash; the problems
     * found so far are refused with the roll's own (already registered, no district, a bad CURP, no declaration).
     */
    void declare(Ballots.Roll roll, Optional<BudgetDistrict> district, String curp, boolean declared,
            List<FieldProblem> problems) {
        PublicActor actor = signedIn();
        if (ballots.voterOf(roll, actor.accountId()).isPresent()) {
            problems.add(new FieldProblem("districtSlug", "participation.error.alreadyDeclared"));
        }
        if (district.isEmpty()) {
            problems.add(new FieldProblem("districtSlug", "participation.validation.district"));
        }
        Optional<String> normalised = Curp.normalised(curp);
        if (normalised.isEmpty()) {
            problems.add(new FieldProblem("curp", "participation.validation.curp"));
        }
        if (!declared) {
            problems.add(new FieldProblem("declared", "participation.validation.declared"));
        }
        InvalidInputException.throwIfAny(problems);
        ballots.register(roll, hashes.of(CURP_KEY, normalised.get()), actor.accountId(), district.get().getId(),
                Channel.ONLINE, now());
    }

    /** The verified voter fills or changes their ballot while the vote is open. */
    @Transactional
    public void vote(String slug, List<Long> choices) {
        vote(slug, BallotCount.Choices.of(choices));
    }

    /**
     * The verified voter fills or changes their ballot while the vote is open, as typed: a ranked ballot that gives
     * two projects the same place is refused, naming them, and nothing is cast.
     */
    @Transactional
    public void vote(String slug, BallotCount.Choices typed) {
        List<Long> choices = typed.inOrder();
        PublicActor actor = signedIn();
        BudgetProcess process = process(slug);
        Ballots.Casting casting = ballots.castingOf(process.getId(), actor.accountId())
                .orElseThrow(() -> new InvalidInputException("choices", "participation.error.notVerified"));
        List<FieldProblem> problems = new ArrayList<>();
        process.votingRefused(today()).ifPresent(problems::add);
        problems.addAll(samePlace(typed));
        Ballots.Choosable choosable = casting.choosable();
        BallotCount.refusal(process.getRule(), process.getMaxChoices(), choosable.amount(), choosable.candidates(),
                choices).ifPresent(problems::add);
        InvalidInputException.throwIfAny(problems);
        ballots.cast(process.getId(), casting.voter(), choices, null, now(), casting.hasBallot());
    }

    /** An official registers a ballot cast in person at a polling table ({@link #registerByOfficial}). */
    @Transactional
    public void registerInPerson(String slug, String curp, String districtSlug, String pollingTable,
            List<Long> choices) {
        registerByOfficial(slug, Channel.IN_PERSON, curp, districtSlug, pollingTable, choices);
    }

    /**
     * An official registers a ballot cast in person at a polling table or received there remotely (telephone,
     * messaging, post): the voter's CURP is checked (shape, check digit, not registered in the process by any
     * channel) and kept only as a keyed hash; the ballot counts once with the online ones, under its channel.
     */
    @Transactional
    public void registerByOfficial(String slug, Channel channel, String curp, String districtSlug,
            String pollingTable, List<Long> choices) {
        registerByOfficial(slug, channel, curp, districtSlug, pollingTable, BallotCount.Choices.of(choices));
    }

    /** As {@link #registerByOfficial(String, Channel, String, String, String, List)}, the ballot as the official typed it. */
    @Transactional
    public void registerByOfficial(String slug, Channel channel, String curp, String districtSlug,
            String pollingTable, BallotCount.Choices typed) {
        List<Long> choices = typed.inOrder();
        BudgetProcess process = process(slug);
        entitledOn(process).require(BudgetAction.REGISTER_BALLOT);
        List<FieldProblem> problems = new ArrayList<>();
        Ballots.OfficialEntry entry = ballots.officialEntry(channel, curp, pollingTable, problems);
        process.votingRefused(today()).ifPresent(problems::add);
        Optional<BudgetDistrict> district = districtOf(process, districtSlug);
        problems.addAll(samePlace(typed));
        if (district.isEmpty()) {
            problems.add(new FieldProblem("districtSlug", "participation.validation.district"));
        } else if (typed.sharedPlaces().isEmpty()) {
            ballotRefusal(process, district.get(), choices).ifPresent(problems::add);
        }
        if (entry.curpHash() != null && ballots.curpUsed(process.getId(), entry.curpHash())) {
            problems.add(new FieldProblem("curp", "participation.error.curpUsed"));
        }
        InvalidInputException.throwIfAny(problems);
        Ballots.Voter voter = ballots.register(process.getId(), entry.curpHash(), null, district.get().getId(),
                entry.channel(), now());
        ballots.cast(process.getId(), voter, choices, entry.table(), now());
    }

    /** The places a ranked ballot gives to more than one project, each naming them by number and title. */
    private List<FieldProblem> samePlace(BallotCount.Choices typed) {
        if (typed.sharedPlaces().isEmpty()) {
            return List.of();
        }
        Map<Long, BudgetProject> named = new java.util.HashMap<>();
        projects.findAllById(typed.inOrder()).forEach(p -> named.put(p.getId(), p));
        return BallotCount.samePlace(typed, id -> Optional.ofNullable(named.get(id))
                .map(p -> p.getNumber() + ". “" + p.getTitle() + "”").orElse(String.valueOf(id)));
    }

    private Optional<FieldProblem> ballotRefusal(BudgetProcess process, BudgetDistrict district, List<Long> choices) {
        return BallotCount.refusal(process.getRule(), process.getMaxChoices(), district.getAmount(),
                candidates(process, district), choices);
    }

    /** The feasible projects of a district, with their public cost, as ballots and the count see them. */
    List<BallotCount.Candidate> candidates(BudgetProcess process, BudgetDistrict district) {
        return ballots.candidatesIn(district.getId());
    }

    // ---- paper counts per table

    /** Every version of every table's paper count (corrections kept), by table then version. */
    public List<TableTally> tableTallies(BudgetProcess process) {
        return tables.all(process.getId());
    }

    /** The current paper count of each table. */
    public List<TableTally> currentTableTallies(BudgetProcess process) {
        return tables.current(process.getId());
    }

    /** Valid paper ballots counted at the tables (current versions). */
    public int paperBallots(BudgetProcess process) {
        return currentTableTallies(process).stream().mapToInt(TableTally::valid).sum();
    }

    /** The act of a table's count, as the official uploaded it. */
    public Optional<byte[]> tableAct(TableTally tally) {
        return storage.read(tally.actSha256());
    }

    private BallotCount.Paper paper(BudgetProcess process, BudgetDistrict district) {
        int ballotsCounted = 0;
        Map<Long, Integer> votes = new LinkedHashMap<>();
        for (TableTally t : tables.current(process.getId())) {
            if (t.districtId() == district.getId()) {
                ballotsCounted += t.valid();
                t.votes().forEach((project, v) -> votes.merge(project, v, Integer::sum));
            }
        }
        return new BallotCount.Paper(ballotsCounted, votes);
    }

    /**
     * The media type of a table's act (a PDF or a picture, checked by its bytes, within the size allowed), or null with
     * the reason added to the problems: budget and consultation tables take their acts the same way.
     */
    String actType(byte[] act, String actFileName, List<FieldProblem> problems) {
        if (act == null || act.length == 0) {
            problems.add(new FieldProblem("act", "participation.validation.act"));
            return null;
        }
        if (act.length > maxBytes) {
            problems.add(new FieldProblem("act", "participation.validation.imageSize", maxBytes / (1024 * 1024)));
            return null;
        }
        String type = org.apertura.platform.storage.FileTypes.detect(act, actFileName)
                .filter(t -> t.equals("application/pdf") || t.startsWith("image/")).orElse(null);
        if (type == null) {
            problems.add(new FieldProblem("act", "participation.validation.act"));
        }
        return type;
    }

    /** Keeps a table's act; its SHA-256 names it. */
    String storeAct(byte[] act) {
        return storage.store(act);
    }

    /** A stored act by its SHA-256. */
    public Optional<byte[]> act(String sha256) {
        return storage.read(sha256);
    }

    /**
     * An official enters a polling table's paper count from its act (a PDF or a picture, checked by its bytes), from the
     * first day of the vote until the results are published. A table that already has a count is corrected: a new
     * version with a public reason; the earlier one stays public. The ledger gets the counts, never a voter.
     */
    @Transactional
    public TableTally enterTableTally(String slug, TableTally.Entry entry, String actFileName, byte[] act) {
        BudgetProcess process = process(slug);
        entitledOn(process).require(BudgetAction.ENTER_TALLY);
        List<FieldProblem> problems = new ArrayList<>();
        process.tallyRefused(today()).ifPresent(problems::add);
        Optional<BudgetDistrict> district = districtOf(process, entry.districtSlug());
        if (district.isEmpty()) {
            problems.add(new FieldProblem("districtSlug", "participation.validation.district"));
        }
        String tableSlug = Texts.isBlank(entry.tableName()) ? "" : Slugs.of(entry.tableName());
        int latest = tableSlug.isEmpty() ? 0 : tables.latestVersion(process.getId(), tableSlug);
        java.util.Set<Long> candidates = district.map(d -> candidates(process, d).stream()
                .map(BallotCount.Candidate::id).collect(java.util.stream.Collectors.toSet()))
                .orElse(java.util.Set.of());
        problems.addAll(entry.check(process.getRule(), candidates, latest > 0));
        String actType = actType(act, actFileName, problems);
        InvalidInputException.throwIfAny(problems);
        String sha = storage.store(act);
        long id = tables.add(process.getId(), district.get().getId(), tableSlug, entry, latest + 1, sha, actType, now());
        TableTally tally = tables.all(process.getId()).stream().filter(t -> t.id() == id).findFirst().orElseThrow();
        Map<Long, Integer> numbers = new LinkedHashMap<>();
        projects(process).forEach(p -> numbers.put(p.getId(), p.getNumber()));
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("process", process.getSlug());
        record.put("table", tally.tableName());
        record.put("district", district.get().getSlug());
        record.put("version", tally.version());
        record.put("act", tally.actReference());
        record.put("actSha256", tally.actSha256());
        record.put("received", tally.received());
        record.put("valid", tally.valid());
        record.put("void", tally.voided());
        Map<String, Integer> votes = new LinkedHashMap<>();
        tally.votes().forEach((project, v) -> votes.put(String.valueOf(numbers.get(project)), v));
        record.put("votesByProjectNumber", votes);
        if (tally.isCorrection()) {
            record.put("reason", tally.reason());
        }
        ledger.append(MODULE, tally.isCorrection() ? "pb.table.corrected" : "pb.table.tallied", "pb-process",
                process.getId(), record);
        return tally;
    }

    // ---- results

    /** The count of every district, as it stands (published or not, it is computed the same way). */
    public Map<BudgetDistrict, BallotCount.Tally> count(BudgetProcess process) {
        Map<BudgetDistrict, BallotCount.Tally> tallies = new LinkedHashMap<>();
        for (BudgetDistrict district : districts(process)) {
            tallies.put(district, BallotCount.count(process.getRule(), process.getMaxChoices(), district.getAmount(),
                    candidates(process, district), ballots.castIn(district.getId()), paper(process, district)));
        }
        return tallies;
    }

    /** Publishes the count once the vote has closed: stored, shown, and written to the ledger with every count. */
    @Transactional
    public void publishResults(String slug) {
        BudgetProcess process = process(slug);
        entitledOn(process).require(BudgetAction.PUBLISH_RESULTS);
        InvalidInputException.throwIf(process.publishRefused(today()));
        Map<BudgetDistrict, BallotCount.Tally> tallies = count(process);
        Map<Long, Integer> numbers = new LinkedHashMap<>();
        projects(process).forEach(p -> numbers.put(p.getId(), p.getNumber()));
        List<Map<String, Object>> byDistrict = new ArrayList<>();
        for (Map.Entry<BudgetDistrict, BallotCount.Tally> e : tallies.entrySet()) {
            BallotCount.Tally tally = e.getValue();
            List<Map<String, Object>> lines = new ArrayList<>();
            for (BallotCount.Line line : tally.lines()) {
                jdbc.sql("INSERT INTO pb_result (process_id, project_id, position, votes_online, votes_in_person, "
                        + "votes_remote, points, funded) VALUES (?, ?, ?, ?, ?, ?, ?, ?)").params(process.getId(),
                        line.candidate().id(), line.position(), line.online(), line.inPerson(), line.remote(),
                        line.points(), line.funded()).update();
                Map<String, Object> l = new LinkedHashMap<>();
                l.put("project", numbers.get(line.candidate().id()));
                l.put("online", line.online());
                l.put("inPerson", line.inPerson());
                if (line.remote() > 0) {
                    l.put("remote", line.remote());
                }
                l.put("points", line.points());
                l.put("cost", line.candidate().cost());
                l.put("funded", line.funded());
                lines.add(l);
            }
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("district", e.getKey().getSlug());
            d.put("amount", e.getKey().getAmount());
            d.put("ballotsOnline", tally.ballotsOnline());
            d.put("ballotsInPerson", tally.ballotsInPerson());
            if (tally.ballotsRemote() > 0) {
                d.put("ballotsRemote", tally.ballotsRemote());
            }
            d.put("funded", tally.funded());
            d.put("projects", lines);
            byDistrict.add(d);
        }
        process.published(now());
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("process", process.getSlug());
        record.put("rule", process.getRule().name());
        record.put("tieRule", "points desc, cost asc, number asc");
        record.put("districts", byDistrict);
        ledger.append(MODULE, "pb.results.published", "pb-process", process.getId(), record);
        if (process.getCommitmentId().isPresent()) {
            executeFunded(process, plans.commitment(process.getCommitmentId().get()));
        }
    }

    // ---- execution: funded projects become milestones of a commitment of the action plan (ADR 0022)

    /** The commitments of the exercise's action plans that may execute the process's funded projects. */
    public List<Commitment> executionCandidates(BudgetProcess process) {
        Exercise exercise = exerciseOf(process);
        return plans.plans(exercise).stream().flatMap(plan -> plans.commitments(plan).stream()).toList();
    }

    /**
     * Names the commitment of the exercise's action plan that executes the process's funded projects, once: each
     * funded project becomes a milestone of it when the results are published (at once, if they already are), whose
     * evidence the project page shows. The ledger gets the link and each milestone with its origin.
     */
    @Transactional
    public void followExecution(String slug, Long commitmentId) {
        BudgetProcess process = process(slug);
        entitledOn(process).require(BudgetAction.FOLLOW_EXECUTION);
        InvalidInputException.throwIf(process.executionRefused());
        Commitment commitment = executionCandidates(process).stream()
                .filter(c -> c.getId().equals(commitmentId)).findFirst()
                .orElseThrow(() -> new InvalidInputException("commitment", "participation.error.commitment"));
        process.executedBy(commitment.getId(), now());
        processes.saveAndFlush(process);
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("process", process.getSlug());
        record.put("commitment", commitment.getCode());
        record.put("commitmentTitle", commitment.getTitle());
        ledger.append(MODULE, "pb.execution.linked", "pb-process", process.getId(), record);
        if (process.isPublished()) {
            executeFunded(process, commitment);
        }
    }

    /** Each funded project not yet executed becomes a milestone of the commitment, decided by the vote. */
    private void executeFunded(BudgetProcess process, Commitment commitment) {
        LocalDate start = process.getExecutionFrom();
        LocalDate end = commitment.getEndDate() != null && commitment.getEndDate().isAfter(start)
                ? commitment.getEndDate() : start.plusYears(1);
        // who answers for the commitment's other milestones answers for these (the verifiability check asks for one)
        String responsible = plans.milestones(commitment).stream().map(Milestone::getResponsible)
                .filter(r -> r != null && !r.isBlank()).findFirst().orElse("Institución responsable del compromiso "
                        + commitment.getCode());
        for (ResultLine line : results(process)) {
            BudgetProject project = line.project();
            if (!line.funded() || project.getMilestoneId().isPresent()) {
                continue;
            }
            String title = Texts.excerpt("Proyecto " + project.getNumber() + " del presupuesto participativo: "
                    + project.getTitle(), 300);
            String deliverable = project.getTitle() + (project.getPlace() == null ? "" : " — " + project.getPlace())
                    + " (" + line.district().getName() + ")";
            Milestone milestone = plans.addDecidedMilestone(commitment.getId(), new MilestoneDraft(title, deliverable,
                    "Fotos de la obra, acta de entrega y gasto ejercido, publicados como evidencia", responsible, start, end,
                    1), Texts.excerpt(process.getTitle() + ", proyecto " + project.getNumber(), 300));
            project.executedAs(milestone.getId());
            projects.saveAndFlush(project);
        }
    }

    /** How a funded project is executed: its milestone of the action plan, and the commitment's progress. */
    public record Execution(Long commitmentId, String commitmentCode, String commitmentTitle, int commitmentPercent,
            String budgetProgramme, Long milestoneId, String milestoneTitle, LocalDate endDate, LocalDate completedOn,
            boolean overdue, int evidence, int awaitingReview) {
    }

    /**
     * The execution of a project, once it is a milestone of the action plan: its state, the commitment's progress, and
     * how much evidence was reported for it and how much awaits the secretariat's review.
     */
    public Optional<Execution> execution(BudgetProject project) {
        return project.getMilestoneId().map(plans::milestone).map(m -> {
            Commitment c = plans.commitment(m.getCommitmentId());
            List<Evidence> reported = evidence.byMilestone(c).getOrDefault(m.getId(), List.of());
            int awaiting = (int) reported.stream().filter(e -> e.getStatus() == Evidence.Status.SUBMITTED).count();
            return new Execution(c.getId(), c.getCode(), c.getTitle(), plans.progress(c).wholePercent(),
                    c.getBudgetProgramme(), m.getId(), m.getTitle(), m.getEndDate(), m.getCompletedOn(),
                    m.isOverdue(today()), reported.size(), awaiting);
        });
    }

    /** The processes whose funded projects the commitment executes (its page links their results). */
    public List<BudgetProcess> executedBy(Long commitmentId) {
        return processes.findByCommitmentIdOrderByVotingFromAsc(commitmentId);
    }

    /** The commitment executing the process, when named. */
    public Optional<Commitment> executingCommitment(BudgetProcess process) {
        return process.getCommitmentId().map(plans::commitment);
    }

    /** A project's line in the published results. */
    public record ResultLine(BudgetProject project, BudgetDistrict district, int position, int online, int inPerson,
            int remote, long points, boolean funded) {

        public int votes() {
            return online + inPerson + remote;
        }
    }

    /** The published results, district by district in the published order; empty before publication. */
    public List<ResultLine> results(BudgetProcess process) {
        Map<Long, BudgetProject> byId = new LinkedHashMap<>();
        projects(process).forEach(p -> byId.put(p.getId(), p));
        Map<Long, BudgetDistrict> places = new LinkedHashMap<>();
        districts(process).forEach(d -> places.put(d.getId(), d));
        List<ResultLine> lines = new ArrayList<>(jdbc.sql("SELECT project_id, position, votes_online, votes_in_person, "
                + "votes_remote, points, funded FROM pb_result WHERE process_id = ?").param(process.getId())
                .query((rs, i) -> {
                    BudgetProject p = byId.get(rs.getLong(1));
                    return new ResultLine(p, places.get(p.getDistrictId()), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                            rs.getInt(5), rs.getLong(6), rs.getBoolean(7));
                }).list());
        List<Long> order = new ArrayList<>(places.keySet());
        lines.sort(java.util.Comparator.<ResultLine>comparingInt(l -> order.indexOf(l.district().getId()))
                .thenComparingInt(ResultLine::position));
        return lines;
    }

    /** Sends an anonymous visitor to sign in (the forms only people with an account fill). */
    public void requireSignedIn() {
        signedIn();
    }

    // ---- helpers

    /** Whether a consultation of the process is open today: its voters may still declare their residence (ADR 0039). */
    private boolean consultationOpen(BudgetProcess process) {
        return jdbc.sql("SELECT COUNT(*) FROM pc_consultation WHERE process_id = ? AND opens_on <= ? AND closes_on >= ?")
                .params(process.getId(), today(), today()).query(Long.class).single() > 0;
    }

    Optional<BudgetDistrict> districtOf(BudgetProcess process, String slug) {
        return slug == null ? Optional.empty()
                : districts(process).stream().filter(d -> d.getSlug().equals(slug.strip())).findFirst();
    }

    private static PublicActor signedIn() {
        return PublicActor.current().orElseThrow(() -> new AccessDeniedException("sign in"));
    }

    /**
     * Opening something with days inside a process (a consultation, a list of problems): the process, found; the current
     * person entitled to configure it; the problems of the terms and of a last day already past, gathered, for the
     * caller to add its own before it refuses them all at once.
     */
    record Opening(BudgetProcess process, List<FieldProblem> problems) {
    }

    Opening opening(String slug, List<FieldProblem> termProblems, LocalDate closesOn) {
        BudgetProcess process = process(slug);
        entitledOn(process).require(BudgetAction.CONFIGURE);
        List<FieldProblem> problems = new ArrayList<>(termProblems);
        OpenDays.endedBefore(closesOn, today()).ifPresent(problems::add);
        return new Opening(process, problems);
    }

    private Instant now() {
        return today.now();
    }

    static Map<String, Object> publicRecord(BudgetProcess p, List<BudgetDistrict> districts) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("slug", p.getSlug());
        record.put("title", p.getTitle());
        record.put("amount", p.getAmount());
        record.put("rule", p.getRule().name());
        record.put("maxChoices", p.getMaxChoices());
        record.put("supportThreshold", p.getSupportThreshold());
        Map<String, String> phases = new LinkedHashMap<>();
        p.phases().forEach((k, v) -> phases.put(k.name(), v.toString()));
        record.put("phases", phases);
        List<Map<String, Object>> d = new ArrayList<>();
        for (BudgetDistrict district : districts) {
            d.add(Map.of("slug", district.getSlug(), "name", district.getName(), "amount", district.getAmount()));
        }
        record.put("districts", d);
        return record;
    }

    static Map<String, Object> publicRecord(BudgetProject p, BudgetDistrict district) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("number", p.getNumber());
        record.put("title", p.getTitle());
        record.put("description", p.getDescription());
        record.put("district", district.getSlug());
        record.put("place", p.getPlace());
        record.put("latitude", p.getLatitude());
        record.put("longitude", p.getLongitude());
        record.put("costEstimate", p.getCostEstimate());
        record.put("channel", p.getChannel().name());
        return record;
    }
}
