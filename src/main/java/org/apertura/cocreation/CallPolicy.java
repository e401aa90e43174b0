package org.apertura.cocreation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.apertura.actionplan.PlanAction;
import org.apertura.actionplan.PlanPolicy;
import org.apertura.platform.security.Actor;
import org.apertura.platform.security.Allowed;
import org.springframework.stereotype.Component;

/**
 * Who may do what in co-creation, now. Those who run the exercise (PlanPolicy: its secretariat's coordinator or
 * an administrator) run its calls, working tables, dispositions and comment moderation; the secretariat's
 * people (its coordinator and members, or an administrator) enter proposals from other channels as
 * facilitators; a proposal's author edits it, adds pictures and documents and places it on the map while the call's
 * own guard lets them, and those who run the exercise remove any of its files as moderation. Filing online, supporting
 * and commenting need only an account; the call's own rules (its dates, its proposers) decide those.
 */
@Component
public class CallPolicy {

    private static final Set<CallAction> RUNNING = EnumSet.of(CallAction.CREATE_CALL, CallAction.EDIT_CALL, CallAction.PUBLISH_CALL,
            CallAction.RECORD_TABLE, CallAction.EDIT_TABLE, CallAction.DISPOSE, CallAction.HIDE_COMMENT,
            CallAction.SEE_REPORTS, CallAction.REMOVE_MEDIA);
    private static final Set<CallAction> FACILITATING = EnumSet.of(CallAction.ENTER_PROPOSAL, CallAction.SEE_ORIGINAL);

    private final PlanPolicy plans;

    public CallPolicy(PlanPolicy plans) {
        this.plans = plans;
    }

    /** What the actor is entitled to in the calls of the exercise run by this secretariat (services enforce it). */
    public Allowed<CallAction> entitled(Actor actor, String bodySlug) {
        Set<CallAction> may = EnumSet.noneOf(CallAction.class);
        if (plans.running(actor, bodySlug).may(PlanAction.MANAGE)) {
            may.addAll(RUNNING);
        }
        if (actor.ofSecretariat(bodySlug)) {
            may.addAll(FACILITATING);
        }
        return Allowed.of(CallAction.class, may);
    }

    /** What the actor may do with a call now: what they are entitled to, publishing only while it is a draft. */
    public Allowed<CallAction> onCall(Actor actor, String bodySlug, Call call) {
        Set<CallAction> may = entitled(actor, bodySlug).actions();
        if (!call.isDraft()) {
            may.remove(CallAction.PUBLISH_CALL);
        }
        return Allowed.of(CallAction.class, may);
    }

    /**
     * What the actor may do on a proposal now; {@code account}: the signed-in person's account, or null. Its author
     * edits it while the call's own guard lets them; anyone else signed in amends it while the amendment's guard does.
     */
    public Allowed<CallAction> onProposal(Actor actor, String bodySlug, Long account, Proposal proposal, Call call,
            LocalDate today) {
        Set<CallAction> may = entitled(actor, bodySlug).actions();
        if (proposal.isAuthor(account) && proposal.editRefused(call, today).isEmpty()) {
            may.add(CallAction.EDIT_PROPOSAL);
            may.add(CallAction.ATTACH_MEDIA);
        }
        if (account != null && Amendment.proposeRefused(call, proposal, account, today).isEmpty()) {
            may.add(CallAction.PROPOSE_AMENDMENT);
        }
        return Allowed.of(CallAction.class, may);
    }

    /**
     * What the person with this account may do with an amendment now (ADR 0065): the proposal's author decides it
     * while the proposal can change; its proposer withdraws it while it is pending. Nothing for anyone else.
     */
    public Allowed<CallAction> onAmendment(Long account, Amendment amendment, Proposal proposal, Call call,
            LocalDate today) {
        Set<CallAction> may = EnumSet.noneOf(CallAction.class);
        if (account != null && amendment.decideRefused(call, proposal, account, today).isEmpty()) {
            may.add(CallAction.DECIDE_AMENDMENT);
        }
        if (account != null && amendment.withdrawRefused(account).isEmpty()) {
            may.add(CallAction.WITHDRAW_AMENDMENT);
        }
        return Allowed.of(CallAction.class, may);
    }
}
