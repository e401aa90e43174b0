package org.apertura.archives;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.storage.ContentRemoval;
import org.apertura.platform.time.Today;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The baja documental (LGA art. 31 fr. VI and IX, 50-58 per the research notes): the archivo de concentración
 * proposes files whose vigencias have ended and whose destino is baja (or muestreo), with their inventory; the
 * producing unit confirms it has no further use for them; the Grupo Interdisciplinario reviews and issues its dictamen
 * and acta, which are published (public, to be kept at least seven years); then the baja is executed. Holds are
 * checked at proposal and again at execution: if one applies by then, the execution is refused and says which file and
 * which hold. Executing destroys the files' contents (their documents, and their stored bytes through Storage once the
 * baja is committed) and leaves each file as a metadata stub naming the acta.
 */
@Service
public class Disposals {

    private static final Logger log = LoggerFactory.getLogger(Disposals.class);

    static final String APPROVED = "disposal.approved";
    static final String EXECUTED = "disposal.executed";
    static final String REFUSED = "disposal.refused";
    static final String SUBJECT = "disposal";

    private final DisposalRepository disposals;
    private final DisposalItemRepository items;
    private final CaseFileRepository files;
    private final CaseFiles caseFiles;
    private final Holds holds;
    private final ArchivesPolicy policy;
    private final LedgerService ledger;
    private final JdbcClient jdbc;
    private final ContentRemoval contentRemoval;
    private final Today today;
    private final InterdisciplinaryGroup group;

    Disposals(DisposalRepository disposals, DisposalItemRepository items, CaseFileRepository files,
            CaseFiles caseFiles, Holds holds, ArchivesPolicy policy, LedgerService ledger, JdbcClient jdbc,
            ContentRemoval contentRemoval, Today today, InterdisciplinaryGroup group) {
        this.group = group;
        this.contentRemoval = contentRemoval;
        this.disposals = disposals;
        this.items = items;
        this.files = files;
        this.caseFiles = caseFiles;
        this.holds = holds;
        this.policy = policy;
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.today = today;
    }

    /** Proposes a baja of files with their inventory, or refuses naming each file that is held and why. */
    @Transactional
    public Disposal propose(String institutionSlug, List<Long> fileIds) {
        policy.allowedNow(institutionSlug).require(ArchivesAction.KEEP_FILES);
        if (fileIds == null || fileIds.isEmpty()) {
            throw new InvalidInputException("expedientes", "archives.disposal.error.empty");
        }
        List<Long> ids = fileIds.stream().distinct().toList();
        Map<Long, CaseFile> found = caseFiles.byIds(ids);
        List<CaseFile> list = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (Long id : ids) {
            CaseFile file = found.get(id);
            if (file == null || !file.getInstitutionSlug().equals(institutionSlug)) {
                throw new NotFoundException("case file");
            }
            list.add(file);
            if (file.getStage() != Stage.CONCENTRACION) {
                problems.add(new FieldProblem("expedientes", "archives.disposal.error.stage", file.getReference()));
            } else if (caseFiles.series(file).getDestination() == Destination.CONSERVACION) {
                problems.add(new FieldProblem("expedientes", "archives.disposal.error.kept", file.getReference()));
            }
        }
        InvalidInputException.throwIfAny(problems);
        List<HeldFile> held = holds.check(list, today.date());
        if (!held.isEmpty()) {
            throw new HeldFilesException(held);
        }
        int number = (int) disposals.countByInstitutionSlug(institutionSlug) + 1;
        Disposal disposal = disposals.save(new Disposal(institutionSlug, number, today.date(), today.now()));
        List<DisposalItem> lines = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            lines.add(new DisposalItem(disposal.getId(), list.get(i).getId(), i + 1));
        }
        items.saveAll(lines);
        return disposal;
    }

    /** The producing unit confirms it has no further use for the files (recorded by the archive). */
    @Transactional
    public Disposal confirm(String institutionSlug, int number, String confirmedBy, LocalDate on) {
        policy.allowedNow(institutionSlug).require(ArchivesAction.KEEP_FILES);
        Disposal disposal = disposal(institutionSlug, number);
        List<FieldProblem> problems = new ArrayList<>();
        if (disposal.getStatus() != DisposalStatus.PROPOSED) {
            problems.add(new FieldProblem("confirmacion", "archives.disposal.error.step"));
        }
        String by = confirmedBy == null ? "" : confirmedBy.strip();
        if (by.isEmpty() || by.length() > 300) {
            problems.add(new FieldProblem("confirma", "archives.disposal.error.confirmedBy"));
        }
        if (on == null || on.isAfter(today.date()) || on.isBefore(disposal.getProposedOn())) {
            problems.add(new FieldProblem("fecha", "archives.disposal.error.date"));
        }
        InvalidInputException.throwIfAny(problems);
        disposal.confirm(on, by);
        return disposal;
    }

    /**
     * The Grupo Interdisciplinario's dictamen and the acta of the session that approved the baja: it is published. As
     * for the instruments, the act of a session already on the Grupo's register brings its day and attendees;
     * otherwise the approval records the session with the members it names.
     */
    @Transactional
    public Disposal approve(String institutionSlug, int number, String dictamen, String act, LocalDate on,
            String membersText) {
        policy.allowedNow(institutionSlug).require(ArchivesAction.APPROVE_INSTRUMENTS);
        Disposal disposal = disposal(institutionSlug, number);
        List<FieldProblem> problems = new ArrayList<>();
        if (disposal.getStatus() != DisposalStatus.CONFIRMED) {
            problems.add(new FieldProblem("aprobacion", "archives.disposal.error.notConfirmed"));
        }
        String d = dictamen == null ? "" : dictamen.strip();
        if (d.isEmpty() || d.length() > 80) {
            problems.add(new FieldProblem("dictamen", "archives.disposal.error.dictamen"));
        }
        if (on == null || on.isAfter(today.date())
                || (disposal.getConfirmedOn() != null && on.isBefore(disposal.getConfirmedOn()))) {
            problems.add(new FieldProblem("fecha", "archives.disposal.error.date"));
        }
        InterdisciplinaryGroup.ApprovingAct approving = group.approvingAct(institutionSlug, act, on, membersText,
                problems);
        InvalidInputException.throwIfAny(problems);
        GroupSession session = group.sessionOf(institutionSlug, approving);
        disposal.approve(d, session);
        disposals.flush();
        Map<String, Object> record = disposal.publicRecord(references(disposal));
        record.put("session", session.getNumber());
        ledger.append(Instruments.MODULE, APPROVED, SUBJECT, disposal.getId(), record);
        return disposal;
    }

    /** What an execution did: the disposal as it ended, and the holds that refused it (none when it executed). */
    public record Execution(Disposal disposal, List<HeldFile> held) {
    }

    /**
     * Executes an approved baja, rechecking every hold now: if any applies the execution is refused and recorded, naming
     * each file and hold; otherwise the files' documents are destroyed and each file remains as a metadata stub.
     */
    @Transactional
    public Execution execute(String institutionSlug, int number) {
        policy.allowedNow(institutionSlug).require(ArchivesAction.KEEP_FILES);
        Disposal disposal = disposal(institutionSlug, number);
        if (disposal.getStatus() != DisposalStatus.APPROVED) {
            throw new InvalidInputException("ejecucion", "archives.disposal.error.notApproved");
        }
        List<CaseFile> list = inventory(disposal);
        List<HeldFile> held = holds.check(list, today.date());
        if (!held.isEmpty()) {
            disposal.refused(today.date(), held);
            disposals.flush();
            ledger.append(Instruments.MODULE, REFUSED, SUBJECT, disposal.getId(),
                    disposal.publicRecord(references(disposal)));
            return new Execution(disposal, held);
        }
        List<Long> ids = list.stream().map(CaseFile::getId).toList();
        Set<String> contents = new LinkedHashSet<>();
        for (int from = 0; from < ids.size(); from += Holds.BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + Holds.BATCH));
            contents.addAll(jdbc.sql("SELECT DISTINCT sha256 FROM archives_document WHERE file_id IN (:ids) "
                    + "AND sha256 IS NOT NULL").param("ids", batch).query(String.class).list());
            jdbc.sql("DELETE FROM archives_document WHERE file_id IN (:ids)").param("ids", batch).update();
        }
        destroyAfterCommit(disposal, contents);
        list.forEach(f -> f.disposedBy(disposal.getId()));
        disposal.executed(today.date());
        files.flush();
        ledger.append(Instruments.MODULE, EXECUTED, SUBJECT, disposal.getId(),
                disposal.publicRecord(references(disposal)));
        return new Execution(disposal, List.of());
    }

    /**
     * Once the baja is committed (the documents' rows gone, the stubs, inventory and ledger entry kept), the stored
     * contents of its documents are deleted from Storage, except those another record still names (the same bytes
     * kept elsewhere, e.g. an access request's public version filed here). Deleting only after the commit means a
     * rolled-back baja never loses a file.
     */
    private void destroyAfterCommit(Disposal disposal, Set<String> contents) {
        if (contents.isEmpty()) {
            return;
        }
        Runnable destroy = () -> {
            ContentRemoval.Removed removed = contentRemoval.removeUnreferenced(contents);
            log.info("Baja {} of {}: {} stored contents deleted, {} kept because other records name them.",
                    disposal.getNumber(), disposal.getInstitutionSlug(), removed.deleted(), removed.kept());
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    destroy.run();
                }
            });
        } else {
            destroy.run();
        }
    }

    /** A disposal; one not yet approved only for the institution's archivists. */
    @Transactional(readOnly = true)
    public Disposal disposal(String institutionSlug, int number) {
        Disposal disposal = disposals.findByInstitutionSlugAndNumber(institutionSlug, number)
                .orElseThrow(() -> new NotFoundException("disposal"));
        if (!policy.mayReadNow(disposal)) {
            throw new NotFoundException("disposal");
        }
        return disposal;
    }

    /** The disposals the person may see, newest first. */
    @Transactional(readOnly = true)
    public List<Disposal> of(String institutionSlug) {
        return disposals.findByInstitutionSlugOrderByNumberDesc(institutionSlug).stream()
                .filter(policy::mayReadNow).toList();
    }

    /** How many files the disposal's inventory has (without loading them). */
    @Transactional(readOnly = true)
    public long size(Disposal disposal) {
        return items.countByDisposalId(disposal.getId());
    }

    /** The inventory of a disposal in its order. */
    @Transactional(readOnly = true)
    public List<CaseFile> inventory(Disposal disposal) {
        List<Long> ids = items.findByDisposalIdOrderByPosition(disposal.getId()).stream()
                .map(DisposalItem::getFileId).toList();
        Map<Long, CaseFile> byId = caseFiles.byIds(ids);
        return ids.stream().map(byId::get).toList();
    }

    private List<String> references(Disposal disposal) {
        return inventory(disposal).stream().map(CaseFile::getReference).toList();
    }
}
