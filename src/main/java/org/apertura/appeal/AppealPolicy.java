package org.apertura.appeal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.security.Actor;
import org.apertura.platform.security.Allowed;
import org.apertura.platform.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what on an appeal, now. The guarantor's staff ({@code GUARANTOR} of the guarantor authority the
 * appeal is before, never another authority of the same jurisdiction; ADR 0026), the institution's transparency unit ({@code TRANSPARENCY_UNIT} of the institution) and
 * the appellant (the request's requester, by account or follow-up key) each act in their own capacity; what
 * the appeal lets happen today comes from its own guards, the same ones its transitions check. Administrators
 * hold no capacity here.
 */
@Component
public class AppealPolicy {

    /** The guarantor authorities (their institution's slugs) the actor works for: their queue of appeals. */
    public Set<String> guarantorsServed(Actor actor) {
        return actor.scopesOf(Role.GUARANTOR);
    }

    /** The capacities the actor holds on the appeal; {@code appellant}: they are the request's requester. */
    public Set<AppealCapacity> capacities(Actor actor, Appeal appeal, boolean appellant) {
        Set<AppealCapacity> held = EnumSet.noneOf(AppealCapacity.class);
        if (actor.holds(Role.GUARANTOR, appeal.getGuarantorSlug())) {
            held.add(AppealCapacity.GUARANTOR);
        }
        if (actor.holds(Role.TRANSPARENCY_UNIT, appeal.getInstitutionSlug())) {
            held.add(AppealCapacity.TRANSPARENCY_UNIT);
        }
        if (appellant) {
            held.add(AppealCapacity.APPELLANT);
        }
        return held;
    }

    /** What the actor's capacities entitle them to on the appeal, whatever its stage (services enforce this). */
    public Allowed<AppealAction> entitled(Actor actor, Appeal appeal, boolean appellant) {
        Set<AppealCapacity> held = capacities(actor, appeal, appellant);
        return Remedies.entitled(AppealAction.class, a -> held.contains(a.party()));
    }

    /** What the actor may do on the appeal today: entitled to it, and the appeal's guard lets it happen. */
    public Allowed<AppealAction> allowed(Actor actor, Appeal appeal, boolean appellant, LocalDate today) {
        return Remedies.allowed(AppealAction.class, entitled(actor, appeal, appellant),
                a -> refusal(appeal, a, today).isEmpty());
    }

    /**
     * What the actor may do before any appeal exists: the Transparency Unit of the institution that knew of the
     * request forwards an appeal filed with it (art. 144 ¶2).
     */
    public Allowed<AppealAction> beforeAppeal(Actor actor, String institutionSlug) {
        return Allowed.of(AppealAction.class, actor.holds(Role.TRANSPARENCY_UNIT, institutionSlug)
                ? java.util.List.of(AppealAction.FORWARD_WRITTEN) : java.util.List.of());
    }

    /** Whether the appellant, once they show who they are, would have something to do today. */
    public boolean awaitsTheAppellant(Appeal appeal, LocalDate today) {
        return Remedies.awaitsTheAppellant(AppealAction.class, a -> a.party() == AppealCapacity.APPELLANT,
                a -> refusal(appeal, a, today).isEmpty());
    }

    /** Why the appeal does not let the act happen today, or empty when it does (the appeal's own guard). */
    static Optional<FieldProblem> refusal(Appeal appeal, AppealAction action, LocalDate today) {
        return switch (action) {
            case ASK_CLARIFICATION -> appeal.askClarificationRefused(today);
            case ADMIT -> appeal.admitRefused();
            case DISMISS -> appeal.dismissRefused(today);
            case EXTEND -> appeal.extendRefused(today);
            case RESOLVE -> appeal.resolveRefused();
            case VERIFY -> appeal.verifyRefused(today);
            case UNIT_ALLEGATION -> appeal.allegeRefused(AppealCapacity.TRANSPARENCY_UNIT, today);
            case REPORT_COMPLIANCE -> appeal.reportComplianceRefused();
            case REPLY_CLARIFICATION -> appeal.replyClarificationRefused(today);
            case APPELLANT_ALLEGATION -> appeal.allegeRefused(AppealCapacity.APPELLANT, today);
            case OBJECT -> appeal.objectRefused(today);
            case WITHDRAW -> appeal.withdrawRefused();
            case DISCONTINUE -> appeal.discontinueRefused();
            case CLOSE_INSTRUCTION -> appeal.closeInstructionRefused(today);
            case NOTIFY_RESOLUTION -> appeal.notifyRefused();
            case ASK_COMPLIANCE_EXTENSION -> appeal.askComplianceExtensionRefused(today);
            case DECIDE_COMPLIANCE_EXTENSION -> appeal.decideComplianceExtensionRefused();
            case FORWARD_WRITTEN -> appeal.forwardRefused();
            case IMPOSE_MEASURE -> EnforcementMeasure.imposeRefused(appeal);
            case RECORD_MEASURE -> appeal.recordMeasureRefused();
            case REQUIRE_SUPERIOR -> appeal.requireSuperiorRefused();
        };
    }
}
