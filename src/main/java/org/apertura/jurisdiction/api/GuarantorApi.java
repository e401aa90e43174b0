package org.apertura.jurisdiction.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.apertura.jurisdiction.Branch;
import org.apertura.jurisdiction.GuarantorAssignment;
import org.apertura.jurisdiction.GuarantorAuthority;
import org.apertura.jurisdiction.GuarantorDrafts;
import org.apertura.jurisdiction.GuarantorKind;
import org.apertura.jurisdiction.GuarantorService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Guarantor authorities (LGTAIP 2025 art. 3 fr. III–V) and their assignments for machines; writes need an
 * administrator's token.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "api.tag.guarantors", description = "api.tag.guarantors.description")
class GuarantorApi {

    private final GuarantorService service;

    GuarantorApi(GuarantorService service) {
        this.service = service;
    }

    @GetMapping("/guarantor-authorities")
    @Operation(summary = "api.op.jurisdiction.guarantor-authorities")
    List<AuthorityView> authorities() {
        return service.authorities().stream().map(AuthorityView::of).toList();
    }

    @GetMapping("/guarantor-assignments")
    @Operation(summary = "api.op.jurisdiction.guarantor-assignments")
    List<AssignmentView> assignments(@RequestParam(required = false) String jurisdiction) {
        return (jurisdiction == null ? service.assignments() : service.assignmentsOf(jurisdiction)).stream()
                .map(AssignmentView::of).toList();
    }

    @PostMapping("/guarantor-authorities")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "api.op.jurisdiction.guarantor-authority-register",
            security = @SecurityRequirement(name = "bearer"))
    AuthorityView register(@RequestBody GuarantorDrafts.Authority draft) {
        return AuthorityView.of(service.register(draft));
    }

    @PostMapping("/guarantor-assignments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "api.op.jurisdiction.guarantor-assign", security = @SecurityRequirement(name = "bearer"))
    AssignmentView assign(@RequestBody GuarantorDrafts.Assignment draft) {
        return AssignmentView.of(service.assign(draft));
    }

    @PostMapping("/guarantor-authorities/{slug}/succession")
    @Operation(summary = "api.op.jurisdiction.guarantor-succession", security = @SecurityRequirement(name = "bearer"))
    AuthorityView succeed(@PathVariable String slug, @RequestBody GuarantorDrafts.Succession draft) {
        return AuthorityView.of(service.succeed(slug, draft));
    }

    record AuthorityView(String slug, String name, String jurisdiction, GuarantorKind kind, String kindArticle,
            String legalBasis, LocalDate validFrom, LocalDate validTo, String successor, String successionBasis,
            String note, String url) {

        static AuthorityView of(GuarantorAuthority a) {
            return new AuthorityView(a.slug(), a.name(), a.jurisdictionSlug(), a.kind(), a.kind().article(),
                    a.legalBasis(), a.validFrom(), a.validTo(), a.successorSlug(), a.successionBasis(), a.note(),
                    "/instituciones/" + a.slug());
        }
    }

    record AssignmentView(long id, String jurisdiction, Branch subjectKind, String institution, String authority,
            LocalDate validFrom, LocalDate validTo, String legalBasis) {

        static AssignmentView of(GuarantorAssignment a) {
            return new AssignmentView(a.id(), a.jurisdictionSlug(), a.subjectKind(), a.institutionSlug(),
                    a.authoritySlug(), a.validFrom(), a.validTo(), a.legalBasis());
        }
    }
}
