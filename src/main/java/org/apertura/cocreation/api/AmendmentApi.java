package org.apertura.cocreation.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.apertura.cocreation.Amendment;
import org.apertura.cocreation.AmendmentService;
import org.apertura.cocreation.CocreationService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Amendments to proposals (ADR 0065) as open data, and their changes with a token: proposers appear only by the
 * public nickname they chose, or as «Participante»; never a name, an account or an e-mail.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "api.tag.cocreation", description = "api.tag.cocreation.description")
class AmendmentApi {

    private final AmendmentService amendments;
    private final CocreationService service;

    AmendmentApi(AmendmentService amendments, CocreationService service) {
        this.amendments = amendments;
        this.service = service;
    }

    record AmendmentJson(long id, long proposalId, int proposal, int number, String author, String status,
            String baseText, String amendedText, String reason, String decisionReason, Instant proposedAt,
            Instant decidedAt, String url) {
    }

    record Proposing(String text, String reason) {
    }

    record Rejecting(String reason) {
    }

    @GetMapping("/calls/{slug}/amendments")
    @Operation(summary = "api.op.cocreation.callAmendments")
    List<AmendmentJson> ofCall(@PathVariable String slug) {
        return amendments.of(service.call(slug)).stream().map(AmendmentApi::json).toList();
    }

    @GetMapping("/proposals/{id}/amendments")
    @Operation(summary = "api.op.cocreation.amendments")
    List<AmendmentJson> ofProposal(@PathVariable Long id) {
        return amendments.of(service.proposal(id)).stream().map(AmendmentApi::json).toList();
    }

    @PostMapping("/proposals/{id}/amendments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "api.op.cocreation.proposeAmendment", security = @SecurityRequirement(name = "bearer"))
    AmendmentJson propose(@PathVariable Long id, @RequestBody(required = false) Proposing body) {
        Amendment a = amendments.propose(id, body == null ? null : body.text(), body == null ? null : body.reason());
        return shown(a);
    }

    @PostMapping("/amendments/{id}/accept")
    @Operation(summary = "api.op.cocreation.acceptAmendment", security = @SecurityRequirement(name = "bearer"))
    AmendmentJson accept(@PathVariable Long id) {
        return shown(amendments.accept(id));
    }

    @PostMapping("/amendments/{id}/reject")
    @Operation(summary = "api.op.cocreation.rejectAmendment", security = @SecurityRequirement(name = "bearer"))
    AmendmentJson reject(@PathVariable Long id, @RequestBody(required = false) Rejecting body) {
        return shown(amendments.reject(id, body == null ? null : body.reason()));
    }

    @PostMapping("/amendments/{id}/withdraw")
    @Operation(summary = "api.op.cocreation.withdrawAmendment", security = @SecurityRequirement(name = "bearer"))
    AmendmentJson withdraw(@PathVariable Long id) {
        return shown(amendments.withdraw(id));
    }

    private AmendmentJson shown(Amendment a) {
        return amendments.of(service.proposal(a.getProposalId())).stream()
                .filter(s -> s.amendment().getId().equals(a.getId())).findFirst().map(AmendmentApi::json).orElseThrow();
    }

    private static AmendmentJson json(AmendmentService.Shown s) {
        Amendment a = s.amendment();
        return new AmendmentJson(a.getId(), a.getProposalId(), s.proposal().getNumber(), a.getNumber(), s.author(),
                a.getStatus().name(), a.getBaseText(), a.getAmendedText(), a.getReason(), a.getDecisionReason(),
                a.getCreatedAt(), a.getDecidedAt(), "/propuestas/" + a.getProposalId() + "#enmienda-" + a.getId());
    }
}
