package org.apertura;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apertura.accessinfo.AccessRequest;
import org.apertura.appeal.Appeal;
import org.apertura.appeal.AppealAction;
import org.apertura.appeal.AppealPolicy;
import org.apertura.accessinfo.RequestAction;
import org.apertura.accessinfo.RequestPolicy;
import org.apertura.actionplan.PlanAction;
import org.apertura.actionplan.PlanPolicy;
import org.apertura.challenge.ChallengeAction;
import org.apertura.challenge.ChallengePolicy;
import org.apertura.cocreation.CallAction;
import org.apertura.cocreation.CallPolicy;
import org.apertura.contracting.ContractingAction;
import org.apertura.contracting.ContractingPolicy;
import org.apertura.feedback.FeedbackAction;
import org.apertura.feedback.FeedbackPolicy;
import org.apertura.identity.MembershipPolicy;
import org.apertura.participation.BudgetAction;
import org.apertura.participation.ParticipationPolicy;
import org.apertura.deadlines.CalendarAction;
import org.apertura.deadlines.CalendarPolicy;
import org.apertura.identity.MembershipPolicy.MembershipAction;
import org.apertura.platform.security.Actor;
import org.apertura.platform.security.Allowed;
import org.apertura.platform.security.Authority;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.ScopeKind;
import org.apertura.secretariat.BodyAction;
import org.apertura.secretariat.BodyPolicy;
import org.junit.jupiter.api.Test;

/**
 * The authorisation matrix, from the policies themselves: for every action of every policy and every role —
 * held in the thing's own scope, held in another scope, nobody signed in, the administrator — the policy
 * entitles exactly who the table below says. A new action (a new enum constant) fails here until the table
 * says who does it. What the entity lets happen at each moment is tested against its own transitions in each
 * module's guard tests.
 */
class PolicyMatrixTest {

    /** The scopes of the thing acted on: its institution, the guarantor's jurisdiction, its secretariat. */
    static final Map<ScopeKind, String> OWN = Map.of(ScopeKind.INSTITUTION, "congreso-durango",
            ScopeKind.GUARANTOR_AUTHORITY, "idaip", ScopeKind.SECRETARIAT, "stl-durango");
    static final Map<ScopeKind, String> OTHER = Map.of(ScopeKind.INSTITUTION, "otra-institucion",
            ScopeKind.GUARANTOR_AUTHORITY, "otra-autoridad-garante", ScopeKind.SECRETARIAT, "otro-secretariado");

    /** Who does an action: the roles that do it in the thing's own scope, and whether an administrator does. */
    record Who(Set<Role> roles, boolean admin) {

        static Who roles(Role... roles) {
            return new Who(Set.of(roles), false);
        }

        static Who adminOr(Role... roles) {
            return new Who(Set.of(roles), true);
        }

        static final Who ADMIN = new Who(Set.of(), true);
        /** No role: a party known otherwise (the requester by account or key). */
        static final Who NO_ROLE = new Who(Set.of(), false);
    }

    /** The actors of one row of the matrix, named for the failure message. */
    static Map<String, Actor> actors(Role role) {
        Map<String, Actor> out = new LinkedHashMap<>();
        if (role == Role.ADMIN) {
            out.put("administrator", Actor.holding(Authority.ADMIN));
            return out;
        }
        String own = OWN.get(role.scopeKind());
        String other = OTHER.get(role.scopeKind());
        if (role.needsSector()) {
            for (String sector : List.of("CIVIL_SOCIETY", "GOVERNMENT", "GUARANTOR")) {
                out.put(role + "/" + sector + " in scope", Actor.holding(Authority.of(role, own),
                        Authority.ofSector(role, sector, own)));
                out.put(role + "/" + sector + " out of scope", Actor.holding(Authority.of(role, other),
                        Authority.ofSector(role, sector, other)));
            }
        } else {
            out.put(role + " in scope", Actor.holding(Authority.of(role, own)));
            out.put(role + " out of scope", Actor.holding(Authority.of(role, other)));
        }
        return out;
    }

    /**
     * Runs the matrix: every action × every role in and out of scope, anonymous and the administrator.
     * {@code sectors}: for STL_MEMBER, the sectors that are entitled (all when empty).
     */
    static <A extends Enum<A>> void matrix(String policy, Class<A> actions, Map<A, Who> table,
            Map<A, Set<String>> sectors, Function<Actor, Allowed<A>> entitled) {
        assertThat(table.keySet()).as(policy + ": every action has a row saying who does it")
                .containsExactlyInAnyOrder(actions.getEnumConstants());
        List<String> wrong = new ArrayList<>();
        for (A action : actions.getEnumConstants()) {
            Who who = table.get(action);
            if (entitled.apply(Actor.anonymous()).may(action)) {
                wrong.add(action + ": anonymous is entitled");
            }
            for (Role role : Role.values()) {
                for (Map.Entry<String, Actor> actor : actors(role).entrySet()) {
                    boolean inScope = !actor.getKey().endsWith("out of scope");
                    boolean expected = role == Role.ADMIN ? who.admin()
                            : inScope && who.roles().contains(role) && sectorMatches(sectors.get(action), actor.getKey());
                    if (entitled.apply(actor.getValue()).may(action) != expected) {
                        wrong.add(action + ": " + actor.getKey() + (expected ? " is refused" : " is entitled"));
                    }
                }
            }
        }
        assertThat(wrong).as(policy).isEmpty();
    }

    private static boolean sectorMatches(Set<String> sectors, String actorName) {
        return sectors == null || sectors.stream().anyMatch(s -> actorName.contains("/" + s + " "));
    }

    static <A extends Enum<A>> Map<A, Who> table(Class<A> type, Function<A, Who> who) {
        Map<A, Who> out = new EnumMap<>(type);
        for (A a : type.getEnumConstants()) {
            out.put(a, who.apply(a));
        }
        return out;
    }

    @Test
    void appeals() {
        Appeal appeal = mock(Appeal.class);
        when(appeal.getGuarantorSlug()).thenReturn(OWN.get(ScopeKind.GUARANTOR_AUTHORITY));
        when(appeal.getInstitutionSlug()).thenReturn(OWN.get(ScopeKind.INSTITUTION));
        AppealPolicy policy = new AppealPolicy();
        Map<AppealAction, Who> table = table(AppealAction.class, a -> switch (a) {
            case ASK_CLARIFICATION, ADMIT, DISMISS, EXTEND, RESOLVE, VERIFY, DISCONTINUE, CLOSE_INSTRUCTION,
                    NOTIFY_RESOLUTION, DECIDE_COMPLIANCE_EXTENSION, IMPOSE_MEASURE, RECORD_MEASURE, REQUIRE_SUPERIOR ->
                    Who.roles(Role.GUARANTOR);
            case UNIT_ALLEGATION, REPORT_COMPLIANCE, ASK_COMPLIANCE_EXTENSION, FORWARD_WRITTEN ->
                    Who.roles(Role.TRANSPARENCY_UNIT);
            case REPLY_CLARIFICATION, APPELLANT_ALLEGATION, OBJECT, WITHDRAW -> Who.NO_ROLE;
        });
        matrix("AppealPolicy", AppealAction.class, table, Map.of(), actor -> policy.entitled(actor, appeal, false));
        // Before any appeal: only the institution's Transparency Unit forwards one filed with it (art. 144 ¶2).
        Map<AppealAction, Who> before = table(AppealAction.class,
                a -> a == AppealAction.FORWARD_WRITTEN ? Who.roles(Role.TRANSPARENCY_UNIT) : Who.NO_ROLE);
        matrix("AppealPolicy.beforeAppeal", AppealAction.class, before, Map.of(),
                actor -> policy.beforeAppeal(actor, OWN.get(ScopeKind.INSTITUTION)));
        // The appellant (the request's requester, by account or key) does exactly the appellant's acts, whoever they are.
        for (Actor actor : List.of(Actor.anonymous(), Actor.holding(Authority.ADMIN))) {
            assertThat(policy.entitled(actor, appeal, true).actions()).containsExactlyInAnyOrder(
                    AppealAction.REPLY_CLARIFICATION, AppealAction.APPELLANT_ALLEGATION, AppealAction.OBJECT,
                    AppealAction.WITHDRAW);
        }
    }

    @Test
    void inconformities() {
        // The federal authority's staff (GUARANTOR on it) and the local authority's (GUARANTOR on theirs) act in
        // different capacities: each matrix puts one of them in scope and the other elsewhere.
        org.apertura.appeal.InconformityPolicy policy = new org.apertura.appeal.InconformityPolicy();
        for (boolean federalInScope : List.of(true, false)) {
            org.apertura.appeal.Inconformity i = mock(org.apertura.appeal.Inconformity.class);
            String own = OWN.get(ScopeKind.GUARANTOR_AUTHORITY);
            when(i.getFederalAuthoritySlug()).thenReturn(federalInScope ? own : "autoridad-garante-de-nadie");
            when(i.getLocalAuthoritySlug()).thenReturn(federalInScope ? "autoridad-garante-de-nadie" : own);
            when(i.getInstitutionSlug()).thenReturn(OWN.get(ScopeKind.INSTITUTION));
            Map<org.apertura.appeal.InconformityAction, Who> table = table(org.apertura.appeal.InconformityAction.class,
                    a -> switch (a.party()) {
                        case FEDERAL_AUTHORITY -> federalInScope ? Who.roles(Role.GUARANTOR) : Who.NO_ROLE;
                        case LOCAL_AUTHORITY -> federalInScope ? Who.NO_ROLE : Who.roles(Role.GUARANTOR);
                        case TRANSPARENCY_UNIT -> Who.roles(Role.TRANSPARENCY_UNIT);
                        case APPELLANT, PLATFORM -> Who.NO_ROLE;
                    });
            matrix("InconformityPolicy", org.apertura.appeal.InconformityAction.class, table, Map.of(),
                    actor -> policy.entitled(actor, i, false));
            assertThat(policy.entitled(Actor.anonymous(), i, true).actions()).containsExactlyInAnyOrder(
                    org.apertura.appeal.InconformityAction.REPLY_PREVENTION,
                    org.apertura.appeal.InconformityAction.ALLEGE,
                    org.apertura.appeal.InconformityAction.EXTEND_ALLEGATIONS,
                    org.apertura.appeal.InconformityAction.WITHDRAW);
        }
        // Each new act's party, as the law gives it (arts. 171–172, 175).
        assertThat(org.apertura.appeal.InconformityAction.ASK_NEW_RULING_EXTENSION.party())
                .isEqualTo(org.apertura.appeal.InconformityCapacity.LOCAL_AUTHORITY);
        assertThat(org.apertura.appeal.InconformityAction.CLOSE_INSTRUCTION.party())
                .isEqualTo(org.apertura.appeal.InconformityCapacity.FEDERAL_AUTHORITY);
    }

    @Test
    void accessRequests() {
        AccessRequest request = mock(AccessRequest.class);
        when(request.getInstitutionSlug()).thenReturn(OWN.get(ScopeKind.INSTITUTION));
        RequestPolicy policy = new RequestPolicy();
        Map<RequestAction, Who> table = table(RequestAction.class, a -> switch (a) {
            case REGISTER, TURN, ASK_CLARIFICATION, ANSWER, RECORD_PAYMENT -> Who.roles(Role.TRANSPARENCY_UNIT);
            case SEE_QUEUE -> Who.roles(Role.TRANSPARENCY_UNIT, Role.COMMITTEE);
            case COMMITTEE_RESOLUTION, EXTEND_RESERVE, ASK_GUARANTOR_RESERVE_EXTENSION -> Who.roles(Role.COMMITTEE);
            // The guarantor authority asked (art. 104 ¶4): GUARANTOR on that authority, not on the institution.
            case DECIDE_RESERVE_EXTENSION -> Who.roles(Role.GUARANTOR);
            case REPLY_CLARIFICATION -> Who.NO_ROLE;
        });
        String institution = OWN.get(ScopeKind.INSTITUTION);
        String authority = OWN.get(ScopeKind.GUARANTOR_AUTHORITY);
        matrix("RequestPolicy", RequestAction.class, table, Map.of(), actor -> Allowed.of(RequestAction.class,
                union(policy.entitled(actor, request, false, authority), policy.atInstitution(actor, institution))));
        // With no authority asked, nobody decides.
        assertThat(policy.entitled(Actor.holding(Authority.of(Role.GUARANTOR, authority)), request, false).actions())
                .doesNotContain(RequestAction.DECIDE_RESERVE_EXTENSION);
        assertThat(policy.entitled(Actor.anonymous(), request, true).actions())
                .containsExactly(RequestAction.REPLY_CLARIFICATION);
    }

    /**
     * Community (not scoped: one's own settings, following, the platform's newsletter): anonymous does nothing; anyone
     * signed in manages their own and follows; the newsletter is written by administrators and by a coordinator of
     * any secretariat, nobody else; an appeal is filed once by the author and decided, while pending, by a moderator
     * of the content who is neither its author nor the one who hid it.
     */
    @Test
    void community() {
        org.apertura.community.CommunityPolicy policy = new org.apertura.community.CommunityPolicy();
        assertThat(policy.entitled(Actor.anonymous()).any()).isFalse();
        assertThat(policy.entitled(Actor.holding()).actions()).containsExactlyInAnyOrder(
                org.apertura.community.CommunityAction.MANAGE_OWN, org.apertura.community.CommunityAction.FOLLOW);
        for (Role role : Role.values()) {
            for (Map.Entry<String, Actor> actor : actors(role).entrySet()) {
                assertThat(policy.entitled(actor.getValue()).may(org.apertura.community.CommunityAction.WRITE_NEWSLETTER))
                        .as(actor.getKey()).isEqualTo(role == Role.ADMIN || role == Role.COORDINATOR);
            }
        }
        var hidden = new org.apertura.platform.people.PeopleContent.HiddenContent("proposal-comment", "1", 7L, "t",
                "/propuestas/1", "r", java.util.Optional.of("Quien ocultó"), java.time.Instant.EPOCH);
        var appeal = org.apertura.community.CommunityAction.APPEAL;
        var decide = org.apertura.community.CommunityAction.DECIDE_APPEAL;
        assertThat(policy.onHidden(7L, "Autora", hidden, false, false, false).may(appeal)).isTrue();
        assertThat(policy.onHidden(7L, "Autora", hidden, true, true, false).may(appeal)).as("only once").isFalse();
        assertThat(policy.onHidden(8L, "Otra", hidden, false, false, true).may(appeal)).as("not the author").isFalse();
        assertThat(policy.onHidden(8L, "Otra", hidden, true, true, true).may(decide)).isTrue();
        assertThat(policy.onHidden(9L, "Quien ocultó", hidden, true, true, true).may(decide)).as("the hider").isFalse();
        assertThat(policy.onHidden(8L, "Otra", hidden, true, false, true).may(decide)).as("decided").isFalse();
        assertThat(policy.onHidden(8L, "Otra", hidden, true, true, false).may(decide)).as("no moderator").isFalse();
        assertThat(policy.onHidden(null, null, hidden, true, true, true).any()).as("anonymous").isFalse();
    }

    /**
     * The comment engine (ADR 0067): the subject's module says whether it takes comments and who moderates it; anyone
     * signed in comments while it is open, votes and flags others' shown comments, never their own; moderators hide
     * a shown comment and restore a hidden one; a visitor does nothing.
     */
    @Test
    void comments() {
        var policy = new org.apertura.comments.DiscussionPolicy();
        var open = new org.apertura.platform.comments.CommentSubject("commitment", "1", "t", "/compromisos/1", null,
                false, false);
        var closed = new org.apertura.platform.comments.CommentSubject("pd-debate", "1", "t", "/d", "closed", false,
                false);
        var moderated = new org.apertura.platform.comments.CommentSubject("commitment", "1", "t", "/compromisos/1",
                null, false, true);
        assertThat(policy.on(open, null).any()).as("anonymous").isFalse();
        assertThat(policy.on(open, 7L).actions()).containsExactly(org.apertura.comments.DiscussionAction.COMMENT);
        assertThat(policy.on(closed, 7L).any()).as("closed").isFalse();
        assertThat(org.apertura.comments.DiscussionAction.values()).hasSize(5);
    }

    @Test
    void collegiateBodies() {
        BodyPolicy policy = new BodyPolicy();
        String body = OWN.get(ScopeKind.SECRETARIAT);
        Map<BodyAction, Who> table = table(BodyAction.class, a -> a == BodyAction.CREATE_BODY ? Who.ADMIN
                : Who.adminOr(Role.COORDINATOR));
        matrix("BodyPolicy", BodyAction.class, table, Map.of(), actor -> Allowed.of(BodyAction.class,
                union(policy.entitled(actor, body), policy.atPlatform(actor))));
    }

    @Test
    void actionPlans() {
        PlanPolicy policy = new PlanPolicy();
        String body = OWN.get(ScopeKind.SECRETARIAT);
        String lead = OWN.get(ScopeKind.INSTITUTION);
        Map<PlanAction, Who> table = table(PlanAction.class, a -> switch (a) {
            case CREATE_EXERCISE, CREATE_PLAN, MANAGE, ADD_COMMITMENT, ADD_MILESTONE, IMPORT_KIT, REVISE_COMMITMENT, APPROVE,
                    PUBLISH -> Who.adminOr(Role.COORDINATOR);
            case SUBMIT_EVIDENCE, ASSESS_SELF -> Who.roles(Role.LIAISON);
            case REVIEW_EVIDENCE, ASSESS_INDEPENDENT -> Who.roles(Role.STL_MEMBER);
            case ANSWER_FEEDBACK -> Who.adminOr(Role.COORDINATOR, Role.LIAISON);
        });
        Set<String> reviewing = Set.of("CIVIL_SOCIETY", "GUARANTOR");
        matrix("PlanPolicy", PlanAction.class, table, Map.of(PlanAction.REVIEW_EVIDENCE, reviewing,
                PlanAction.ASSESS_INDEPENDENT, reviewing), actor -> Allowed.of(PlanAction.class,
                        union(policy.running(actor, body), policy.reporting(actor, body, lead))));
        // Starting an exercise at all: an administrator, or the coordinator of some secretariat.
        assertThat(policy.atPlatform(Actor.holding(Authority.of(Role.COORDINATOR, "otro-secretariado")))
                .may(PlanAction.CREATE_EXERCISE)).isTrue();
        assertThat(policy.atPlatform(Actor.holding(Authority.of(Role.LIAISON, lead))).any()).isFalse();
    }

    @Test
    void memberships() {
        MembershipPolicy policy = new MembershipPolicy();
        Map<MembershipAction, Who> table = table(MembershipAction.class, a -> a == MembershipAction.GRANT_ANY
                ? Who.ADMIN : Who.adminOr(Role.COORDINATOR));
        matrix("MembershipPolicy", MembershipAction.class, table, Map.of(),
                actor -> policy.inSecretariat(actor, OWN.get(ScopeKind.SECRETARIAT)));
    }

    @Test
    void coCreation() {
        CallPolicy policy = new CallPolicy(new PlanPolicy());
        Map<CallAction, Who> table = table(CallAction.class, a -> switch (a) {
            case CREATE_CALL, EDIT_CALL, PUBLISH_CALL, RECORD_TABLE, EDIT_TABLE, DISPOSE, HIDE_COMMENT, SEE_REPORTS,
                    REMOVE_MEDIA -> Who.adminOr(Role.COORDINATOR);
            case ENTER_PROPOSAL, SEE_ORIGINAL -> Who.adminOr(Role.COORDINATOR, Role.STL_MEMBER);
            case EDIT_PROPOSAL, ATTACH_MEDIA, PROPOSE_AMENDMENT, DECIDE_AMENDMENT, WITHDRAW_AMENDMENT -> Who.NO_ROLE;
        });
        matrix("CallPolicy", CallAction.class, table, Map.of(),
                actor -> policy.entitled(actor, OWN.get(ScopeKind.SECRETARIAT)));
    }

    @Test
    void participatoryBudgets() {
        ParticipationPolicy policy = new ParticipationPolicy(new PlanPolicy());
        Map<BudgetAction, Who> table = table(BudgetAction.class, a -> switch (a) {
            case CONFIGURE, REVIEW, PUBLISH_RESULTS, FOLLOW_EXECUTION, OPEN_DEBATE, DRAFT_COMMITMENT, REMOVE_MEDIA ->
                    Who.adminOr(Role.COORDINATOR);
            case REGISTER_BALLOT, ENTER_TALLY, MODERATE -> Who.adminOr(Role.COORDINATOR, Role.STL_MEMBER);
            case PROPOSE, SUPPORT, VOTE, COMMENT, FLAG, ANSWER, RATE_COMMENT, ATTACH_MEDIA -> Who.NO_ROLE;
        });
        matrix("ParticipationPolicy", BudgetAction.class, table, Map.of(),
                actor -> policy.entitled(actor, OWN.get(ScopeKind.SECRETARIAT)));
    }

    @Test
    void meetings() {
        org.apertura.meetings.MeetingPolicy policy = new org.apertura.meetings.MeetingPolicy();
        Map<org.apertura.meetings.MeetingAction, Who> table = table(org.apertura.meetings.MeetingAction.class,
                a -> switch (a) {
                    case CREATE, EDIT, CANCEL, PUBLISH_MINUTES -> Who.adminOr(Role.COORDINATOR);
                    case REGISTER, CANCEL_REGISTRATION -> Who.NO_ROLE;
                });
        matrix("MeetingPolicy", org.apertura.meetings.MeetingAction.class, table, Map.of(),
                actor -> policy.entitled(actor, java.util.Optional.of(OWN.get(ScopeKind.SECRETARIAT))));
    }

    @Test
    void challenges() {
        ChallengePolicy policy = new ChallengePolicy(new PlanPolicy());
        Map<ChallengeAction, Who> table = table(ChallengeAction.class, a -> a == ChallengeAction.SCORE ? Who.NO_ROLE
                : Who.adminOr(Role.COORDINATOR));
        matrix("ChallengePolicy", ChallengeAction.class, table, Map.of(),
                actor -> policy.entitled(actor, OWN.get(ScopeKind.SECRETARIAT), false));
        // The jury scores, whatever role its members hold; nobody signed in never does.
        assertThat(policy.entitled(Actor.holding(Authority.of(Role.LIAISON, "otra-institucion")), "x", true).actions())
                .containsExactly(ChallengeAction.SCORE);
        assertThat(policy.entitled(Actor.anonymous(), "x", true).any()).isFalse();
    }

    @Test
    void feedback() {
        FeedbackPolicy policy = new FeedbackPolicy();
        Map<FeedbackAction, Who> table = table(FeedbackAction.class, a -> a == FeedbackAction.REPLY ? Who.NO_ROLE
                : Who.adminOr(Role.COORDINATOR, Role.STL_MEMBER));
        matrix("FeedbackPolicy", FeedbackAction.class, table, Map.of(),
                actor -> policy.onItem(actor, java.util.Optional.of(OWN.get(ScopeKind.SECRETARIAT)), false));
        // Whoever the item's module says answers for it replies, registers and sees contacts; never anonymously.
        assertThat(policy.onItem(Actor.holding(Authority.of(Role.LIAISON, "x")), java.util.Optional.empty(), true)
                .actions()).containsExactlyInAnyOrder(FeedbackAction.values());
        assertThat(policy.onItem(Actor.anonymous(), java.util.Optional.empty(), true).any()).isFalse();
    }

    @Test
    void calendars() {
        CalendarPolicy policy = new CalendarPolicy();
        Map<CalendarAction, Who> table = table(CalendarAction.class,
                a -> a == CalendarAction.ADOPT_RULE_SET || a == CalendarAction.SET_TIME_ZONE ? Who.ADMIN
                        : Who.adminOr(Role.GUARANTOR));
        matrix("CalendarPolicy", CalendarAction.class, table, Map.of(),
                actor -> policy.onCalendarOf(actor, OWN.get(ScopeKind.GUARANTOR_AUTHORITY)));
    }

    @Test
    void archives() {
        org.apertura.archives.ArchivesPolicy policy = new org.apertura.archives.ArchivesPolicy();
        Map<org.apertura.archives.ArchivesAction, Who> table = table(org.apertura.archives.ArchivesAction.class,
                a -> switch (a) {
                    // the área coordinadora keeps the Grupo Interdisciplinario's acts and designates the archives
                    case APPROVE_INSTRUMENTS, DESIGNATE_ARCHIVES, KEEP_GROUP -> Who.roles(Role.COORDINATING_ARCHIVIST);
                    case IMPORT_INSTRUMENTS, MANAGE, KEEP_FILES -> Who.roles(Role.ARCHIVIST, Role.COORDINATING_ARCHIVIST);
                });
        matrix("ArchivesPolicy", org.apertura.archives.ArchivesAction.class, table, Map.of(),
                actor -> policy.allowed(actor, OWN.get(ScopeKind.INSTITUTION)));
    }

    @Test
    void nationalNode() {
        org.apertura.national.NationalPolicy policy = new org.apertura.national.NationalPolicy();
        Map<org.apertura.national.NationalAction, Who> table = table(org.apertura.national.NationalAction.class,
                a -> Who.ADMIN);
        matrix("NationalPolicy", org.apertura.national.NationalAction.class, table, Map.of(), policy::allowed);
    }

    @Test
    void ledgerCheckpoints() {
        org.apertura.ledger.LedgerPolicy policy = new org.apertura.ledger.LedgerPolicy();
        Map<org.apertura.ledger.LedgerAction, Who> table = table(org.apertura.ledger.LedgerAction.class, a -> Who.ADMIN);
        matrix("LedgerPolicy", org.apertura.ledger.LedgerAction.class, table, Map.of(), policy::allowed);
    }

    @Test
    void contracting() {
        ContractingPolicy policy = new ContractingPolicy();
        Map<ContractingAction, Who> table = table(ContractingAction.class, a -> Who.roles(Role.PROCUREMENT));
        matrix("ContractingPolicy", ContractingAction.class, table, Map.of(),
                actor -> policy.allowed(actor, OWN.get(ScopeKind.INSTITUTION)));
        // The publishing pages open for whoever publishes for some institution, and offer only those.
        Actor officer = Actor.holding(Authority.of(Role.PROCUREMENT, OWN.get(ScopeKind.INSTITUTION)));
        assertThat(policy.anywhere(officer).may(ContractingAction.PUBLISH)).isTrue();
        assertThat(policy.publishers(officer)).containsExactly(OWN.get(ScopeKind.INSTITUTION));
        assertThat(policy.anywhere(Actor.holding(Authority.of(Role.TRANSPARENCY_UNIT,
                OWN.get(ScopeKind.INSTITUTION)))).any()).isFalse();
        assertThat(policy.anywhere(Actor.holding(Authority.ADMIN)).any()).isFalse();
        assertThat(policy.anywhere(Actor.anonymous()).any()).isFalse();
    }

    @Test
    void openData() {
        org.apertura.opendata.OpenDataPolicy policy = new org.apertura.opendata.OpenDataPolicy();
        org.apertura.opendata.Dataset draft = mock(org.apertura.opendata.Dataset.class);
        when(draft.getInstitutionSlug()).thenReturn(OWN.get(ScopeKind.INSTITUTION));
        when(draft.getState()).thenReturn(org.apertura.opendata.DatasetState.DRAFT);
        org.apertura.opendata.Dataset published = mock(org.apertura.opendata.Dataset.class);
        when(published.getInstitutionSlug()).thenReturn(OWN.get(ScopeKind.INSTITUTION));
        when(published.getState()).thenReturn(org.apertura.opendata.DatasetState.PUBLISHED);
        Map<org.apertura.opendata.OpenDataAction, Who> table = table(org.apertura.opendata.OpenDataAction.class,
                a -> Who.roles(Role.DATA_PUBLISHER));
        matrix("OpenDataPolicy", org.apertura.opendata.OpenDataAction.class, table, Map.of(),
                actor -> Allowed.of(org.apertura.opendata.OpenDataAction.class, union(
                        policy.allowed(actor, OWN.get(ScopeKind.INSTITUTION)), policy.allowed(actor, draft),
                        policy.allowed(actor, published))));
    }

    @Test
    void norms() {
        org.apertura.infographics.NormPolicy policy = new org.apertura.infographics.NormPolicy();
        Map<org.apertura.infographics.NormAction, Who> table = table(org.apertura.infographics.NormAction.class,
                a -> Who.roles(Role.NORMS_EDITOR));
        matrix("NormPolicy", org.apertura.infographics.NormAction.class, table, Map.of(),
                actor -> policy.allowed(actor, OWN.get(ScopeKind.INSTITUTION)));
    }

    @SafeVarargs
    static <A extends Enum<A>> List<A> union(Allowed<A>... parts) {
        List<A> all = new ArrayList<>();
        for (Allowed<A> part : parts) {
            all.addAll(part.actions());
        }
        return all;
    }
}
