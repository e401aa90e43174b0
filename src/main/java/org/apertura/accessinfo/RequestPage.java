package org.apertura.accessinfo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apertura.jurisdiction.Institution;
import org.apertura.platform.items.ItemPanel;
import org.apertura.platform.security.Allowed;

/**
 * What a request's page shows, built inside the module ({@link RequestPageQuery#of}) for one viewer: the request and
 * its public record (steps, committee resolutions, public files, the law and calendar it runs on), how its terms
 * stand today, and what the viewer may do on it now. The controller only binds and routes.
 */
public record RequestPage(AccessRequest request, String headline, Institution institution, List<RequestEvent> steps,
        List<CommitteeResolution> resolutions, List<RequestFile> files, Integer daysLeft, boolean overdue,
        Viewer viewer, boolean isRequester, List<ItemPanel> panels, Allowed<RequestAction> allowed,
        LocalDate notCompetentBy, LocalDate publicSourcesBy, Set<Long> extendable, Set<Long> guarantorAskable,
        Set<Long> decidable, LocalDate today, AppliedLaw law,
        CommitteeResolution.Reserve reserve, String registrationBasis, int replyDaysMax, int extensionDaysMax,
        LocalDate answerTakesEffect) {

    /** The committee resolutions a unit may ask for on a request, in the order the form offers them. */
    public static final List<ResolutionKind> KINDS = List.of(ResolutionKind.EXTENSION, ResolutionKind.RESERVED,
            ResolutionKind.CONFIDENTIAL, ResolutionKind.INEXISTENCE, ResolutionKind.NOT_COMPETENT);

    /** Who looks: anyone (the public page, a signed-in account is asked by the policy), or the follow-up key's holder. */
    public record Viewer(String followKey) {

        public static final Viewer PUBLIC = new Viewer(null);

        public static Viewer byKey(String followKey) {
            return new Viewer(followKey);
        }
    }

    /** The page's parts under the names the request template reads. */
    public Map<String, Object> attributes() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("r", request);
        model.put("headline", headline);
        model.put("institution", institution);
        model.put("steps", steps);
        model.put("resolutions", resolutions);
        model.put("files", files);
        model.put("daysLeft", daysLeft);
        model.put("overdue", overdue);
        model.put("isRequester", isRequester);
        model.put("key", viewer.followKey());
        model.put("clave", viewer.followKey());
        model.put("panels", panels);
        model.put("allowed", allowed);
        model.put("outcomes", Outcome.values());
        if (request.getStage().isOpen()) {
            model.put("notCompetentBy", notCompetentBy);
            model.put("publicSourcesBy", publicSourcesBy);
        }
        model.put("kinds", KINDS);
        model.put("decisions", Decision.values());
        model.put("confidentialGrounds", ConfidentialGround.values());
        model.put("extendable", extendable);
        model.put("guarantorAskable", guarantorAskable);
        model.put("decidable", decidable);
        model.put("extensionCases", ReserveExtensionCase.values());
        model.put("today", today);
        model.put("law", law);
        model.put("reserve", reserve);
        model.put("registrationBasis", registrationBasis);
        model.put("replyDaysMax", replyDaysMax);
        model.put("extensionDaysMax", extensionDaysMax);
        model.put("answerTakesEffect", answerTakesEffect);
        return model;
    }
}
