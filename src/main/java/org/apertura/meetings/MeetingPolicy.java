package org.apertura.meetings;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.apertura.platform.security.Actor;
import org.apertura.platform.security.Allowed;
import org.springframework.stereotype.Component;

/**
 * Who may do what with the meetings of a space, now (ADR 0066). Those who coordinate the space — the coordinator of
 * the secretariat its module names for it ({@code PublicItemSource.secretariatOf}: the secretariat that runs the
 * exercise of a call or of a participatory budget, as PlanPolicy, CallPolicy and ParticipationPolicy decide), or an
 * administrator — create, edit and cancel its meetings and publish their minutes. Anyone signed in registers while
 * registration is open, and gives up their own registration before the meeting. No new role.
 */
@Component
public class MeetingPolicy {

    private static final Set<MeetingAction> COORDINATING = EnumSet.of(MeetingAction.CREATE, MeetingAction.EDIT,
            MeetingAction.CANCEL, MeetingAction.PUBLISH_MINUTES);

    /**
     * What the actor's roles entitle them to in a space coordinated by this secretariat (none: administrators only).
     * Registering needs no role: it is a person's own act ({@link #onMeeting}; the service requires them signed in).
     */
    public Allowed<MeetingAction> entitled(Actor actor, Optional<String> secretariat) {
        Set<MeetingAction> may = EnumSet.noneOf(MeetingAction.class);
        if (actor.isAdmin() || secretariat.filter(actor::coordinates).isPresent()) {
            may.addAll(COORDINATING);
        }
        return Allowed.of(MeetingAction.class, may);
    }

    /**
     * What the actor may do with the meeting at that instant: what they are entitled to, when the meeting's own
     * guards let it happen; registering only once, giving up only a registration they hold. Registering is offered to
     * anonymous visitors too (the page asks them to sign in).
     */
    public Allowed<MeetingAction> onMeeting(Actor actor, Optional<String> secretariat, Meeting meeting, Instant now,
            boolean registered) {
        Set<MeetingAction> entitled = entitled(actor, secretariat).actions();
        Set<MeetingAction> may = EnumSet.noneOf(MeetingAction.class);
        if (entitled.contains(MeetingAction.CREATE)) {
            may.add(MeetingAction.CREATE);
        }
        if (entitled.contains(MeetingAction.EDIT) && meeting.editRefused().isEmpty()) {
            may.add(MeetingAction.EDIT);
        }
        if (entitled.contains(MeetingAction.CANCEL) && meeting.cancelRefused(now).isEmpty()) {
            may.add(MeetingAction.CANCEL);
        }
        if (entitled.contains(MeetingAction.PUBLISH_MINUTES) && meeting.minutesRefused(now).isEmpty()) {
            may.add(MeetingAction.PUBLISH_MINUTES);
        }
        if (!registered && meeting.registrationRefused(now).isEmpty()) {
            may.add(MeetingAction.REGISTER);
        }
        if (registered && meeting.leaveRefused(now).isEmpty()) {
            may.add(MeetingAction.CANCEL_REGISTRATION);
        }
        return Allowed.of(MeetingAction.class, may);
    }
}
