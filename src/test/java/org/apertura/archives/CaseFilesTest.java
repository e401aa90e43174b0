package org.apertura.archives;

import static org.apertura.archives.ArchivesTesting.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apertura.IntegrationTest;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.security.Role;
import org.apertura.platform.time.Today;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Case files: opened in a series of the catálogo in force, documents added while open, closing freezes the extreme
 * dates and count and starts the clock; the due list follows; a confidential file shows the public only its metadata.
 */
@IntegrationTest
class CaseFilesTest {

    static final String TOWN = "ayuntamiento-gomez-palacio";
    static final byte[] PDF = "%PDF-1.4\n% un documento\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    Instruments instruments;
    @Autowired
    ValuationSheets sheets;
    @Autowired
    CaseFiles files;
    @Autowired
    MockMvc mvc;
    @Autowired
    Today today;

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

    private CaseFile open(String series, String title, LocalDate on) {
        return as(Role.ARCHIVIST, TOWN, () -> files.open(TOWN, new CaseFiles.Opening(series, title,
                "Asunto privado de " + title, null, on)));
    }

    @Test
    void closingFreezesTheDatesAndCountAndStartsTheClock() throws Exception {
        LocalDate opened = today.date().minusYears(4);
        CaseFile file = open("CDG.1C.2", "Oficios recibidos", opened);
        assertThat(file.getReference()).startsWith("CDG.1C.2/" + opened.getYear() + "-");
        assertThat(file.getUnit()).as("the series' unit").isEqualTo("Oficialía de Partes");
        as(Role.ARCHIVIST, TOWN, () -> files.addUpload(TOWN, file.getId(), "Oficio 1", opened.plusDays(3), "o1.pdf",
                PDF));
        as(Role.ARCHIVIST, TOWN, () -> files.addUpload(TOWN, file.getId(), "Oficio 2", opened.plusDays(40), "o2.pdf",
                PDF));
        assertThatThrownBy(() -> as(Role.ARCHIVIST, TOWN, () -> files.close(TOWN, file.getId(),
                opened.minusDays(1)))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                        e.problems()).extracting(p -> p.messageKey())
                        .containsExactly("archives.file.error.closedBeforeOpened"));
        LocalDate closedOn = opened.plusMonths(6);
        CaseFile closed = as(Role.ARCHIVIST, TOWN, () -> files.close(TOWN, file.getId(), closedOn));
        assertThat(closed.getDocumentCount()).isEqualTo(2);
        assertThat(closed.getEarliestOn()).isEqualTo(opened.plusDays(3));
        assertThat(closed.getLatestOn()).isEqualTo(opened.plusDays(40));
        assertThat(closed.getTransferDueOn()).isEqualTo(Retention.yearsAfter(closedOn, 1));
        assertThat(closed.getDisposalDueOn()).isEqualTo(Retention.yearsAfter(closedOn, 3));
        assertThatThrownBy(() -> as(Role.ARCHIVIST, TOWN, () -> files.addUpload(TOWN, file.getId(), "Tarde",
                closedOn, "t.pdf", PDF))).isInstanceOf(InvalidInputException.class);

        var due = as(Role.ARCHIVIST, TOWN, () -> files.due(TOWN, today.date(), 1000));
        assertThat(due.get("Oficialía de Partes")).extracting(d -> d.file().getId()).contains(file.getId());
        assertThat(due.get("Oficialía de Partes")).filteredOn(d -> d.file().getId().equals(file.getId()))
                .extracting(CaseFiles.DueFile::due).containsExactly(Retention.Due.PRIMARY_TRANSFER);

        mvc.perform(get("/archivos/" + TOWN + "/expedientes/" + file.getId())).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Oficios recibidos")))
                .andExpect(content().string(Matchers.containsString("Oficio 2")));
        mvc.perform(get("/archivos/" + TOWN + "/expedientes/" + file.getId() + "/documentos/2"))
                .andExpect(status().isOk()).andExpect(content().bytes(PDF));
        byte[] pdf = mvc.perform(get("/archivos/" + TOWN + "/expedientes/" + file.getId() + "/caratula.pdf"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void aConfidentialFileShowsThePublicOnlyItsMetadata() throws Exception {
        CaseFile file = open("CDG.2C.1.1", "Nombramiento de Juana Pérez", today.date());
        as(Role.ARCHIVIST, TOWN, () -> files.addUpload(TOWN, file.getId(), "Nombramiento firmado", today.date(),
                "n.pdf", PDF));
        mvc.perform(get("/archivos/" + TOWN + "/expedientes/" + file.getId())).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(file.getReference())))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Juana"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Nombramiento firmado"))));
        mvc.perform(get("/archivos/" + TOWN + "/expedientes/" + file.getId() + "/documentos/1"))
                .andExpect(status().isNotFound());
        // the inventario general as JSON names the file but withholds its title
        var started = mvc.perform(get("/archivos/" + TOWN + "/expedientes.json")).andReturn();
        String json = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(
                started)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).startsWith("[").contains("\"reference\":\"" + file.getReference()
                + "\",\"series\":\"CDG.2C.1.1\",\"title\":null").doesNotContain("Juana");
    }

    @Test
    void theIndexOfReservedFilesListsOnlyReservesStillRunning() throws Exception {
        CaseFile running = open("CDG.2C.2", "Auditoría al fondo de obra 2025", today.date().minusYears(1));
        CaseFile ended = open("CDG.2C.2", "Auditoría al fondo de obra 2015", today.date().minusYears(11));
        assertThat(running.getReservedUntil()).isAfter(today.date());
        assertThat(ended.getReservedUntil()).isBefore(today.date());
        assertThat(files.reservedIndex(TOWN)).extracting(CaseFile::getId).contains(running.getId())
                .doesNotContain(ended.getId());
        mvc.perform(get("/archivos/" + TOWN + "/reservados")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(running.getReference())))
                .andExpect(content().string(Matchers.not(Matchers.containsString(ended.getReference()))));
    }

    @Test
    void openingNeedsASeriesWithVigenciasAndOnlyTheArchivistsOpen() {
        assertThatThrownBy(() -> open("CDG.2C.1", "En una serie con subseries", today.date()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.messageKey()).containsExactly("archives.file.error.series"));
        assertThatThrownBy(() -> as(Role.ARCHIVIST, "idaip", () -> files.open(TOWN,
                new CaseFiles.Opening("CDG.1C.2", "X", null, null, today.date()))))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
