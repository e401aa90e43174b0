package org.apertura.actionplan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apertura.platform.items.ItemPanel;
import org.apertura.platform.security.Allowed;
import org.apertura.secretariat.CollegiateBody;

/**
 * What a plan's page shows, built inside the module ({@link PlanPageQuery#plan}; an exercise's is {@link ExercisePage}): the plan with its exercise, licence
 * and body, its commitments with the progress of each, the verifiability check, other modules' panels and what the
 * reader may do on it now. The controller only binds and routes.
 */
public record PlanPage(ActionPlan plan, Exercise exercise, CollegiateBody body, List<Commitment> commitments,
        Map<Long, Progress> progress, VerifiabilityCheck.Report check, List<ItemPanel> panels,
        Allowed<PlanAction> allowed) {

    /** The page's parts under the names the plan template reads. */
    public Map<String, Object> attributes() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("contentLicence", exercise.getLicence());
        model.put("plan", plan);
        model.put("exercise", exercise);
        model.put("body", body);
        model.put("commitments", commitments);
        model.put("progress", progress);
        model.put("check", check);
        model.put("panels", panels);
        model.put("allowed", allowed);
        return model;
    }
}
