package org.apertura.archives;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.time.Today;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transfers and loans. A primary transfer sends closed files whose vigencia in trámite has ended to the archivo de
 * concentración (LGA art. 30); a secondary one sends files kept for their historic value, whose vigencias have ended and
 * that no hold stops, to the archivo histórico (art. 31 fr. X). The receiving archive accepts the inventory and says
 * where the files now are. Files of the concentración may be lent back to a unit with a due date.
 */
@Service
public class Transfers {

    static final String ACCEPTED = "transfer.accepted";
    static final String SUBJECT = "transfer";

    private final TransferRepository transfers;
    private final TransferItemRepository items;
    private final CaseFileRepository files;
    private final CaseFiles caseFiles;
    private final LoanRepository loans;
    private final Holds holds;
    private final ArchivesPolicy policy;
    private final LedgerService ledger;
    private final Today today;

    Transfers(TransferRepository transfers, TransferItemRepository items, CaseFileRepository files,
            CaseFiles caseFiles, LoanRepository loans, Holds holds, ArchivesPolicy policy, LedgerService ledger,
            Today today) {
        this.transfers = transfers;
        this.items = items;
        this.files = files;
        this.caseFiles = caseFiles;
        this.loans = loans;
        this.holds = holds;
        this.policy = policy;
        this.ledger = ledger;
        this.today = today;
    }

    /** Sends files with their inventory; refuses, naming each file, those whose vigencia has not ended or are held. */
    @Transactional
    public Transfer send(String institutionSlug, TransferKind kind, List<Long> fileIds) {
        policy.allowedNow(institutionSlug).require(ArchivesAction.KEEP_FILES);
        if (kind == null || fileIds == null || fileIds.isEmpty()) {
            throw new InvalidInputException("expedientes", "archives.transfer.error.empty");
        }
        List<Long> ids = fileIds.stream().distinct().toList();
        Map<Long, CaseFile> found = caseFiles.byIds(ids);
        List<FieldProblem> problems = new ArrayList<>();
        List<CaseFile> list = new ArrayList<>();
        LocalDate on = today.date();
        for (Long id : ids) {
            CaseFile file = found.get(id);
            if (file == null || !file.getInstitutionSlug().equals(institutionSlug)) {
                throw new NotFoundException("case file");
            }
            list.add(file);
            if (file.getStage() != kind.from()) {
                problems.add(new FieldProblem("expedientes", "archives.transfer.error.stage." + kind,
                        file.getReference()));
            } else if (file.getClosedOn() == null) {
                problems.add(new FieldProblem("expedientes", "archives.transfer.error.open", file.getReference()));
            } else if (kind == TransferKind.PRIMARY && file.getTransferDueOn().isAfter(on)) {
                problems.add(new FieldProblem("expedientes", "archives.transfer.error.vigencia", file.getReference(),
                        today.date(file.getTransferDueOn())));
            } else if (kind == TransferKind.SECONDARY
                    && caseFiles.series(file).getDestination() == Destination.BAJA) {
                problems.add(new FieldProblem("expedientes", "archives.transfer.error.baja", file.getReference()));
            }
        }
        InvalidInputException.throwIfAny(problems);
        if (kind == TransferKind.SECONDARY) {
            List<HeldFile> held = holds.check(list, on);
            if (!held.isEmpty()) {
                throw new HeldFilesException(held);
            }
        }
        int number = (int) transfers.countByInstitutionSlugAndKind(institutionSlug, kind) + 1;
        Transfer transfer = transfers.save(new Transfer(institutionSlug, kind, number, on, today.now()));
        for (int i = 0; i < list.size(); i++) {
            items.save(new TransferItem(transfer.getId(), list.get(i).getId(), i + 1));
        }
        return transfer;
    }

    /** The receiving archive accepts the inventory: the files move there, to the location it gives. */
    @Transactional
    public Transfer accept(String institutionSlug, TransferKind kind, int number, String location) {
        policy.allowedNow(institutionSlug).require(ArchivesAction.KEEP_FILES);
        Transfer transfer = transfer(institutionSlug, kind, number);
        String where = location == null ? "" : location.strip();
        if (transfer.isAccepted()) {
            throw new InvalidInputException("ubicacion", "archives.transfer.error.accepted");
        }
        if (where.isEmpty() || where.length() > 200) {
            throw new InvalidInputException("ubicacion", "archives.transfer.error.location");
        }
        List<CaseFile> moved = inventory(transfer);
        for (CaseFile file : moved) {
            file.moveTo(kind.to(), where);
        }
        transfer.accept(today.date(), where);
        files.flush();
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("institution", institutionSlug);
        record.put("kind", kind.name());
        record.put("number", number);
        record.put("acceptedOn", transfer.getAcceptedOn().toString());
        record.put("location", where);
        record.put("files", moved.stream().map(CaseFile::getReference).toList());
        ledger.append(Instruments.MODULE, ACCEPTED, SUBJECT, transfer.getId(), record);
        return transfer;
    }

    /** A transfer; one not yet accepted only for the institution's archivists (ADR 0028). */
    @Transactional(readOnly = true)
    public Transfer transfer(String institutionSlug, TransferKind kind, int number) {
        Transfer transfer = transfers.findByInstitutionSlugAndKindAndNumber(institutionSlug, kind, number)
                .orElseThrow(() -> new NotFoundException("transfer"));
        if (!policy.mayReadNow(transfer)) {
            throw new NotFoundException("transfer");
        }
        return transfer;
    }

    /** The transfer's files in inventory order. */
    @Transactional(readOnly = true)
    public List<CaseFile> inventory(Transfer transfer) {
        List<Long> ids = items.findByTransferIdOrderByPosition(transfer.getId()).stream()
                .map(TransferItem::getFileId).toList();
        Map<Long, CaseFile> byId = caseFiles.byIds(ids);
        return ids.stream().map(byId::get).toList();
    }

    /** How many files the transfer's inventory has (without loading them). */
    @Transactional(readOnly = true)
    public long size(Transfer transfer) {
        return items.countByTransferId(transfer.getId());
    }

    /** The transfers the person may see, newest first. */
    @Transactional(readOnly = true)
    public List<Transfer> of(String institutionSlug) {
        return transfers.findByInstitutionSlugOrderByIdDesc(institutionSlug).stream().filter(policy::mayReadNow)
                .toList();
    }

    /** Lends a file of the concentración back to a unit until a day. */
    @Transactional
    public Loan lend(String institutionSlug, long fileId, String borrower, LocalDate dueOn) {
        policy.allowedNow(institutionSlug).require(ArchivesAction.KEEP_FILES);
        CaseFile file = caseFiles.file(institutionSlug, fileId);
        List<FieldProblem> problems = new ArrayList<>();
        if (file.getStage() != Stage.CONCENTRACION) {
            problems.add(new FieldProblem("prestamo", "archives.loan.error.stage"));
        }
        if (loans.findByFileIdAndReturnedOnIsNull(fileId).isPresent()) {
            problems.add(new FieldProblem("prestamo", "archives.loan.error.lent"));
        }
        String who = borrower == null ? "" : borrower.strip();
        if (who.isEmpty() || who.length() > 200) {
            problems.add(new FieldProblem("unidad", "archives.loan.error.borrower"));
        }
        if (dueOn == null || dueOn.isBefore(today.date())) {
            problems.add(new FieldProblem("vence", "archives.loan.error.due"));
        }
        InvalidInputException.throwIfAny(problems);
        return loans.save(new Loan(fileId, who, today.date(), dueOn));
    }

    /** The lent file is back. */
    @Transactional
    public void returned(String institutionSlug, long fileId) {
        policy.allowedNow(institutionSlug).require(ArchivesAction.KEEP_FILES);
        caseFiles.file(institutionSlug, fileId);
        loans.findByFileIdAndReturnedOnIsNull(fileId).orElseThrow(() -> new NotFoundException("loan"))
                .returned(today.date());
    }

    @Transactional(readOnly = true)
    public List<Loan> loans(CaseFile file) {
        return loans.findByFileIdOrderByLentOnDesc(file.getId());
    }
}
