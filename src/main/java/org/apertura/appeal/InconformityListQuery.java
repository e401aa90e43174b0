package org.apertura.appeal;

import org.apertura.platform.web.Paging;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.ExtendedModelMap;

/**
 * Builds the list of recursos de inconformidad ({@link InconformityList}) in one transaction and a bounded number of
 * statements, whatever the number of remedies: the page and its count, and who the viewer works for
 * (docs/adr/0069).
 */
@Component
public class InconformityListQuery {

    private final InconformityService service;

    InconformityListQuery(InconformityService service) {
        this.service = service;
    }

    /** Page {@code number} (from 1; past the last one, the last) of the remedies at a stage or with a resolution. */
    @Transactional
    public InconformityList of(InconformityStage stage, InconformityResolution resolution, long number) {
        ExtendedModelMap notes = new ExtendedModelMap();
        var page = Paging.orLast(Paging.index(number - 1), index -> service.search(stage, resolution, index), notes);
        return new InconformityList(page, stage, resolution, service.worksForTheFederalAuthority(),
                (Integer) notes.get("pageBeyond"));
    }
}
