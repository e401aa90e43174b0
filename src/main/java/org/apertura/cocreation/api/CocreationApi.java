package org.apertura.cocreation.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apertura.actionplan.Commitment;
import org.apertura.cocreation.Call;
import org.apertura.cocreation.CallKit;
import org.apertura.cocreation.CocreationService;
import org.apertura.platform.comments.PublicComments;
import org.apertura.cocreation.Proposal;
import org.apertura.cocreation.WorkingTable;
import org.apertura.platform.kits.KitImports;
import org.apertura.platform.kits.KitWriter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Co-creation as open data: calls, proposals with their supports and dispositions, working tables and the
 * trace of each proposal. Only public data: authors appear by their public name, supporters never.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "api.tag.cocreation", description = "api.tag.cocreation.description")
class CocreationApi {

    private final CocreationService service;

    private final CallKit kits;

    private final PublicComments comments;

    private final org.apertura.cocreation.ProposalMedia media;

    CocreationApi(CocreationService service, CallKit kits, PublicComments comments,
            org.apertura.cocreation.ProposalMedia media) {
        this.media = media;
        this.comments = comments;
        this.kits = kits;
        this.service = service;
    }

    @GetMapping("/calls")
    @Operation(summary = "api.op.cocreation.calls")
    List<CallJson> calls() {
        return service.calls().stream().map(this::json).toList();
    }

    @GetMapping("/calls/{slug}")
    @Operation(summary = "api.op.cocreation.call")
    CallDetail call(@PathVariable String slug) {
        Call call = service.call(slug);
        Map<Long, String> codes = codes(call);
        return new CallDetail(json(call), service.tables(call).stream().map(t -> table(t, codes)).toList());
    }

    @GetMapping(value = "/calls/{slug}/kit", produces = "application/zip")
    @Operation(summary = "api.op.cocreation.callKit")
    ResponseEntity<byte[]> kit(@PathVariable String slug) {
        return KitWriter.download(kits.fileName(service.call(slug)), kits.zip(slug));
    }

    /** Multipart: {@code kit} (the ZIP), {@code callSlug} (the original's when absent) and the four dates. */
    @PostMapping("/exercises/{slug}/calls/kit")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "api.op.cocreation.importCallKit", security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<CallJson> importKit(@PathVariable String slug, @RequestParam(required = false) MultipartFile kit,
            @RequestParam(required = false) String callSlug,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate submissionOpens,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate submissionCloses,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate supportOpens,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate supportCloses) {
        return KitImports.created(kit, in -> kits.importInto(slug, new CallKit.Adapting(callSlug, submissionOpens,
                submissionCloses, supportOpens, supportCloses), in), imported -> "/api/v1/calls/" + imported.getSlug(),
                this::json);
    }

    /** Publishes a draft call (ADR 0061): it becomes public and goes to the ledger. */
    @PostMapping("/calls/{slug}/publish")
    @Operation(summary = "api.op.cocreation.publishCall", security = @SecurityRequirement(name = "bearer"))
    CallJson publish(@PathVariable String slug) {
        return json(service.publish(slug));
    }

    @GetMapping("/calls/{slug}/proposals")
    @Operation(summary = "api.op.cocreation.proposals")
    List<ProposalJson> proposals(@PathVariable String slug) {
        Call call = service.call(slug);
        Map<Long, Long> counts = service.supportCounts(call);
        Map<Long, String> codes = codes(call);
        return service.proposals(call).stream().map(p -> json(call, p, counts.getOrDefault(p.getId(), 0L), codes)).toList();
    }

    @GetMapping("/proposals/{id}")
    @Operation(summary = "api.op.cocreation.proposal")
    ProposalDetail proposal(@PathVariable Long id) {
        Proposal p = service.proposal(id);
        Call call = service.callOf(p);
        Map<Long, String> codes = codes(call);
        return new ProposalDetail(json(call, p, service.supportCount(p), codes),
                service.versions(p).stream().map(v -> new VersionJson(v.getNumber(), v.getTitle(), v.getProblem(),
                        v.getProposal(), v.getSupports(), v.getReplacedAt())).toList(),
                comments.of("proposal", p.getId().toString()).stream().map(CocreationApi::comment).toList(),
                service.tablesTakingUp(p).stream().map(t -> table(t, codes)).toList(),
                media.files(p).stream().map(f -> new FileJson(f.getId(), f.getKind().name(), f.getLabel(),
                        f.getContentType(), f.getSizeBytes(), f.getPages(), f.getSha256(), f.getAddedAt(),
                        "/propuestas/" + p.getId() + "/archivos/" + f.getId())).toList());
    }

    /**
     * A proposal's comments as its page shows them (issue 21), the same rows as its CSV: authors by their public name,
     * «Participante» or the institution's name; hidden ones by their public reason only.
     */
    @GetMapping("/proposals/{id}/comments")
    @Operation(summary = "api.op.cocreation.proposalComments")
    List<org.apertura.platform.comments.CommentFiles.Row> proposalComments(@PathVariable Long id) {
        Proposal p = service.proposal(id);
        return org.apertura.platform.comments.CommentFiles.rows(comments.of("proposal", p.getId().toString()));
    }

    @PostMapping("/proposals/{id}/support")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "api.op.cocreation.support", security = @SecurityRequirement(name = "bearer"))
    void support(@PathVariable Long id) {
        service.support(id);
    }

    @DeleteMapping("/proposals/{id}/support")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "api.op.cocreation.withdraw-support", security = @SecurityRequirement(name = "bearer"))
    void withdraw(@PathVariable Long id) {
        service.withdraw(id);
    }

    record CallJson(String slug, String exercise, String title, String description, List<String> themes,
            LocalDate submissionOpens, LocalDate submissionCloses, LocalDate supportOpens, LocalDate supportCloses,
            String proposers, int supportsPerPerson, Integer tableThreshold, String stage, int proposals,
            long withoutDisposition, String url, Map<String, Object> adaptedFrom) {
    }

    record CallDetail(CallJson call, List<TableJson> workingTables) {
    }

    record ProposalJson(long id, int number, String call, String title, String problem, String proposal,
            List<String> themes, String municipality, String neighbourhood, String channel, LocalDate receivedOn,
            String place, java.math.BigDecimal latitude, java.math.BigDecimal longitude, String author,
            String enteredBy, String originalSha256, long supports, boolean reachedTable,
            String disposition, String dispositionReason, Instant disposedAt, String disposedBy,
            List<String> commitments, Instant editedAt, String url) {
    }

    record ProposalDetail(ProposalJson proposal, List<VersionJson> earlierVersions, List<CommentJson> comments,
            List<TableJson> workingTables, List<FileJson> files) {
    }

    /** A picture or document of the proposal (ADR 0080): its label, type, size, hash and address. */
    record FileJson(long id, String kind, String label, String type, long size, Integer pages, String sha256,
            Instant addedAt, String url) {
    }

    record VersionJson(int number, String title, String problem, String proposal, int supportsAtTheTime,
            Instant replacedAt) {
    }

    /** A comment as published by the comment engine; {@code formerId} is its number before the move, if any. */
    record CommentJson(long id, Long parent, String author, boolean official, String text, Instant writtenAt,
            Instant hiddenAt, String hiddenBy, String hiddenReason, long votesUp, long votesDown, Long formerId) {
    }

    record TableJson(long id, int number, String title, Instant heldAt, String place, String link,
            Map<String, Integer> participants, List<Long> proposals, String notes, String outcome,
            List<String> commitments, String url) {
    }

    private CallJson json(Call c) {
        List<Proposal> all = service.proposals(c);
        return new CallJson(c.getSlug(), service.exerciseOf(c).getSlug(), c.getTitle(), c.getDescription(),
                c.getThemes().stream().map(t -> t.name().toLowerCase()).sorted().toList(), c.getSubmissionOpens(),
                c.getSubmissionCloses(), c.getSupportOpens(), c.getSupportCloses(), c.getProposers().name(),
                c.getSupportsPerPerson(), c.getTableThreshold(), c.stageOn(service.today()).name(), all.size(),
                all.stream().filter(p -> !p.hasDisposition()).count(), "/convocatorias/" + c.getSlug(),
                c.getAdaptation() == null ? null : c.getAdaptation().publicRecord());
    }

    private static ProposalJson json(Call call, Proposal p, long supports, Map<Long, String> codes) {
        return new ProposalJson(p.getId(), p.getNumber(), call.getSlug(), p.getTitle(), p.getProblem(), p.getProposal(),
                p.getThemes().stream().map(t -> t.name().toLowerCase()).sorted().toList(), p.getMunicipalitySlug(),
                p.getNeighbourhood(), p.getChannel().name(), p.getReceivedOn(), p.getPlace(), p.getLatitude(),
                p.getLongitude(), p.getAuthorName(),
                p.getFacilitatorName(), p.getOriginalSha256(), supports, call.reachesTable(supports),
                p.getDisposition() == null ? null : p.getDisposition().name(), p.getDispositionReason(), p.getDisposedAt(),
                p.getDisposedBy(), p.getCommitmentIds().stream().map(codes::get).sorted().toList(), p.getEditedAt(),
                "/propuestas/" + p.getId());
    }

    private static CommentJson comment(PublicComments.Shown c) {
        return new CommentJson(c.id(), c.replyTo(), c.author(), c.official(), c.text(), c.postedAt(), c.hiddenAt(),
                c.hiddenBy(), c.hiddenReason(), c.up(), c.down(), c.legacyId());
    }

    private static TableJson table(WorkingTable t, Map<Long, String> codes) {
        return new TableJson(t.getId(), t.getNumber(), t.getTitle(), t.getHeldAt(), t.getPlace(), t.getLink(),
                t.getParticipants().entrySet().stream().collect(Collectors.toMap(e -> e.getKey().name(), Map.Entry::getValue)),
                List.copyOf(t.getProposalIds()), t.getNotes(), t.getOutcome(),
                t.getCommitmentIds().stream().map(codes::get).sorted().toList(), "/mesas/" + t.getId());
    }

    private Map<Long, String> codes(Call call) {
        return service.commitmentsOf(call).stream().collect(Collectors.toMap(Commitment::getId, Commitment::getCode));
    }
}
