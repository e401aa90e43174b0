package org.apertura.challenge;

import java.util.EnumSet;
import java.util.Set;
import org.apertura.actionplan.PlanAction;
import org.apertura.actionplan.PlanPolicy;
import org.apertura.platform.security.Actor;
import org.apertura.platform.security.Allowed;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a challenge, now. Those who run its exercise (PlanPolicy: the secretariat's
 * coordinator, or an administrator) create and run it: description and schedule, rubric, jury, results and
 * follow-up. Its jury (accounts named to it) scores the submissions. Forming and joining teams and submitting
 * need only an account; the challenge's own dates and rules decide those.
 */
@Component
public class ChallengePolicy {

    private static final Set<ChallengeAction> RUNNING = EnumSet.complementOf(EnumSet.of(ChallengeAction.SCORE));

    private final PlanPolicy plans;

    public ChallengePolicy(PlanPolicy plans) {
        this.plans = plans;
    }

    /**
     * What the actor is entitled to in the challenges of the exercise run by this secretariat;
     * {@code juror}: they are on the challenge's jury.
     */
    public Allowed<ChallengeAction> entitled(Actor actor, String bodySlug, boolean juror) {
        Set<ChallengeAction> may = EnumSet.noneOf(ChallengeAction.class);
        if (plans.running(actor, bodySlug).may(PlanAction.MANAGE)) {
            may.addAll(RUNNING);
        }
        if (juror && actor.isSignedIn()) {
            may.add(ChallengeAction.SCORE);
        }
        return Allowed.of(ChallengeAction.class, may);
    }

    /** What the actor may do with the challenge now: what they are entitled to, publishing only while it is a draft. */
    public Allowed<ChallengeAction> onChallenge(Actor actor, String bodySlug, boolean juror, Challenge challenge) {
        Set<ChallengeAction> may = entitled(actor, bodySlug, juror).actions();
        if (!challenge.isDraft()) {
            may.remove(ChallengeAction.PUBLISH);
        }
        return Allowed.of(ChallengeAction.class, may);
    }
}
