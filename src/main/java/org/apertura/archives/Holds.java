package org.apertura.archives;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.time.Today;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which of a set of files are held, and why, and holds placed and lifted by hand. A hold stops a secondary transfer and
 * a baja; the check runs at proposal and again at the moment of execution.
 */
@Service
public class Holds {

    /** Ids per query, under every database's limit on bound parameters. */
    static final int BATCH = 1000;

    private final HoldRepository holds;
    private final CaseFileRepository files;
    private final ArchivesPolicy policy;
    private final AccessHolds access;
    private final MessageSource messages;
    private final Today today;

    Holds(HoldRepository holds, CaseFileRepository files, ArchivesPolicy policy, AccessHolds access,
            MessageSource messages, Today today) {
        this.access = access;
        this.messages = messages;
        this.holds = holds;
        this.files = files;
        this.policy = policy;
        this.today = today;
    }

    /** Every hold on the files on a day: computed ones (vigencia, reserve term) and those placed, in file order. */
    @Transactional(readOnly = true)
    public List<HeldFile> check(List<CaseFile> list, LocalDate on) {
        List<HeldFile> held = new ArrayList<>();
        for (int from = 0; from < list.size(); from += BATCH) {
            List<CaseFile> batch = list.subList(from, Math.min(list.size(), from + BATCH));
            Map<Long, List<Hold>> placed = holds.findByFileIdInAndLiftedOnIsNull(
                    batch.stream().map(CaseFile::getId).toList()).stream()
                    .collect(Collectors.groupingBy(Hold::getFileId));
            for (CaseFile file : batch) {
                held.addAll(computed(file, on));
                for (Hold hold : placed.getOrDefault(file.getId(), List.of())) {
                    held.add(new HeldFile(file.getId(), file.getReference(), hold.getKind(), hold.getReason(), null));
                }
            }
        }
        return held;
    }

    /** The holds a file carries by its own dates: vigencia not prescribed, reserve term running. */
    static List<HeldFile> computed(CaseFile file, LocalDate on) {
        List<HeldFile> held = new ArrayList<>();
        if (file.getClosedOn() == null) {
            held.add(new HeldFile(file.getId(), file.getReference(), HoldKind.VIGENCIA, null, null));
        } else if (file.getDisposalDueOn().isAfter(on)) {
            held.add(new HeldFile(file.getId(), file.getReference(), HoldKind.VIGENCIA, null,
                    file.getDisposalDueOn()));
        }
        if (file.getClassification() == Classification.RESERVED
                && (file.getReservedUntil() == null || file.getReservedUntil().isAfter(on))) {
            held.add(new HeldFile(file.getId(), file.getReference(), HoldKind.RESERVE_TERM, null,
                    file.getReservedUntil()));
        }
        return held;
    }

    /**
     * Places a hold by hand: litigation or audit with its reason, or an access request or appeal by its folio (one that
     * exists and is under way), which links the file to it: that hold is lifted by itself when the request or appeal
     * concludes ({@link AccessHolds}).
     */
    @Transactional
    public Hold place(String institutionSlug, long fileId, HoldKind kind, String reason) {
        policy.allowedNow(institutionSlug).require(ArchivesAction.KEEP_FILES);
        CaseFile file = files.findByIdAndInstitutionSlug(fileId, institutionSlug)
                .orElseThrow(() -> new org.apertura.platform.NotFoundException("case file"));
        String words = reason == null ? "" : reason.strip();
        if (kind == null || kind == HoldKind.VIGENCIA || kind == HoldKind.RESERVE_TERM) {
            throw new InvalidInputException("tipo", "archives.hold.error.kind");
        }
        if (words.isEmpty() || words.length() > 1000) {
            throw new InvalidInputException(List.of(new FieldProblem("motivo", "archives.hold.error.reason")));
        }
        if (kind == HoldKind.ACCESS_REQUEST || kind == HoldKind.APPEAL) {
            // linked by its folio: the hold follows the request or appeal and is lifted when it concludes
            var proceeding = access.proceeding(kind, words).orElseThrow(() -> new InvalidInputException("motivo",
                    kind == HoldKind.APPEAL ? "archives.hold.error.appealFolio" : "archives.hold.error.requestFolio",
                    words));
            if (!proceeding.underWay()) {
                throw new InvalidInputException("motivo", "archives.hold.error.concluded", words);
            }
            String key = AccessHolds.sourceKey(proceeding);
            if (holds.findBySourceKeyIn(List.of(key)).stream()
                    .anyMatch(h -> h.getFileId().equals(file.getId()) && h.getLiftedOn() == null)) {
                throw new InvalidInputException("motivo", "archives.hold.error.already", words);
            }
            return placeChecked(file.getId(), kind, AccessHolds.reason(key.substring(0, key.indexOf(':') + 1), words,
                    messages), key);
        }
        return placeChecked(file.getId(), kind, words, null);
    }

    Hold placeChecked(Long fileId, HoldKind kind, String reason, String sourceKey) {
        return holds.save(new Hold(fileId, kind, reason, sourceKey, today.date()));
    }

    /** Lifts a hold placed by hand. */
    @Transactional
    public void lift(String institutionSlug, long holdId) {
        policy.allowedNow(institutionSlug).require(ArchivesAction.KEEP_FILES);
        Hold hold = holds.findById(holdId).orElseThrow(() -> new org.apertura.platform.NotFoundException("hold"));
        files.findByIdAndInstitutionSlug(hold.getFileId(), institutionSlug)
                .orElseThrow(() -> new org.apertura.platform.NotFoundException("hold"));
        hold.lift(today.date());
    }

    /** The holds of one file, newest first, for its page. */
    @Transactional(readOnly = true)
    public List<Hold> of(CaseFile file) {
        return holds.findByFileIdOrderByPlacedOnDesc(file.getId());
    }
}
