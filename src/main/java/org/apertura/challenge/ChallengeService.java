package org.apertura.challenge;

import org.apertura.platform.time.Today;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.platform.kits.Adaptation;
import org.apertura.actionplan.Commitment;
import org.apertura.actionplan.Exercise;
import org.apertura.actionplan.Milestone;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.Texts;
import org.apertura.platform.security.Actor;
import org.apertura.platform.security.Allowed;
import org.apertura.platform.security.PublicActor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases of challenges. Everyone reads. The exercise's secretariat coordinator (or an administrator)
 * creates and runs a challenge: its description and schedule, rubric, jury, results and follow-up. Signed-in
 * people register teams, join them with their code and submit their team's work; jury members score. Each
 * action is refused outside its phase, with the dates that apply. Every public change goes to the ledger,
 * naming people only by their public display name.
 */
@Service
@Transactional(readOnly = true)
public class ChallengeService {

    static final String MODULE = "challenge";
    static final String SUBJECT = "challenge";

    private final ChallengeRepository challenges;
    private final CriterionRepository criteria;
    private final JurorRepository jurors;
    private final TeamRepository teams;
    private final TeamMemberRepository members;
    private final SubmissionRepository submissions;
    private final EvaluationRepository evaluations;
    private final FollowUpRepository followUps;
    private final ActionPlanService plans;
    private final AccountService accounts;
    private final LedgerService ledger;
    private final Today today;
    private final ChallengePolicy policy;

    ChallengeService(ChallengeRepository challenges, CriterionRepository criteria, JurorRepository jurors,
            TeamRepository teams, TeamMemberRepository members, SubmissionRepository submissions,
            EvaluationRepository evaluations, FollowUpRepository followUps, ActionPlanService plans,
            AccountService accounts, LedgerService ledger, Today today, ChallengePolicy policy) {
        this.policy = policy;
        this.challenges = challenges;
        this.criteria = criteria;
        this.jurors = jurors;
        this.teams = teams;
        this.members = members;
        this.submissions = submissions;
        this.evaluations = evaluations;
        this.followUps = followUps;
        this.plans = plans;
        this.accounts = accounts;
        this.ledger = ledger;
        this.today = today;
    }

    // ---- reading ----

    public boolean isEmpty() {
        return challenges.count() == 0;
    }

    /** The published challenges (drafts are nobody's to read but those who run their exercise, ADR 0061). */
    public List<Challenge> challenges() {
        return challenges.findAllByOrderBySubmissionsOpenDescIdDesc().stream().filter(c -> !c.isDraft()).toList();
    }

    /** The drafts the current person may publish. */
    public List<Challenge> myDrafts() {
        return challenges.findAllByOrderBySubmissionsOpenDescIdDesc().stream().filter(Challenge::isDraft)
                .filter(this::seen).toList();
    }

    /** A challenge by its address; a draft is found only by those who run its exercise (a 404 to everyone else). */
    public Challenge challenge(String slug) {
        return challenges.findBySlug(slug).filter(this::seen)
                .orElseThrow(() -> new NotFoundException("challenge " + slug));
    }

    private boolean seen(Challenge challenge) {
        return !challenge.isDraft() || allowedOn(challenge).may(ChallengeAction.EDIT);
    }

    /** The challenges of a commitment the current person sees: the published ones, and the drafts if they run it. */
    public List<Challenge> ofCommitment(Long commitmentId) {
        return challenges.findByCommitmentIdOrderBySubmissionsOpenDesc(commitmentId).stream().filter(this::seen)
                .toList();
    }

    /** The published challenges of an exercise. */
    public List<Challenge> ofExercise(String exerciseSlug) {
        return challenges.findByExerciseSlugOrderBySubmissionsOpenDesc(exerciseSlug).stream()
                .filter(c -> !c.isDraft()).toList();
    }

    public LocalDate today() {
        return plans.today();
    }

    public Commitment commitmentOf(Challenge challenge) {
        return plans.commitment(challenge.getCommitmentId());
    }

    /** The milestones of the challenge's commitment, which may take a winning submission forward. */
    public List<Milestone> milestones(Challenge challenge) {
        return plans.milestones(commitmentOf(challenge));
    }

    public List<Criterion> rubric(Challenge challenge) {
        return criteria.findByChallengeIdOrderBySortOrderAsc(challenge.getId());
    }

    /** The jury by id, with their public display names. */
    public Map<Long, String> jury(Challenge challenge) {
        Map<Long, String> jury = new LinkedHashMap<>();
        jurors.findByChallengeIdOrderByIdAsc(challenge.getId()).forEach(j -> jury.put(j.getId(), name(j.getAccountId())));
        return jury;
    }

    /** Whether the jury has started scoring (the rubric is then frozen). */
    public boolean scoringStarted(Challenge challenge) {
        List<Long> ids = jurors.findByChallengeIdOrderByIdAsc(challenge.getId()).stream().map(Juror::getId).toList();
        return !ids.isEmpty() && evaluations.existsByJurorIdIn(ids);
    }

    /** Everything public about a challenge; scores only once the results are published. */
    public ChallengeDetail detail(String slug) {
        Challenge challenge = challenge(slug);
        Commitment commitment = commitmentOf(challenge);
        List<Criterion> rubric = rubric(challenge);
        List<Juror> jury = jurors.findByChallengeIdOrderByIdAsc(challenge.getId());
        Map<Long, String> jurorNames = jury.stream().collect(Collectors.toMap(Juror::getId, j -> name(j.getAccountId())));
        List<Team> teamList = teams.findByChallengeIdOrderByRegisteredAtAscIdAsc(challenge.getId());
        Map<Long, Team> teamById = teamList.stream().collect(Collectors.toMap(Team::getId, Function.identity()));
        Map<Long, List<String>> memberNames = members.findByChallengeIdOrderByJoinedAtAsc(challenge.getId()).stream()
                .collect(Collectors.groupingBy(TeamMember::getTeamId,
                        Collectors.mapping(m -> name(m.getAccountId()), Collectors.toList())));
        List<Submission> work = submissions.findByChallengeIdOrderByIdAsc(challenge.getId());
        Set<Long> submitted = work.stream().map(Submission::getTeamId).collect(Collectors.toSet());
        List<ChallengeDetail.TeamView> teamViews = teamList.stream().map(t -> new ChallengeDetail.TeamView(t.getId(),
                t.getName(), memberNames.getOrDefault(t.getId(), List.of()), submitted.contains(t.getId()))).toList();
        List<ChallengeDetail.SubmissionView> views;
        if (challenge.isPublished()) {
            List<Evaluation> all = work.isEmpty() ? List.of()
                    : evaluations.findBySubmissionIdIn(work.stream().map(Submission::getId).toList());
            Map<Long, List<Evaluation>> bySubmission = all.stream()
                    .collect(Collectors.groupingBy(Evaluation::getSubmissionId));
            views = Standings.of(rubric, work, all).stream().map(p -> new ChallengeDetail.SubmissionView(p.submission(),
                    teamById.get(p.submission().getTeamId()).getName(), p.score(), p.rank(),
                    bySubmission.getOrDefault(p.submission().getId(), List.of()).stream()
                            .sorted(Comparator.comparing(Evaluation::getJurorId))
                            .map(e -> new ChallengeDetail.EvaluationView(jurorNames.get(e.getJurorId()),
                                    rubric.stream().map(c -> e.getScores().get(c.getId())).toList(), e.weighted(rubric),
                                    e.getComment()))
                            .toList())).toList();
        } else {
            views = work.stream().map(s -> new ChallengeDetail.SubmissionView(s, teamById.get(s.getTeamId()).getName(),
                    null, null, List.of())).toList();
        }
        Map<Long, ChallengeDetail.SubmissionView> viewById = views.stream()
                .collect(Collectors.toMap(v -> v.submission().getId(), Function.identity()));
        List<FollowUp> linked = followUps.findByChallengeIdOrderByLinkedAtAsc(challenge.getId());
        Map<Long, Milestone> linkedMilestones = plans.milestonesById(
                linked.stream().map(FollowUp::getMilestoneId).collect(Collectors.toSet()));
        List<ChallengeDetail.FollowUpView> follow = linked.stream().map(f -> {
            ChallengeDetail.SubmissionView s = viewById.get(f.getSubmissionId());
            return new ChallengeDetail.FollowUpView(f.getSubmissionId(), s.submission().getTitle(), s.team(),
                    f.getMilestoneId(), linkedMilestones.get(f.getMilestoneId()).getTitle(), f.getNote(),
                    f.getLinkedAt());
        }).toList();
        return new ChallengeDetail(challenge, commitment.getCode(), commitment.getTitle(), challenge.phaseOn(today()),
                rubric, jury.stream().map(j -> jurorNames.get(j.getId())).toList(), teamViews, views, follow);
    }

    /**
     * The follow-ups of these challenges as {@link #detail} gives them (each challenge's in the order given, oldest
     * first), read together: a commitment's page lists those of all its challenges.
     */
    public List<ChallengeDetail.FollowUpView> followUps(List<Challenge> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> order = new java.util.HashMap<>();
        list.forEach(c -> order.putIfAbsent(c.getId(), order.size()));
        List<FollowUp> all = followUps.findByChallengeIdInOrderByLinkedAtAsc(order.keySet());
        if (all.isEmpty()) {
            return List.of();
        }
        Map<Long, Submission> work = submissions.findAllById(all.stream().map(FollowUp::getSubmissionId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(Submission::getId, Function.identity()));
        Map<Long, String> teamNames = teams.findAllById(work.values().stream().map(Submission::getTeamId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(Team::getId, Team::getName));
        Map<Long, Milestone> named = plans.milestonesById(all.stream().map(FollowUp::getMilestoneId)
                .collect(Collectors.toSet()));
        return all.stream().sorted(Comparator.comparing(f -> order.get(f.getChallengeId()))).map(f -> {
            Submission s = work.get(f.getSubmissionId());
            return new ChallengeDetail.FollowUpView(f.getSubmissionId(), s.getTitle(), teamNames.get(s.getTeamId()),
                    f.getMilestoneId(), named.get(f.getMilestoneId()).getTitle(), f.getNote(), f.getLinkedAt());
        }).toList();
    }

    /** The follow-ups that name a milestone, with their challenge. */
    public List<MilestoneFollowUp> followUpsOfMilestone(Long milestoneId) {
        return followUps.findByMilestoneIdOrderByLinkedAtAsc(milestoneId).stream().map(f -> {
            Challenge challenge = challenges.findById(f.getChallengeId()).orElseThrow();
            Submission submission = submissions.findById(f.getSubmissionId()).orElseThrow();
            return new MilestoneFollowUp(challenge.getSlug(), challenge.getTitle(), submission.getTitle(),
                    teams.findById(submission.getTeamId()).orElseThrow().getName(), f.getNote());
        }).toList();
    }

    /** A follow-up as the milestone's page shows it. */
    public record MilestoneFollowUp(String challengeSlug, String challenge, String submission, String team,
            String note) {
    }

    // ---- what the person signed in may do ----

    /** What the current person may do with the challenge, as ChallengePolicy says (run it, or score as jury). */
    public Allowed<ChallengeAction> allowedOn(Challenge challenge) {
        return policy.onChallenge(Actor.current(), bodyOf(exerciseOf(challenge.getCommitmentId())),
                myJuror(challenge).isPresent(), challenge);
    }

    /** What the current person may do with challenges of this commitment (create one). */
    public Allowed<ChallengeAction> allowedFor(Long commitmentId) {
        return policy.entitled(Actor.current(), bodyOf(exerciseOf(commitmentId)), false);
    }

    private String bodyOf(Exercise exercise) {
        return plans.secretariatOf(exercise);
    }

    /** The current person's team in this challenge, if any. */
    public Optional<Team> myTeam(Challenge challenge) {
        return PublicActor.current()
                .flatMap(actor -> members.findByChallengeIdAndAccountId(challenge.getId(), actor.accountId()))
                .flatMap(m -> teams.findById(m.getTeamId()));
    }

    public Optional<Submission> submissionOf(Team team) {
        return submissions.findByTeamId(team.getId());
    }

    /** The current juror's evaluations, by submission. */
    public Map<Long, Evaluation> myEvaluations(Challenge challenge) {
        Optional<Juror> juror = myJuror(challenge);
        if (juror.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = submissions.findByChallengeIdOrderByIdAsc(challenge.getId()).stream().map(Submission::getId)
                .toList();
        return ids.isEmpty() ? Map.of() : evaluations.findBySubmissionIdIn(ids).stream()
                .filter(e -> e.getJurorId().equals(juror.get().getId()))
                .collect(Collectors.toMap(Evaluation::getSubmissionId, Function.identity()));
    }

    /** The submissions the current juror scores: all but their own team's. */
    public List<Submission> toScore(Challenge challenge) {
        Optional<Long> ownTeam = myTeam(challenge).map(Team::getId);
        return submissions.findByChallengeIdOrderByIdAsc(challenge.getId()).stream()
                .filter(s -> ownTeam.map(t -> !t.equals(s.getTeamId())).orElse(true)).toList();
    }

    public List<Submission> submissions(Challenge challenge) {
        return submissions.findByChallengeIdOrderByIdAsc(challenge.getId());
    }

    public Team team(Long id) {
        return teams.findById(id).orElseThrow(() -> new NotFoundException("team " + id));
    }

    /** What the jury still has to score before the results can be published: "jury member: submission". */
    public List<String> missingScores(Challenge challenge) {
        List<Submission> work = submissions.findByChallengeIdOrderByIdAsc(challenge.getId());
        List<Evaluation> done = work.isEmpty() ? List.of()
                : evaluations.findBySubmissionIdIn(work.stream().map(Submission::getId).toList());
        Map<Long, Long> teamOfAccount = members.findByChallengeIdOrderByJoinedAtAsc(challenge.getId()).stream()
                .collect(Collectors.toMap(TeamMember::getAccountId, TeamMember::getTeamId));
        List<String> missing = new ArrayList<>();
        for (Juror juror : jurors.findByChallengeIdOrderByIdAsc(challenge.getId())) {
            for (Submission s : work) {
                boolean own = s.getTeamId().equals(teamOfAccount.get(juror.getAccountId()));
                boolean scored = done.stream().anyMatch(e -> e.getJurorId().equals(juror.getId())
                        && e.getSubmissionId().equals(s.getId()));
                if (!own && !scored) {
                    missing.add(name(juror.getAccountId()) + ": " + s.getTitle());
                }
            }
        }
        return missing;
    }

    // ---- the coordinator ----

    /**
     * A draft challenge (ADR 0061): only those who run the exercise see it, edit it, give it a rubric and a jury and
     * publish it; nothing goes to the ledger until it is published.
     */
    @Transactional
    public Challenge create(Long commitmentId, ChallengeDraft draft) {
        return create(commitmentId, draft, List.of(), null);
    }

    /**
     * A challenge created and published at once ({@code challenge.created}), whatever its dates (the demo creates a
     * past challenge through this); people's forms write drafts ({@link #create}).
     */
    @Transactional
    public Challenge createPublished(Long commitmentId, ChallengeDraft draft) {
        Challenge challenge = create(commitmentId, draft, List.of(), null);
        challenge.publish(now());
        challenges.saveAndFlush(challenge);
        published(challenge);
        return challenge;
    }

    /**
     * Publishes a draft (ADR 0061): those who run the exercise, once its description and schedule pass every check and
     * its registration has not closed; writes {@code challenge.created} (or {@code challenge.imported} with
     * {@code adaptedFrom}) with its rubric and jury so far. Any refusal publishes nothing.
     */
    @Transactional
    public Challenge publish(String slug) {
        Challenge challenge = challenge(slug);
        allowedFor(challenge.getCommitmentId()).require(ChallengeAction.PUBLISH);
        List<org.apertura.platform.FieldProblem> problems = challenge.publishRefused(today());
        InvalidInputException.throwIfAny(problems);
        challenge.publish(now());
        challenges.saveAndFlush(challenge);
        published(challenge);
        return challenge;
    }

    private void published(Challenge challenge) {
        Map<String, Object> record = challenge.publicRecord(commitmentOf(challenge).getCode());
        List<Criterion> rubric = rubric(challenge);
        if (!rubric.isEmpty()) {
            record.put("rubric", rubric.stream().map(Criterion::publicRecord).toList());
        }
        Map<Long, String> jury = jury(challenge);
        if (!jury.isEmpty()) {
            record.put("jury", List.copyOf(jury.values()));
        }
        ledger.append(MODULE, challenge.getAdaptation() == null ? "challenge.created" : "challenge.imported", SUBJECT,
                challenge.getId(), record);
    }

    /** A criterion of a rubric as a kit carries it. */
    public record CriterionText(String name, String description, Integer weight) {
    }

    /**
     * A challenge adapted from another government's kit (issue 18, docs/KITS.md): a draft of the commitment (ADR 0061),
     * by those who may create one, with the description the kit carries, the schedule the importer chose and the kit's
     * rubric; it keeps the kit's attribution, shown on its page, and when it is published the ledger's
     * {@code challenge.imported} entry publishes it as {@code adaptedFrom}, with the rubric. Any refusal (a rule of a
     * challenge, a criterion) writes nothing.
     */
    @Transactional
    public Challenge importChallenge(Long commitmentId, ChallengeDraft draft, List<CriterionText> rubric,
            Adaptation origin) {
        return create(commitmentId, draft, rubric, origin);
    }

    private Challenge create(Long commitmentId, ChallengeDraft draft, List<CriterionText> rubric, Adaptation origin) {
        Commitment commitment = plans.commitment(commitmentId);
        Exercise exercise = exerciseOf(commitmentId);
        allowedFor(commitmentId).require(ChallengeAction.CREATE);
        Challenge challenge = new Challenge(commitment.getId(), exercise.getSlug(), draft, now());
        if (challenges.existsBySlug(challenge.getSlug())) {
            throw new InvalidInputException("slug", "validation.slug.taken");
        }
        if (origin != null) {
            challenge.adaptedFrom(origin);
        }
        challenges.saveAndFlush(challenge);
        int order = 0;
        for (CriterionText c : rubric) {
            criteria.save(new Criterion(challenge.getId(), ++order, c.name(), c.description(), c.weight()));
        }
        criteria.flush();
        return challenge;
    }

    @Transactional
    public Challenge change(String slug, ChallengeDraft draft) {
        Challenge challenge = challenge(slug);
        allowedOn(challenge).require(ChallengeAction.EDIT);
        challenge.change(draft, today(), scoringStarted(challenge));
        challenges.saveAndFlush(challenge);
        if (!challenge.isDraft()) {
            ledger.append(MODULE, "challenge.changed", SUBJECT, challenge.getId(),
                    challenge.publicRecord(commitmentOf(challenge).getCode()));
        }
        return challenge;
    }

    @Transactional
    public Criterion addCriterion(String slug, String name, String description, Integer weight) {
        Challenge challenge = challenge(slug);
        allowedOn(challenge).require(ChallengeAction.EDIT_RUBRIC);
        requireRubricOpen(challenge);
        List<Criterion> rubric = rubric(challenge);
        int next = rubric.stream().mapToInt(Criterion::getSortOrder).max().orElse(0) + 1;
        Criterion criterion = criteria.saveAndFlush(new Criterion(challenge.getId(), next, name, description, weight));
        rubricChanged(challenge);
        return criterion;
    }

    @Transactional
    public void removeCriterion(String slug, Long criterionId) {
        Challenge challenge = challenge(slug);
        allowedOn(challenge).require(ChallengeAction.EDIT_RUBRIC);
        requireRubricOpen(challenge);
        Criterion criterion = criteria.findById(criterionId).filter(c -> c.getChallengeId().equals(challenge.getId()))
                .orElseThrow(() -> new NotFoundException("criterion " + criterionId));
        criteria.delete(criterion);
        criteria.flush();
        rubricChanged(challenge);
    }

    @Transactional
    public void addJuror(String slug, String email) {
        Challenge challenge = challenge(slug);
        allowedOn(challenge).require(ChallengeAction.NAME_JURY);
        challenge.requireNotPublished();
        Account account = Texts.isBlank(email) ? null : accounts.byEmail(email).orElse(null);
        if (account == null) {
            throw new InvalidInputException("email", "challenge.error.jurorAccount");
        }
        if (jurors.findByChallengeIdAndAccountId(challenge.getId(), account.getId()).isPresent()) {
            throw new InvalidInputException("email", "challenge.error.jurorTwice", account.getDisplayName());
        }
        jurors.saveAndFlush(new Juror(challenge.getId(), account.getId(), now()));
        juryChanged(challenge);
    }

    @Transactional
    public void removeJuror(String slug, Long jurorId) {
        Challenge challenge = challenge(slug);
        allowedOn(challenge).require(ChallengeAction.NAME_JURY);
        challenge.requireNotPublished();
        Juror juror = jurors.findById(jurorId).filter(j -> j.getChallengeId().equals(challenge.getId()))
                .orElseThrow(() -> new NotFoundException("juror " + jurorId));
        if (evaluations.existsByJurorIdIn(List.of(juror.getId()))) {
            throw new InvalidInputException("juror", "challenge.error.jurorScored", name(juror.getAccountId()));
        }
        jurors.delete(juror);
        jurors.flush();
        juryChanged(challenge);
    }

    /**
     * Publishes the results with the prizes the coordinator gives (by submission id). Only once submissions
     * have closed and every jury member has scored every submission but their own team's.
     */
    @Transactional
    public void publishResults(String slug, Map<Long, String> awards) {
        Challenge challenge = challenge(slug);
        allowedOn(challenge).require(ChallengeAction.PUBLISH_RESULTS);
        challenge.requireNotPublished();
        if (!challenge.judgingOn(today())) {
            throw new InvalidInputException("challenge", "challenge.error.notJudging", challenge.getSubmissionsClose());
        }
        List<Submission> work = submissions(challenge);
        if (work.isEmpty() || jurors.findByChallengeIdOrderByIdAsc(challenge.getId()).isEmpty()) {
            throw new InvalidInputException("challenge", "challenge.error.nothingToPublish");
        }
        List<String> missing = missingScores(challenge);
        if (!missing.isEmpty()) {
            throw new InvalidInputException("challenge", "challenge.error.missingScores", String.join("; ", missing));
        }
        Map<Long, String> given = awards == null ? Map.of() : awards;
        for (Submission s : work) {
            String award = given.get(s.getId());
            InvalidInputException.throwIf(FieldProblem.longerThan(award, 200, "award", "challenge.error.max"));
        }
        work.forEach(s -> s.award(given.get(s.getId())));
        submissions.saveAllAndFlush(work);
        challenge.publishResults(now());
        challenges.saveAndFlush(challenge);
        ChallengeDetail detail = detail(slug);
        List<String> names = detail.rubric().stream().map(Criterion::getName).toList();
        List<Map<String, Object>> results = detail.submissions().stream().map(v -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("rank", v.rank());
            row.put("team", v.team());
            row.put("title", v.submission().getTitle());
            row.put("score", v.score());
            row.put("award", v.submission().getAward());
            row.put("evaluations", v.evaluations().stream().map(e -> {
                Map<String, Object> scores = new LinkedHashMap<>();
                for (int i = 0; i < names.size(); i++) {
                    scores.put(names.get(i), e.scores().get(i));
                }
                Map<String, Object> evaluation = new LinkedHashMap<>();
                evaluation.put("juror", e.juror());
                evaluation.put("scores", scores);
                evaluation.put("weighted", e.weighted());
                evaluation.put("comment", e.comment());
                return evaluation;
            }).toList());
            return row;
        }).toList();
        append(challenge, "challenge.results.published", "rubric",
                detail.rubric().stream().map(Criterion::publicRecord).toList(), "results", results);
    }

    /** Links a prize-winning submission to the milestone of the challenge's commitment that took it forward. */
    @Transactional
    public FollowUp linkFollowUp(String slug, Long submissionId, Long milestoneId, String note) {
        Challenge challenge = challenge(slug);
        allowedOn(challenge).require(ChallengeAction.LINK_FOLLOW_UP);
        if (!challenge.isPublished()) {
            throw new InvalidInputException("submission", "challenge.error.notPublished");
        }
        Submission submission = submissionId == null ? null : submissions.findById(submissionId)
                .filter(s -> s.getChallengeId().equals(challenge.getId())).orElse(null);
        if (submission == null || submission.getAward() == null) {
            throw new InvalidInputException("submission", "challenge.error.notWinner");
        }
        Milestone milestone = milestoneId == null ? null : milestones(challenge).stream()
                .filter(m -> m.getId().equals(milestoneId)).findFirst().orElse(null);
        if (milestone == null) {
            throw new InvalidInputException("milestone", "challenge.error.milestone");
        }
        if (followUps.existsBySubmissionIdAndMilestoneId(submission.getId(), milestone.getId())) {
            throw new InvalidInputException("milestone", "challenge.error.followUpTwice");
        }
        FollowUp followUp = followUps.saveAndFlush(new FollowUp(challenge.getId(), submission.getId(), milestone.getId(),
                note, now()));
        append(challenge, "challenge.followup.linked", "team", team(submission.getTeamId()).getName(), "submission",
                submission.getTitle(), "award", submission.getAward(), "commitment", commitmentOf(challenge).getCode(),
                "milestoneId", milestone.getId(), "milestone", milestone.getTitle(), "note", followUp.getNote());
        return followUp;
    }

    // ---- teams and their work ----

    /** Registers a team; the person signed in becomes its first member. */
    @Transactional
    public Team registerTeam(String slug, String name) {
        Challenge challenge = challenge(slug);
        PublicActor actor = signedIn();
        challenge.requireRegistrationOpen(today(), "name");
        requireNoTeam(challenge, actor);
        Team team = new Team(challenge.getId(), name, now());
        if (teams.existsByChallengeIdAndNameKey(challenge.getId(), team.getNameKey())) {
            throw new InvalidInputException("name", "challenge.error.teamNameTaken", team.getName());
        }
        teams.saveAndFlush(team);
        members.saveAndFlush(new TeamMember(team, actor.accountId(), now()));
        append(challenge, "challenge.team.registered", "team", team.getName(), "members", List.of(actor.displayName()));
        return team;
    }

    /** Joins the team whose code the person was given. */
    @Transactional
    public Team joinTeam(String slug, String code) {
        Challenge challenge = challenge(slug);
        PublicActor actor = signedIn();
        challenge.requireRegistrationOpen(today(), "code");
        requireNoTeam(challenge, actor);
        Team team = teams.findByChallengeIdAndJoinCode(challenge.getId(), Team.normalizeCode(code))
                .orElseThrow(() -> new InvalidInputException("code", "challenge.error.joinCode"));
        members.saveAndFlush(new TeamMember(team, actor.accountId(), now()));
        append(challenge, "challenge.team.joined", "team", team.getName(), "member", actor.displayName());
        return team;
    }

    /** Submits (or revises) the work of the current person's team. */
    @Transactional
    public Submission submit(String slug, String title, String description, String link, String licence) {
        Challenge challenge = challenge(slug);
        signedIn();
        Team team = myTeam(challenge).orElseThrow(() -> new InvalidInputException("title", "challenge.error.noTeam"));
        challenge.requireSubmissionsOpen(today());
        if (rubric(challenge).isEmpty()) {
            throw new InvalidInputException("title", "challenge.error.noRubric");
        }
        Submission submission = submissions.findByTeamId(team.getId())
                .orElseGet(() -> new Submission(challenge.getId(), team.getId()));
        submission.revise(title, description, link, licence, now());
        submissions.saveAndFlush(submission);
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("challenge", challenge.getSlug());
        record.putAll(submission.publicRecord(team.getName()));
        ledger.append(MODULE, "challenge.submission.made", SUBJECT, challenge.getId(), record);
        return submission;
    }

    // ---- the jury ----

    /** A jury member scores a submission on every criterion (0 to 10), with an optional comment. */
    @Transactional
    public Evaluation score(String slug, Long submissionId, Map<Long, Integer> scores, String comment) {
        Challenge challenge = challenge(slug);
        allowedOn(challenge).require(ChallengeAction.SCORE);
        Juror juror = myJuror(challenge).orElseThrow();
        Submission submission = submissions.findById(submissionId)
                .filter(s -> s.getChallengeId().equals(challenge.getId()))
                .orElseThrow(() -> new NotFoundException("submission " + submissionId));
        Team team = team(submission.getTeamId());
        challenge.requireJudging(today());
        if (members.findByChallengeIdAndAccountId(challenge.getId(), juror.getAccountId())
                .filter(m -> m.getTeamId().equals(team.getId())).isPresent()) {
            throw new InvalidInputException("scores", "challenge.error.ownTeam", team.getName());
        }
        Evaluation evaluation = evaluations.findBySubmissionIdAndJurorId(submission.getId(), juror.getId())
                .orElseGet(() -> new Evaluation(submission.getId(), juror.getId()));
        evaluation.score(rubric(challenge), scores == null ? Map.of() : scores, comment, now());
        return evaluations.saveAndFlush(evaluation);
    }

    // ---- helpers ----

    private Optional<Juror> myJuror(Challenge challenge) {
        return PublicActor.current()
                .flatMap(actor -> jurors.findByChallengeIdAndAccountId(challenge.getId(), actor.accountId()));
    }

    private void requireNoTeam(Challenge challenge, PublicActor actor) {
        members.findByChallengeIdAndAccountId(challenge.getId(), actor.accountId()).ifPresent(m -> {
            throw new InvalidInputException("name", "challenge.error.alreadyInTeam", team(m.getTeamId()).getName());
        });
    }

    private void requireRubricOpen(Challenge challenge) {
        challenge.requireNotPublished();
        if (scoringStarted(challenge)) {
            throw new InvalidInputException("name", "challenge.error.rubricFrozen");
        }
    }

    private void rubricChanged(Challenge challenge) {
        append(challenge, "challenge.rubric.changed", "rubric",
                rubric(challenge).stream().map(Criterion::publicRecord).toList());
    }

    private void juryChanged(Challenge challenge) {
        append(challenge, "challenge.jury.changed", "jury", List.copyOf(jury(challenge).values()));
    }

    /**
     * Writes a public change of the challenge to the ledger: its slug, then the given (name, value) pairs; nothing for a
     * draft (its rubric and jury go to the ledger with its publication, ADR 0061).
     */
    private void append(Challenge challenge, String type, Object... pairs) {
        if (challenge.isDraft()) {
            return;
        }
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("challenge", challenge.getSlug());
        for (int i = 0; i < pairs.length; i += 2) {
            record.put((String) pairs[i], pairs[i + 1]);
        }
        ledger.append(MODULE, type, SUBJECT, challenge.getId(), record);
    }

    private Exercise exerciseOf(Long commitmentId) {
        return plans.exerciseOf(plans.plan(plans.commitment(commitmentId).getPlanId()));
    }

    private static PublicActor signedIn() {
        return PublicActor.current().orElseThrow(() -> new AccessDeniedException("sign in first"));
    }

    private String name(Long accountId) {
        return accounts.get(accountId).getDisplayName();
    }

    private Instant now() {
        return today.now();
    }
}
