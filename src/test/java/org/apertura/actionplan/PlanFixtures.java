package org.apertura.actionplan;

import org.apertura.platform.security.Role;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apertura.identity.Sector;
import org.apertura.platform.security.SystemActor;
import org.apertura.secretariat.BodyKind;
import org.apertura.secretariat.BodyMember;
import org.apertura.secretariat.Drafts.BodyDraft;
import org.apertura.secretariat.Drafts.MemberDraft;
import org.apertura.secretariat.Drafts.SessionDraft;
import org.apertura.secretariat.MemberRole;
import org.apertura.secretariat.SecretariatService;
import org.apertura.secretariat.SessionKind;
import org.apertura.secretariat.VoteChoice;

/** Builds, through the real services, the secretariats and plans several tests start from. */
final class PlanFixtures {

    private PlanFixtures() {
    }

    /**
     * A secretariat of Tepehuanes with one member per sector and a held session 1 whose agreement 1 was
     * adopted and agreement 2 rejected. Returns its slug.
     */
    static String secretariatWithAgreements(SecretariatService secretariat) {
        String slug = "stl-plan-" + UUID.randomUUID().toString().substring(0, 6);
        SystemActor.run(() -> {
            secretariat.createBody(new BodyDraft(slug, "STL " + slug, BodyKind.LOCAL_TECHNICAL_SECRETARIAT, "tepehuanes",
                    null, 5, null));
            List<BodyMember> members = List.of(member(secretariat, slug, "Sociedad", Sector.CIVIL_SOCIETY, MemberRole.MEMBER),
                    member(secretariat, slug, "Gobierno", Sector.GOVERNMENT, MemberRole.MEMBER),
                    member(secretariat, slug, "Garante", Sector.GUARANTOR, MemberRole.COORDINATOR));
            secretariat.callSession(slug, new SessionDraft(SessionKind.ORDINARY, LocalDateTime.parse("2025-08-20T10:00"),
                    "Sala", null, LocalDate.parse("2025-08-11"), List.of("Plan")));
            secretariat.recordAttendance(slug, 1, Set.of(members.get(0).getId(), members.get(1).getId(),
                    members.get(2).getId()));
            secretariat.proposeAgreement(slug, 1, "Se aprueba el plan.");
            secretariat.vote(slug, 1, 1, Map.of(members.get(0).getId(), VoteChoice.FOR, members.get(1).getId(),
                    VoteChoice.FOR, members.get(2).getId(), VoteChoice.FOR), true);
            secretariat.proposeAgreement(slug, 1, "Se rechaza algo.");
            secretariat.vote(slug, 1, 2, Map.of(members.get(0).getId(), VoteChoice.AGAINST, members.get(1).getId(),
                    VoteChoice.AGAINST), true);
        });
        return slug;
    }

    /** A verifiable draft plan of one commitment (led by Tepehuanes' municipal government) with one milestone. */
    static ActionPlan draftPlan(ActionPlanService plans, String body, LocalDate milestoneEnd) {
        String exercise = "ej-" + body;
        ActionPlan[] plan = new ActionPlan[1];
        SystemActor.run(() -> {
            plans.createExercise(new Drafts.ExerciseDraft(exercise, "Ejercicio " + body, body, null,
                    Map.of(Phase.INSTALLATION, LocalDate.parse("2025-01-01"))));
            plan[0] = plans.createPlan(exercise, new Drafts.PlanDraft("Plan", null, LocalDate.parse("2025-09-01"),
                    LocalDate.parse("2026-08-31"), 1, 12));
            Commitment c = plans.addCommitment(plan[0].getId(), new CommitmentDraft("C-1", "Compromiso",
                    "Hoy es un lindo día.", "Problema", null, "Línea base", null, null, null, Set.of(Theme.C),
                    Map.of(OgpValue.TRANSPARENCY, "Publica datos."), "ayuntamiento-tepehuanes", List.of(), null, null,
                    null, LocalDate.parse("2025-09-01"), LocalDate.parse("2026-08-31")));
            plans.addMilestone(c.getId(), new Drafts.MilestoneDraft("Hito", "Entregable", "Medio", "Responsable",
                    LocalDate.parse("2025-10-01"), milestoneEnd, 1));
        });
        return plan[0];
    }

    /** A new person holding one role, signed in for MockMvc requests. */
    static org.springframework.test.web.servlet.request.RequestPostProcessor withRole(
            org.apertura.identity.AccountService accounts, org.apertura.identity.AccountUserDetailsAccess details,
            String name, org.apertura.platform.security.Role role, String scope, Sector sector) {
        org.apertura.identity.Account account = org.apertura.identity.TestAccounts.person(accounts, name);
        SystemActor.run(() -> accounts.grant(account.getId(), role, scope, sector));
        return details.signedIn(account);
    }

    /** A commitment of the demo plan "Durango 2025-2026" by its code. */
    static Commitment demoCommitment(ActionPlanService plans, String code) {
        ActionPlan plan = plans.plans(plans.exercise("durango-2025-2026")).get(0);
        return plans.commitments(plan).stream().filter(c -> c.getCode().equals(code)).findFirst().orElseThrow();
    }

    private static BodyMember member(SecretariatService secretariat, String slug, String name, Sector sector,
            MemberRole role) {
        return secretariat.addMember(slug, new MemberDraft(name, sector, "Org", role, LocalDate.parse("2025-01-01"), null));
    }
}
