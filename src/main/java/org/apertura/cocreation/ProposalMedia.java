package org.apertura.cocreation;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.media.Attachments;
import org.apertura.platform.media.Attachments.Checked;
import org.apertura.platform.media.Attachments.Upload;
import org.apertura.platform.media.GeoPoint;
import org.apertura.platform.storage.ContentRemoval;
import org.apertura.platform.storage.Storage;
import org.apertura.platform.time.Today;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A proposal's pictures, documents and point on the map (issue 21, docs/adr/0080). Its author adds and removes them
 * while the proposal can be edited (CallPolicy's {@code ATTACH_MEDIA}); those who run the exercise remove any file as
 * moderation ({@code REMOVE_MEDIA}). Pictures and documents are checked by platform.media's {@link Attachments}
 * (types told by their bytes, stored without their hidden data, at most four pictures and three documents). A point must lie
 * within Mexico. A bad file or point changes nothing; every change goes to the ledger under the proposal
 * ({@code proposal.file.added}, {@code proposal.file.removed}, {@code proposal.located}) with the file's hash, type,
 * size and label, never who uploaded it. A removed file's bytes are deleted once no record names them.
 */
@Service
@Transactional(readOnly = true)
public class ProposalMedia {

    private final CocreationService service;
    private final ProposalFileRepository files;
    private final Attachments.ItemFiles<ProposalFile> itemFiles;
    private final LedgerService ledger;
    private final Today today;
    private final org.apertura.platform.media.PlaceBounds bounds;

    ProposalMedia(CocreationService service, ProposalFileRepository files, LedgerService ledger, Storage storage,
            ContentRemoval removal, Today today, EntityManager entities,
            org.apertura.platform.media.PlaceBounds bounds) {
        this.bounds = bounds;
        this.service = service;
        this.files = files;
        this.itemFiles = new Attachments.ItemFiles<>(files, storage, removal, entities);
        this.ledger = ledger;
        this.today = today;
    }

    /** What a proposal may carry from the moment it is filed: a point and a picture, each optional. */
    public record Extras(BigDecimal latitude, BigDecimal longitude, Upload image) {
    }

    // ---- reading

    /** The proposal's pictures and documents, in the order they were added. */
    public List<ProposalFile> files(Proposal proposal) {
        return files.findByProposalIdOrderByIdAsc(proposal.getId());
    }

    /** The files of many proposals (a call's list and map), by proposal id. */
    public Map<Long, List<ProposalFile>> filesOf(List<Proposal> proposals) {
        return Attachments.byItem(proposals.stream().map(Proposal::getId).toList(),
                files::findByProposalIdInOrderByIdAsc, ProposalFile::getProposalId);
    }

    /**
     * A file of a proposal as served: only one its proposal still names, of a proposal whose call is public (a draft
     * call's, or a removed file, answers nothing).
     */
    public Optional<Attachments.Served<ProposalFile>> served(Long proposalId, Long fileId) {
        Proposal proposal = service.proposal(proposalId);
        service.call(service.callOf(proposal).getSlug()); // a draft call's proposal: 404 to those who may not see it
        return itemFiles.served(fileId, f -> f.getProposalId().equals(proposalId));
    }

    // ---- changes

    /**
     * Files an online proposal with its optional point and picture at once: a bad point or picture refuses the whole
     * proposal, with the text's problems too, and nothing is stored.
     */
    @Transactional
    public Proposal propose(String callSlug, Proposal.Text text, Extras extras) {
        List<FieldProblem> problems = new ArrayList<>();
        GeoPoint.Result point = GeoPoint.of(extras.latitude(), extras.longitude(), "latitude",
                boxOf(service.call(callSlug)));
        point.problem().ifPresent(problems::add);
        Checked image = null;
        if (extras.image() != null && extras.image().given()) {
            image = Attachments.image(extras.image(), "image", "imageAlt", problems);
        }
        if (!problems.isEmpty()) {
            problems.addAll(0, text.check());
            throw new InvalidInputException(problems);
        }
        Proposal proposal = service.propose(callSlug, text);
        if (point.point().isPresent()) {
            locate(proposal, point.point().get());
        }
        if (image != null) {
            add(proposal, image);
        }
        return proposal;
    }

    /** The author adds a picture, with its alternative text. */
    @Transactional
    public ProposalFile addImage(Long proposalId, Upload upload) {
        return addOneMore(proposalId, Attachments.Kind.IMAGE, upload);
    }

    /** The author adds a PDF document, with its title. */
    @Transactional
    public ProposalFile addDocument(Long proposalId, Upload upload) {
        return addOneMore(proposalId, Attachments.Kind.DOCUMENT, upload);
    }

    private ProposalFile addOneMore(Long proposalId, Attachments.Kind kind, Upload upload) {
        Proposal proposal = editable(proposalId);
        return add(proposal, Attachments.oneMore(kind, upload, files.countByProposalIdAndKind(proposalId, kind)));
    }

    /** The author removes a file while the proposal can change; those who run the exercise remove any, as moderation. */
    @Transactional
    public void remove(Long proposalId, Long fileId) {
        Proposal proposal = service.proposal(proposalId);
        var allowed = service.allowedOn(proposal);
        if (!allowed.may(CallAction.ATTACH_MEDIA)) {
            allowed.require(CallAction.REMOVE_MEDIA);
        }
        itemFiles.remove(proposal, fileId, f -> f.getProposalId().equals(proposalId),
                "file " + fileId + " of proposal " + proposalId, allowed.may(CallAction.ATTACH_MEDIA), record(proposal),
                entry -> ledger.append(CocreationService.MODULE, "proposal.file.removed", "proposal", proposal.getId(),
                        entry));
    }

    /** The author places the proposal on the map, or takes it off (both coordinates blank). */
    @Transactional
    public Proposal locate(Long proposalId, BigDecimal latitude, BigDecimal longitude) {
        Proposal proposal = editable(proposalId);
        GeoPoint.Result point = GeoPoint.of(latitude, longitude, "latitude", boxOf(service.callOf(proposal)));
        InvalidInputException.throwIf(point.problem());
        locate(proposal, point.point().orElse(null));
        return proposal;
    }

    /** The box of the call's exercise's jurisdiction, if it (or an ancestor) has one (ADR 0080). */
    private java.util.Optional<org.apertura.platform.media.GeoBox> boxOf(Call call) {
        return bounds.of(service.exerciseOf(call).getJurisdictionId());
    }

    /** Places a proposal (the demo places its own through this); null takes it off the map. */
    void locate(Proposal proposal, GeoPoint point) {
        proposal.locate(point);
        Map<String, Object> record = record(proposal);
        if (point == null) {
            record.put("point", "removed");
        } else {
            record.put("latitude", point.latitude());
            record.put("longitude", point.longitude());
        }
        ledger.append(CocreationService.MODULE, "proposal.located", "proposal", proposal.getId(), record);
    }

    /** Adds a picture to a proposal without asking who (the demo's own pictures); refused if it is not one. */
    ProposalFile addImage(Proposal proposal, Upload upload) {
        List<FieldProblem> problems = new ArrayList<>();
        Checked checked = Attachments.image(upload, "image", "imageAlt", problems);
        InvalidInputException.throwIfAny(problems);
        return add(proposal, checked);
    }

    private ProposalFile add(Proposal proposal, Checked checked) {
        return itemFiles.add(proposal, checked, sha256 -> new ProposalFile(proposal, checked, sha256, today.now()),
                record(proposal), entry -> ledger.append(CocreationService.MODULE, "proposal.file.added", "proposal",
                        proposal.getId(), entry));
    }

    private Proposal editable(Long proposalId) {
        Proposal proposal = service.proposal(proposalId);
        service.allowedOn(proposal).require(CallAction.ATTACH_MEDIA);
        return proposal;
    }

    private Map<String, Object> record(Proposal proposal) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("call", service.callOf(proposal).getSlug());
        record.put("number", proposal.getNumber());
        return record;
    }
}
