package org.apertura.appeal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.security.Actor;
import org.apertura.platform.security.Allowed;
import org.apertura.platform.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what on a recurso de inconformidad, now. The guarantor role is held on one guarantor authority
 * (ADR 0026): the federal authority's staff hold {@code GUARANTOR} on the federal authority
 * ({@code GUARANTOR@GUARANTOR_AUTHORITY:transparencia-para-el-pueblo} in the demo); the local authority's staff
 * {@code GUARANTOR} on the authority that resolved the appeal; the subject's
 * unit {@code TRANSPARENCY_UNIT} of the institution; the appellant is the request's requester. No new role: the
 * law gives the federal authority the same guarantor function for another remedy (art. 37 fr. I). What the remedy
 * lets happen today comes from its own guards. Administrators hold no capacity here.
 */
@Component
public class InconformityPolicy {

    /** The capacities the actor holds; {@code appellant}: they are the request's requester. */
    public Set<InconformityCapacity> capacities(Actor actor, Inconformity i, boolean appellant) {
        Set<InconformityCapacity> held = EnumSet.noneOf(InconformityCapacity.class);
        if (actor.holds(Role.GUARANTOR, i.getFederalAuthoritySlug())) {
            held.add(InconformityCapacity.FEDERAL_AUTHORITY);
        }
        if (actor.holds(Role.GUARANTOR, i.getLocalAuthoritySlug())) {
            held.add(InconformityCapacity.LOCAL_AUTHORITY);
        }
        if (actor.holds(Role.TRANSPARENCY_UNIT, i.getInstitutionSlug())) {
            held.add(InconformityCapacity.TRANSPARENCY_UNIT);
        }
        if (appellant) {
            held.add(InconformityCapacity.APPELLANT);
        }
        return held;
    }

    /**
     * Whether the actor works for the federal authority (its queue): the guarantor role is held on one guarantor
     * authority (ADR 0026), so the federal authority's staff hold it on the federal authority, and a local
     * authority's staff on theirs.
     */
    public boolean servesFederal(Actor actor, String federalAuthoritySlug) {
        return federalAuthoritySlug != null && actor.holds(Role.GUARANTOR, federalAuthoritySlug);
    }

    /**
     * What the actor may do on an appeal resolved by a local authority before any remedy exists: its staff
     * ({@code GUARANTOR} on it) forward a recurso filed with them in writing (art. 164 ¶2).
     */
    public Allowed<InconformityAction> onAppeal(Actor actor, String localAuthoritySlug) {
        return Allowed.of(InconformityAction.class, localAuthoritySlug != null
                && actor.holds(Role.GUARANTOR, localAuthoritySlug) ? List.of(InconformityAction.FORWARD_WRITTEN)
                        : List.of());
    }

    /** What the actor's capacities entitle them to, whatever the stage (services enforce this). */
    public Allowed<InconformityAction> entitled(Actor actor, Inconformity i, boolean appellant) {
        Set<InconformityCapacity> held = capacities(actor, i, appellant);
        return Remedies.entitled(InconformityAction.class, a -> held.contains(a.party()));
    }

    /** What the actor may do today: entitled to it, and the remedy's guard lets it happen. */
    public Allowed<InconformityAction> allowed(Actor actor, Inconformity i, boolean appellant, LocalDate today) {
        return Remedies.allowed(InconformityAction.class, entitled(actor, i, appellant),
                a -> refusal(i, a, today).isEmpty());
    }

    /** Whether the appellant, once they show who they are, would have something to do today. */
    public boolean awaitsTheAppellant(Inconformity i, LocalDate today) {
        return Remedies.awaitsTheAppellant(InconformityAction.class,
                a -> a.party() == InconformityCapacity.APPELLANT, a -> refusal(i, a, today).isEmpty());
    }

    /** Why the remedy does not let the act happen today, or empty when it does (its own guard). */
    static Optional<FieldProblem> refusal(Inconformity i, InconformityAction action, LocalDate today) {
        return switch (action) {
            case PREVENT -> i.preventRefused(today);
            case ADMIT -> i.admitRefused();
            case DISMISS -> i.dismissRefused(today);
            case EXTEND -> i.extendRefused(today);
            case DISCONTINUE -> i.discontinueRefused();
            case RESOLVE -> i.resolveRefused();
            case LOCAL_REPORT -> i.reportRefused();
            case NEW_RULING -> i.newRulingRefused();
            case REPORT_COMPLIANCE -> i.reportComplianceRefused();
            case REPLY_PREVENTION -> i.replyPreventionRefused(today);
            case ALLEGE -> i.allegeRefused(today);
            case WITHDRAW -> i.withdrawRefused();
            case RECORD_NOTICE -> i.recordNoticeRefused();
            case NOTIFY_THIRD_PARTY -> i.notifyThirdPartyRefused();
            case RECORD_THIRD_PARTY -> i.recordThirdPartyRefused();
            case CLOSE_INSTRUCTION -> i.closeInstructionRefused(today);
            case DECIDE_NEW_RULING_EXTENSION -> i.decideNewRulingExtensionRefused();
            case ASK_NEW_RULING_EXTENSION -> i.askNewRulingExtensionRefused(today);
            case EXTEND_ALLEGATIONS -> i.extendAllegationsRefused();
            case FORWARD_WRITTEN -> i.forwardRefused();
        };
    }
}
