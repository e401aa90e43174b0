package org.apertura.appeal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a recurso de inconformidad's page shows, built inside the module ({@link InconformityPageQuery#of}) for one
 * viewer: the remedy with its steps, the names of the institution and of the local and federal authorities, what the
 * viewer may do on it now, and the choices its forms offer. The controller only binds and routes.
 */
public record InconformityPage(Inconformity inconformity, List<InconformityStep> steps, String institutionName,
        String localName, String federalName, InconformityService.Acting acting, String followKey, LocalDate today) {

    /** The grounds the federal authority may discontinue a remedy on: withdrawing is the appellant's own act. */
    public static final List<InconformityDiscontinuanceGround> DISCONTINUANCE_GROUNDS = Arrays
            .stream(InconformityDiscontinuanceGround.values())
            .filter(g -> g != InconformityDiscontinuanceGround.WITHDRAWN).toList();

    /**
     * What the resolution form offers (art. 173 fr. II–III): dismissing and discontinuing (fr. I) have their own
     * forms.
     */
    public static final List<InconformityResolution> RESOLUTIONS = List.of(InconformityResolution.CONFIRMED,
            InconformityResolution.REVOKED, InconformityResolution.MODIFIED);

    /** The page's parts under the names the inconformity template reads. */
    public Map<String, Object> attributes() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("i", inconformity);
        model.put("steps", steps);
        model.put("institutionName", institutionName);
        model.put("localName", localName);
        model.put("federalName", federalName);
        model.put("allowed", acting.allowed());
        new AppellantKey(followKey, acting.appellant()).putInto(model);
        // the page invites the appellant to identify themselves only while it awaits them and they have not
        model.put("appellantMayAct", acting.awaitsAppellant() && !acting.appellant());
        model.put("grounds", InconformityDismissalGround.values());
        model.put("discontinuanceGrounds", DISCONTINUANCE_GROUNDS);
        model.put("resolutions", RESOLUTIONS);
        model.put("measures", CoerciveMeasure.values());
        model.put("today", today);
        return model;
    }
}
