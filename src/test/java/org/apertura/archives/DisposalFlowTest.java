package org.apertura.archives;

import static org.apertura.archives.ArchivesTesting.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.apertura.IntegrationTest;
import java.nio.charset.StandardCharsets;
import org.apertura.platform.Hashing;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.storage.Storage;
import org.apertura.platform.security.Role;
import org.apertura.platform.time.Today;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Transfers and the baja documental: a transfer of a file whose vigencia has not ended is refused; a primary transfer
 * is accepted with a location; a disposal including a held file is refused naming it and its hold; a disposal approved
 * by the Grupo is refused at execution when a hold appeared since, and another executes, leaving metadata stubs and a
 * public acta.
 */
@IntegrationTest
class DisposalFlowTest {

    static final String TOWN = "ayuntamiento-tepehuanes";

    @Autowired
    Instruments instruments;
    @Autowired
    ValuationSheets sheets;
    @Autowired
    CaseFiles files;
    @Autowired
    Transfers transfers;
    @Autowired
    Disposals disposals;
    @Autowired
    Holds holds;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    Today today;
    @Autowired
    Storage storage;
    @Autowired
    InterdisciplinaryGroup group;

    @BeforeEach
    void catalogInForce() {
        if (instruments.inForce(TOWN).isEmpty()) {
            Instrument draft = as(Role.ARCHIVIST, TOWN, () -> instruments.importFile(TOWN, "c.csv",
                    ArchivesTesting.bytes(ArchivesTesting.CATALOG)));
            ArchivesTesting.fichas(sheets, draft);
            as(Role.COORDINATING_ARCHIVIST, TOWN, () -> instruments.approve(TOWN, draft.getNumber(), "GI-1",
                    today.date(), "Coordinación de archivos\nÓrgano Interno de Control"));
        }
    }

    /** A correspondence file (1 year in trámite, 2 in concentración, baja) closed that many years ago. */
    private CaseFile closedYearsAgo(String title, int years) {
        LocalDate closed = today.date().minusYears(years);
        return as(Role.ARCHIVIST, TOWN, () -> {
            CaseFile f = files.open(TOWN, new CaseFiles.Opening("CDG.1C.2", title, null, null, closed.minusMonths(2)));
            files.addUpload(TOWN, f.getId(), "Oficio", closed.minusMonths(1), "o.pdf", CaseFilesTest.PDF);
            return files.close(TOWN, f.getId(), closed);
        });
    }

    private List<CaseFile> inConcentration(String... titles) {
        List<CaseFile> list = java.util.Arrays.stream(titles).map(t -> closedYearsAgo(t, 5)).toList();
        Transfer transfer = as(Role.ARCHIVIST, TOWN, () -> transfers.send(TOWN, TransferKind.PRIMARY,
                list.stream().map(CaseFile::getId).toList()));
        as(Role.ARCHIVIST, TOWN, () -> transfers.accept(TOWN, TransferKind.PRIMARY, transfer.getNumber(),
                "Archivo de concentración, caja 3"));
        return list.stream().map(f -> files.file(TOWN, f.getId())).toList();
    }

    @Test
    void aTransferOfAFileWhoseVigenciaHasNotEndedIsRefusedAndAnAcceptedOneMovesTheFiles() {
        CaseFile recent = closedYearsAgo("Oficios de este año", 0);
        CaseFile old = closedYearsAgo("Oficios viejos", 2);
        assertThatThrownBy(() -> as(Role.ARCHIVIST, TOWN, () -> transfers.send(TOWN, TransferKind.PRIMARY,
                List.of(old.getId(), recent.getId())))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                            assertThat(p.messageKey()).isEqualTo("archives.transfer.error.vigencia");
                            assertThat(p.args()[0]).isEqualTo(recent.getReference());
                        }));
        assertThat(files.file(TOWN, old.getId()).getStage()).as("nothing half-done").isEqualTo(Stage.TRAMITE);
        Transfer transfer = as(Role.ARCHIVIST, TOWN, () -> transfers.send(TOWN, TransferKind.PRIMARY,
                List.of(old.getId())));
        as(Role.ARCHIVIST, TOWN, () -> transfers.accept(TOWN, TransferKind.PRIMARY, transfer.getNumber(),
                "Caja 7, anaquel B"));
        CaseFile moved = files.file(TOWN, old.getId());
        assertThat(moved.getStage()).isEqualTo(Stage.CONCENTRACION);
        assertThat(moved.getLocation()).isEqualTo("Caja 7, anaquel B");
        try {
            mvc.perform(get("/archivos/" + TOWN + "/transferencias/primarias/" + transfer.getNumber()
                    + "/inventario.json")).andExpect(status().isOk())
                    .andExpect(jsonPath("$.location").value("Caja 7, anaquel B"))
                    .andExpect(jsonPath("$.files[0].reference").value(old.getReference()));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        Loan loan = as(Role.ARCHIVIST, TOWN, () -> transfers.lend(TOWN, old.getId(), "Secretaría del Ayuntamiento",
                today.date().plusDays(15)));
        assertThat(loan.getDueOn()).isEqualTo(today.date().plusDays(15));
    }

    @Test
    void aDisposalIncludingAHeldFileIsRefusedNamingEachFileAndItsHold() {
        List<CaseFile> list = inConcentration("Oficios 2019", "Oficios 2019 bis");
        as(Role.ARCHIVIST, TOWN, () -> holds.place(TOWN, list.get(1).getId(), HoldKind.LITIGATION,
                "Juicio de amparo 123/2025"));
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM archives_disposal", Integer.class);
        assertThatThrownBy(() -> as(Role.ARCHIVIST, TOWN, () -> disposals.propose(TOWN,
                list.stream().map(CaseFile::getId).toList()))).isInstanceOfSatisfying(HeldFilesException.class,
                        e -> assertThat(e.held()).singleElement().satisfies(h -> {
                            assertThat(h.reference()).isEqualTo(list.get(1).getReference());
                            assertThat(h.kind()).isEqualTo(HoldKind.LITIGATION);
                            assertThat(h.reason()).isEqualTo("Juicio de amparo 123/2025");
                        }));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM archives_disposal", Integer.class)).isEqualTo(before);
    }

    @Test
    void holdsAreCheckedAgainAtExecutionAndAnExecutedDisposalLeavesStubsAndAPublicActa() throws Exception {
        List<CaseFile> list = inConcentration("Oficios 2018", "Oficios 2018 bis");
        Disposal disposal = approved(list);
        as(Role.ARCHIVIST, TOWN, () -> holds.placeChecked(list.get(0).getId(), HoldKind.ACCESS_REQUEST,
                "Solicitud 100000000001", "request:100000000001"));
        Disposals.Execution refused = as(Role.ARCHIVIST, TOWN, () -> disposals.execute(TOWN, disposal.getNumber()));
        assertThat(refused.disposal().getStatus()).isEqualTo(DisposalStatus.REFUSED);
        assertThat(refused.held()).extracting(HeldFile::reference, HeldFile::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(list.get(0).getReference(),
                        HoldKind.ACCESS_REQUEST));
        assertThat(files.file(TOWN, list.get(0).getId()).getStage()).isEqualTo(Stage.CONCENTRACION);
        mvc.perform(get("/archivos/" + TOWN + "/bajas/" + disposal.getNumber())).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(list.get(0).getReference())))
                .andExpect(content().string(Matchers.containsString("solicitud de acceso")));

        Disposal second = approved(List.of(list.get(1)));
        Disposals.Execution done = as(Role.ARCHIVIST, TOWN, () -> disposals.execute(TOWN, second.getNumber()));
        assertThat(done.held()).isEmpty();
        CaseFile stub = files.file(TOWN, list.get(1).getId());
        assertThat(stub.getStage()).isEqualTo(Stage.BAJA);
        assertThat(stub.getDocumentCount()).as("the stub keeps what it was").isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM archives_document WHERE file_id = ?", Integer.class,
                stub.getId())).isZero();
        mvc.perform(get("/archivos/" + TOWN + "/bajas/" + second.getNumber())).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("AB-" + second.getNumber())))
                .andExpect(content().string(Matchers.containsString(stub.getReference())));
        mvc.perform(get("/archivos/" + TOWN + "/bajas/" + second.getNumber() + "/inventario.csv"))
                .andExpect(status().isOk());
        mvc.perform(get("/archivos/" + TOWN + "/bajas/" + second.getNumber() + "/inventario.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("executed"))
                .andExpect(jsonPath("$.act").value("AB-" + second.getNumber()))
                .andExpect(jsonPath("$.files[0].reference").value(stub.getReference()));
    }

    @Test
    void aBajaApprovedInARecordedSessionNamesItAndTheSessionSaysWhichBajasItApproved() throws Exception {
        List<CaseFile> list = inConcentration("Oficios 2017");
        Disposal proposed = as(Role.ARCHIVIST, TOWN, () -> disposals.propose(TOWN, List.of(list.get(0).getId())));
        as(Role.ARCHIVIST, TOWN, () -> disposals.confirm(TOWN, proposed.getNumber(), "Titular de Oficialía de Partes",
                today.date()));
        String act = "GI-BD-" + System.nanoTime();
        GroupSession session = as(Role.COORDINATING_ARCHIVIST, TOWN, () -> {
            GroupMember head = group.join(TOWN, "Lic. Irma Soto", "Coordinadora de Archivos", "ARCHIVES",
                    today.date().minusMonths(1));
            GroupMember control = group.join(TOWN, "C.P. Luis Mena", "Titular del Órgano Interno de Control",
                    "INTERNAL_CONTROL", today.date().minusMonths(1));
            return group.record(TOWN, act, today.date(), List.of(head.getId(), control.getId()),
                    "Primero. Se aprueba la baja documental " + proposed.getNumber() + ".");
        });
        // the session's day is the act's: another day is refused naming the session's
        assertThatThrownBy(() -> as(Role.COORDINATING_ARCHIVIST, TOWN, () -> disposals.approve(TOWN,
                proposed.getNumber(), "DB-S", act, today.date().minusDays(1), "")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(org.apertura.platform.FieldProblem::messageKey)
                        .contains("archives.approve.error.sessionDate"));
        Disposal approved = as(Role.COORDINATING_ARCHIVIST, TOWN, () -> disposals.approve(TOWN, proposed.getNumber(),
                "DB-S" + proposed.getNumber(), act, today.date(), ""));
        assertThat(approved.getSessionId()).isEqualTo(session.getId());
        assertThat(approved.getMemberList()).as("the session's attendees approved it").containsExactly(
                "Lic. Irma Soto, Coordinadora de Archivos", "C.P. Luis Mena, Titular del Órgano Interno de Control");
        mvc.perform(get("/archivos/" + TOWN + "/bajas/" + proposed.getNumber())).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(
                        "/archivos/" + TOWN + "/grupo#sesion-" + session.getId())))
                .andExpect(content().string(Matchers.containsString("Lic. Irma Soto")));
        mvc.perform(get("/archivos/" + TOWN + "/bajas/" + proposed.getNumber() + "/inventario.json"))
                .andExpect(jsonPath("$.act").value(act))
                .andExpect(jsonPath("$.groupSession").value("/archivos/" + TOWN + "/grupo#sesion-" + session.getId()));
        mvc.perform(get("/archivos/" + TOWN + "/grupo")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(
                        "/archivos/" + TOWN + "/bajas/" + proposed.getNumber() + "\"")));
        mvc.perform(get("/archivos/" + TOWN + "/grupo.json")).andExpect(jsonPath(
                "$.sessions[?(@.act == '" + act + "')].approvedDisposals[0]").value(proposed.getNumber()));
        assertThat(mvc.perform(get("/archivos/" + TOWN + "/grupo/sesiones.csv")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8).lines().filter(l -> l.contains(act)).findFirst())
                .hasValueSatisfying(line -> assertThat(line).endsWith("," + proposed.getNumber()));
        assertThat(jdbc.queryForObject("SELECT payload FROM ledger_entry WHERE type = 'disposal.approved' "
                + "AND subject_id = ?", String.class, approved.getId().toString()))
                .contains("\"session\":" + session.getNumber()).contains(act);
    }

    @Test
    void executingABajaDeletesItsDocumentsStoredContentButKeepsTheActaInventoryLedgerAndSharedContent() {
        long n = System.nanoTime();
        byte[] own = ("%PDF-1.4\n% oficio que se destruye " + n + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] shared = ("%PDF-1.4\n% copia que otro expediente conserva " + n + "\n")
                .getBytes(StandardCharsets.US_ASCII);
        LocalDate closed = today.date().minusYears(5);
        CaseFile doomed = as(Role.ARCHIVIST, TOWN, () -> {
            CaseFile f = files.open(TOWN, new CaseFiles.Opening("CDG.1C.2", "Oficios que se destruyen " + n, null,
                    null, closed.minusMonths(2)));
            files.addUpload(TOWN, f.getId(), "Oficio", closed.minusMonths(1), "oficio.pdf", own);
            files.addUpload(TOWN, f.getId(), "Copia", closed.minusMonths(1), "copia.pdf", shared);
            return files.close(TOWN, f.getId(), closed);
        });
        as(Role.ARCHIVIST, TOWN, () -> {
            CaseFile keeper = files.open(TOWN, new CaseFiles.Opening("CDG.1C.1", "Iniciativa que cita el oficio " + n,
                    null, null, today.date()));
            return files.addUpload(TOWN, keeper.getId(), "Copia", today.date(), "copia.pdf", shared);
        });
        String ownSha = Hashing.sha256Hex(own);
        String sharedSha = Hashing.sha256Hex(shared);
        assertThat(storage.read(ownSha)).isPresent();
        Transfer transfer = as(Role.ARCHIVIST, TOWN, () -> transfers.send(TOWN, TransferKind.PRIMARY,
                List.of(doomed.getId())));
        as(Role.ARCHIVIST, TOWN, () -> transfers.accept(TOWN, TransferKind.PRIMARY, transfer.getNumber(), "Caja 9"));

        Disposal disposal = approved(List.of(doomed));
        assertThat(as(Role.ARCHIVIST, TOWN, () -> disposals.execute(TOWN, disposal.getNumber())).held()).isEmpty();

        assertThat(storage.read(ownSha)).as("the destroyed document's bytes are gone").isEmpty();
        assertThat(storage.read(sharedSha)).as("bytes another file still names are kept").isPresent();
        assertThat(disposals.inventory(disposals.disposal(TOWN, disposal.getNumber())))
                .extracting(CaseFile::getReference).containsExactly(doomed.getReference());
        assertThat(files.file(TOWN, doomed.getId()).getDocumentCount()).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ledger_entry WHERE type = 'disposal.executed' "
                + "AND subject_id = ?", Integer.class, disposal.getId().toString())).isEqualTo(1);
    }

    private Disposal approved(List<CaseFile> list) {
        Disposal proposed = as(Role.ARCHIVIST, TOWN, () -> disposals.propose(TOWN,
                list.stream().map(CaseFile::getId).toList()));
        mvcNotPublic(proposed);
        as(Role.ARCHIVIST, TOWN, () -> disposals.confirm(TOWN, proposed.getNumber(), "Titular de Oficialía de Partes",
                today.date()));
        assertThatThrownBy(() -> as(Role.ARCHIVIST, TOWN, () -> disposals.approve(TOWN, proposed.getNumber(), "D",
                "A", today.date(), "Uno\nDos"))).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        return as(Role.COORDINATING_ARCHIVIST, TOWN, () -> disposals.approve(TOWN, proposed.getNumber(),
                "DB-" + proposed.getNumber(), "AB-" + proposed.getNumber(), today.date(),
                "Coordinación de archivos\nÓrgano Interno de Control\nUnidad de Transparencia"));
    }

    private void mvcNotPublic(Disposal proposed) {
        try {
            mvc.perform(get("/archivos/" + TOWN + "/bajas/" + proposed.getNumber())).andExpect(status().isNotFound());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
