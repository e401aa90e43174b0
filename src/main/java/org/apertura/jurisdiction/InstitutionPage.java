package org.apertura.jurisdiction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apertura.platform.web.Summary;

/**
 * What an institution's public page shows, built inside the module ({@link InstitutionPageQuery#of}): the institution,
 * the guarantor authority that would hear an appeal against it filed today with the basis of that assignment (LGTAIP
 * 2025 art. 3 fr. III–V; no basis when it is its jurisdiction's guarantor as before the 2025 model), and what every
 * module has to say about it, in order. The controller only binds and routes.
 */
public record InstitutionPage(Institution institution, Institution guarantor, String guarantorBasis,
        List<Summary> sections) {

    /** The page's parts under the names the institution template reads. */
    public Map<String, Object> attributes() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("institution", institution);
        model.put("guarantor", guarantor);
        model.put("guarantorBasis", guarantorBasis);
        model.put("sections", sections);
        return model;
    }
}
