package org.apertura.appeal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.domain.Page;

/**
 * What the list of recursos de inconformidad shows ({@link InconformityListQuery}): one page of remedies, newest
 * first, with the filters chosen and offered, whether the viewer works for the federal authority (a link to their
 * queue), and the page number asked for when it was past the last one.
 */
public record InconformityList(Page<Inconformity> page, InconformityStage stage, InconformityResolution resolution,
        boolean federalStaff, Integer pageBeyond) {

    /** The page's parts under the names the list template reads. */
    public Map<String, Object> attributes() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("page", page);
        model.put("etapa", stage);
        model.put("resolucion", resolution);
        model.put("stages", InconformityStage.values());
        model.put("resolutions", InconformityResolution.values());
        model.put("federalStaff", federalStaff);
        if (pageBeyond != null) {
            model.put("pageBeyond", pageBeyond);
        }
        return model;
    }
}
