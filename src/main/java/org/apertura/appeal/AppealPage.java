package org.apertura.appeal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an appeal's page shows, built inside the module ({@link AppealPageQuery#of}) for one viewer: the appeal with
 * its steps and the names of its institution and guarantor, what the viewer may do on it now, the most days the
 * law gives each act its forms offer (the request's rule set), and the remedies against it ({@link InconformityPanel}). The controller only binds and routes.
 */
public record AppealPage(Appeal appeal, List<AppealStep> steps, String institutionName, String guarantorName,
        AppealService.Acting acting, String followKey, int extensionAskDays, int maxClarificationDays,
        int maxExtensionDays, int maxComplianceDays, LocalDate today, List<EnforcementMeasure> measures,
        InconformityPanel inconformity) {

    /** The grounds a guarantor may discontinue an appeal on: withdrawing is the appellant's own act. */
    public static final List<DiscontinuanceGround> DISCONTINUANCE_GROUNDS = Arrays.stream(DiscontinuanceGround.values())
            .filter(g -> g != DiscontinuanceGround.WITHDRAWN).toList();

    /** The page's parts under the names the appeal template reads. */
    public Map<String, Object> attributes() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("a", appeal);
        model.put("steps", steps);
        model.put("institutionName", institutionName);
        model.put("guarantorName", guarantorName);
        model.put("roles", acting);
        model.put("allowed", acting.allowed());
        new AppellantKey(followKey, acting.appellant()).putInto(model);
        model.put("appellantMayAct", acting.awaitsAppellant());
        model.put("grounds", DismissalGround.values());
        model.put("discontinuanceGrounds", DISCONTINUANCE_GROUNDS);
        model.put("extensionAskDays", extensionAskDays);
        model.put("maxClarificationDays", maxClarificationDays);
        model.put("maxExtensionDays", maxExtensionDays);
        model.put("maxExceptionalDays", Appeal.MAX_EXCEPTIONAL_DAYS);
        model.put("resolutions", AppealResolution.values());
        model.put("maxComplianceDays", maxComplianceDays);
        model.put("today", today);
        model.put("measures", measures);
        model.put("measureKinds", CoerciveMeasure.values());
        model.put("enforcedPeople", EnforcedPerson.values());
        model.put("inconformity", inconformity);
        model.put("servantMeasureExecuted", EnforcementMeasure.servantMeasureExecuted(measures));
        return model;
    }
}
