package org.apertura.cocreation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.apertura.actionplan.ActionPlan;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.actionplan.PlanFixturesAccess;
import org.apertura.actionplan.Theme;
import org.apertura.comments.DiscussionComment;
import org.apertura.comments.DiscussionService;
import org.apertura.platform.security.SystemActor;
import org.apertura.secretariat.SecretariatService;

/** A fresh secretariat, a draft plan of Tepehuanes, and a call of its exercise open today. */
public final class CocreationFixtures {

    private CocreationFixtures() {
    }

    /** What a test gets: the secretariat's slug, the plan and the call. */
    public record Open(String body, ActionPlan plan, Call call) {
    }

    public static Open openCall(SecretariatService secretariat, ActionPlanService plans, CocreationService service,
            int supportsPerPerson) {
        String body = PlanFixturesAccess.secretariatWithAgreements(secretariat);
        ActionPlan plan = PlanFixturesAccess.draftPlan(plans, body);
        LocalDate today = service.today();
        Call[] call = new Call[1];
        SystemActor.run(() -> call[0] = service.createCall(plans.exerciseOf(plan).getSlug(), new Call.Terms(
                "conv-" + UUID.randomUUID().toString().substring(0, 8), "Convocatoria de prueba",
                "Proponga lo que quiera.", EnumSet.of(Theme.C, Theme.G), today.minusDays(5), today.plusDays(10),
                today.minusDays(5), today.plusDays(20), Call.Proposers.ANYONE, supportsPerPerson, 3)));
        return new Open(body, plan, call[0]);
    }

    /** A new person (by their public name) holding a role in the call's secretariat (a sector for its members). */
    public static org.apertura.identity.Account member(org.apertura.identity.AccountService accounts, Open open,
            String name, org.apertura.platform.security.Role role, org.apertura.identity.Sector sector) {
        org.apertura.identity.Account person = org.apertura.identity.TestAccounts.person(accounts, name);
        SystemActor.run(() -> accounts.grant(person.getId(), role, open.body(), sector));
        return person;
    }

    /** A new person who coordinates the call's secretariat: runs its exercise and moderates. */
    public static org.apertura.identity.Account coordinator(org.apertura.identity.AccountService accounts, Open open,
            String name) {
        return member(accounts, open, name, org.apertura.platform.security.Role.COORDINATOR, null);
    }

    /** A proposal to the call under this title, made by the account. */
    public static Proposal proposed(org.apertura.identity.ActingAs actingAs, CocreationService service, Open open,
            org.apertura.identity.Account author, String title) {
        Proposal[] p = new Proposal[1];
        actingAs.run(author.getId(), () -> p[0] = service.propose(open.call().getSlug(), text(title)));
        return p[0];
    }

    /** A comment on a proposal, and the proposal. */
    public record Commented(Proposal proposal, DiscussionComment comment) {
    }

    /** A comment on a proposal, written by the person acting now on the comment engine. */
    public static DiscussionComment comment(DiscussionService discussions, Proposal proposal, Long replyTo,
            String text) {
        return discussions.post("proposal", proposal.getId().toString(), replyTo, text);
    }

    /** A comment the author wrote on a proposal, hidden by a moderator of the call's secretariat for a reason. */
    public static Commented hidden(org.apertura.identity.ActingAs actingAs, DiscussionService discussions,
            Proposal proposal, org.apertura.identity.Account author, String text,
            org.apertura.identity.Account moderator, String reason) {
        DiscussionComment[] c = new DiscussionComment[1];
        actingAs.run(author.getId(), () -> c[0] = comment(discussions, proposal, null, text));
        actingAs.run(moderator.getId(), () -> discussions.hide(c[0].getId(), reason));
        return new Commented(proposal, c[0]);
    }

    public static Proposal.Text text(String title) {
        return new Proposal.Text(title, "Un problema de la colonia.", "Una solución concreta.", Set.of(Theme.C), null, null);
    }
}
