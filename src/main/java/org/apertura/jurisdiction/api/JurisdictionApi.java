package org.apertura.jurisdiction.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.apertura.jurisdiction.Branch;
import org.apertura.jurisdiction.Institution;
import org.apertura.jurisdiction.InstitutionDraft;
import org.apertura.jurisdiction.Jurisdiction;
import org.apertura.jurisdiction.JurisdictionDraft;
import org.apertura.jurisdiction.JurisdictionLevel;
import org.apertura.jurisdiction.JurisdictionService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The directory of jurisdictions and institutions for machines; writes need an administrator's token. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "api.tag.jurisdictions", description = "api.tag.jurisdictions.description")
class JurisdictionApi {

    private final JurisdictionService service;

    JurisdictionApi(JurisdictionService service) {
        this.service = service;
    }

    @GetMapping("/jurisdictions")
    @Operation(summary = "api.op.jurisdiction.jurisdictions")
    List<JurisdictionView> jurisdictions() {
        return service.all().stream().map(JurisdictionView::of).toList();
    }

    @GetMapping("/jurisdictions/{slug}")
    @Operation(summary = "api.op.jurisdiction.jurisdiction")
    JurisdictionDetail jurisdiction(@PathVariable String slug) {
        Jurisdiction j = service.get(slug);
        return new JurisdictionDetail(JurisdictionView.of(j),
                service.childrenOf(j).stream().map(JurisdictionView::of).toList(),
                service.institutionsOf(j).stream().map(InstitutionView::of).toList(),
                service.guarantorFor(j).map(InstitutionView::of).orElse(null));
    }

    @GetMapping("/institutions")
    @Operation(summary = "api.op.jurisdiction.institutions")
    List<InstitutionView> institutions(@RequestParam(required = false) String jurisdiction) {
        List<Institution> list = jurisdiction == null ? service.allInstitutions()
                : service.institutionsOf(service.get(jurisdiction));
        return list.stream().map(InstitutionView::of).toList();
    }

    @GetMapping("/institutions/{slug}")
    @Operation(summary = "api.op.jurisdiction.institution")
    InstitutionView institution(@PathVariable String slug) {
        return InstitutionView.of(service.institution(slug));
    }

    @PostMapping("/jurisdictions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "api.op.jurisdiction.jurisdiction-create", security = @SecurityRequirement(name = "bearer"))
    JurisdictionView createJurisdiction(@RequestBody JurisdictionDraft draft) {
        return JurisdictionView.of(service.createJurisdiction(draft));
    }

    @PutMapping("/jurisdictions/{slug}")
    @Operation(summary = "api.op.jurisdiction.jurisdiction-update", security = @SecurityRequirement(name = "bearer"))
    JurisdictionView updateJurisdiction(@PathVariable String slug, @RequestBody JurisdictionDraft draft) {
        return JurisdictionView.of(service.updateJurisdiction(slug, draft));
    }

    @PostMapping("/institutions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "api.op.jurisdiction.institution-create", security = @SecurityRequirement(name = "bearer"))
    InstitutionView createInstitution(@RequestBody InstitutionDraft draft) {
        return InstitutionView.of(service.createInstitution(draft));
    }

    @PutMapping("/institutions/{slug}")
    @Operation(summary = "api.op.jurisdiction.institution-update", security = @SecurityRequirement(name = "bearer"))
    InstitutionView updateInstitution(@PathVariable String slug, @RequestBody InstitutionDraft draft) {
        return InstitutionView.of(service.updateInstitution(slug, draft));
    }

    record JurisdictionView(String slug, String name, JurisdictionLevel level, String parent, String inegiCode,
            String description, long version, String url) {

        static JurisdictionView of(Jurisdiction j) {
            return new JurisdictionView(j.getSlug(), j.getName(), j.getLevel(),
                    j.getParent() == null ? null : j.getParent().getSlug(), j.getInegiCode(), j.getDescription(),
                    j.getVersion(), "/jurisdicciones/" + j.getSlug());
        }
    }

    record InstitutionView(String slug, String name, String acronym, String jurisdiction, Branch branch,
            boolean guarantor, String website, long version) {

        static InstitutionView of(Institution i) {
            return new InstitutionView(i.getSlug(), i.getName(), i.getAcronym(), i.getJurisdiction().getSlug(),
                    i.getBranch(), i.isGuarantor(), i.getWebsite(), i.getVersion());
        }
    }

    record JurisdictionDetail(JurisdictionView jurisdiction, List<JurisdictionView> children,
            List<InstitutionView> institutions, InstitutionView guarantor) {
    }
}
