package org.apertura.actionplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apertura.platform.items.ItemPanel;
import org.apertura.platform.items.TimelineEntry;
import org.apertura.platform.security.Allowed;
import org.apertura.secretariat.CollegiateBody;

/**
 * What an exercise's page shows, built inside the module ({@link PlanPageQuery#exercise}): the exercise with its
 * licence, body and phase today, its plans, other modules' panels and events, each event under the phase its day falls
 * in (one before the first phase under the first), and what the reader may do on it now. The controller only binds
 * and routes.
 */
public record ExercisePage(Exercise exercise, CollegiateBody body, Phase current, List<ActionPlan> plans,
        Allowed<PlanAction> allowed, List<ItemPanel> panels, Map<Phase, List<TimelineEntry>> events) {

    /** Other modules' events, each under the phase its day falls in. */
    static Map<Phase, List<TimelineEntry>> byPhase(Exercise exercise, List<TimelineEntry> timeline) {
        Map<Phase, List<TimelineEntry>> events = new EnumMap<>(Phase.class);
        for (TimelineEntry entry : timeline) {
            Phase phase = exercise.phaseOn(entry.date());
            events.computeIfAbsent(phase == null ? Phase.values()[0] : phase, p -> new ArrayList<>()).add(entry);
        }
        return events;
    }

    static ExercisePage of(Exercise exercise, CollegiateBody body, LocalDate today, List<ActionPlan> plans,
            Allowed<PlanAction> allowed, List<ItemPanel> panels, List<TimelineEntry> timeline) {
        return new ExercisePage(exercise, body, exercise.phaseOn(today), plans, allowed, panels,
                byPhase(exercise, timeline));
    }

    /** The page's parts under the names the exercise template reads. */
    public Map<String, Object> attributes() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("exercise", exercise);
        model.put("contentLicence", exercise.getLicence());
        model.put("body", body);
        model.put("current", current);
        model.put("phases", Phase.values());
        model.put("plans", plans);
        model.put("allowed", allowed);
        model.put("panels", panels);
        model.put("events", events);
        return model;
    }
}
