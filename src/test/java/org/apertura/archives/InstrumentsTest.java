package org.apertura.archives;

import static org.apertura.archives.ArchivesTesting.as;
import static org.apertura.archives.ArchivesTesting.bytes;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An institution's instruments: an archivist imports a draft nobody else sees, a bad file saves nothing, the área
 * coordinadora records the Grupo Interdisciplinario's approval and the version is public, in the ledger, and exported
 * as a file that imports again as the same catalog.
 */
@IntegrationTest
class InstrumentsTest {

    private static final String CONGRESS = "congreso-durango";

    @Autowired
    Instruments instruments;
    @Autowired
    ValuationSheets sheets;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    Today today;

    private int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }

    @Test
    void aBadFileSavesNothingAndNamesEachProblem() {
        int versions = count("archives_instrument");
        int nodes = count("archives_node");
        String bad = ArchivesTesting.CATALOG.replace("A/L,2,8,10,Conservación", "A/L,2,8,12,Conservación")
                .replace("Dirección de Administración,Reglamento interior art. 40,,,,,,,,",
                        "Dirección de Administración,Reglamento interior art. 40,,,,,,,,,");
        assertThatThrownBy(() -> as(Role.ARCHIVIST, CONGRESS,
                () -> instruments.importFile(CONGRESS, "malo.csv", bytes(bad
                        .replace("Subserie,CDG.2C.1.2,Incidencias,,,A,1,4,5,Baja,Pública,Sí,\n", "")
                        .replace("Subserie,CDG.2C.1.1,Nombramientos,,,A/L,3,7,10,Muestreo,Confidencial,Sí,\n", "")))))
                .isInstanceOfSatisfying(CatalogImportException.class, e -> assertThat(e.problems())
                        .extracting(CatalogProblem::messageKey)
                        .containsExactlyInAnyOrder("archives.import.error.totalMismatch",
                                "archives.import.error.noCatalog"));
        assertThat(count("archives_instrument")).isEqualTo(versions);
        assertThat(count("archives_node")).isEqualTo(nodes);
    }

    @Test
    void onlyTheInstitutionsArchivistsImportAndOnlyTheCoordinatingAreaApproves() {
        assertThatThrownBy(() -> as(Role.ARCHIVIST, "idaip",
                () -> instruments.importFile(CONGRESS, "c.csv", bytes(ArchivesTesting.CATALOG))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(Role.LIAISON, CONGRESS,
                () -> instruments.importFile(CONGRESS, "c.csv", bytes(ArchivesTesting.CATALOG))))
                .isInstanceOf(AccessDeniedException.class);
        Instrument draft = as(Role.ARCHIVIST, CONGRESS,
                () -> instruments.importFile(CONGRESS, "c.csv", bytes(ArchivesTesting.CATALOG)));
        assertThatThrownBy(() -> as(Role.ARCHIVIST, CONGRESS, () -> instruments.approve(CONGRESS, draft.getNumber(),
                "GI-1", today.date(), "Una\nOtra"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> instruments.version(CONGRESS, draft.getNumber()))
                .as("a draft is not public").isInstanceOf(org.apertura.platform.NotFoundException.class);
    }

    @Test
    void theApprovedVersionIsPublicInTheLedgerAndItsExportImportsAgain() throws Exception {
        Instrument draft = as(Role.ARCHIVIST, CONGRESS,
                () -> instruments.importFile(CONGRESS, "cadido.csv", bytes(ArchivesTesting.CATALOG)));
        assertThat(draft.getSeriesCount()).isEqualTo(5);
        ArchivesTesting.fichas(sheets, draft);
        assertThatThrownBy(() -> as(Role.COORDINATING_ARCHIVIST, CONGRESS, () -> instruments.approve(CONGRESS,
                draft.getNumber(), "", today.date().plusDays(1), "Sola"))).isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.problems()).hasSize(3));
        // an act of its own per run: a session keeps its act, and the demo's database may outlive a run
        String act = "GI-CDG-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        int entries = count("ledger_entry");
        Instrument approved = as(Role.COORDINATING_ARCHIVIST, CONGRESS, () -> instruments.approve(CONGRESS,
                draft.getNumber(), act, today.date(),
                "Titular de la Coordinación de Archivos\nTitular del Órgano Interno de Control\nTitular de la Unidad de Transparencia"));
        assertThat(approved.getStatus()).isEqualTo(InstrumentStatus.APPROVED);
        // the approval, and the Grupo's session its act records (no session with that act was on the register)
        assertThat(count("ledger_entry")).isEqualTo(entries + 2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ledger_entry WHERE module = 'archives' AND type = "
                + "'group.session.recorded' AND payload LIKE ?", Integer.class, "%" + act + "%")).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT payload FROM ledger_entry WHERE module = 'archives' AND type = "
                + "'instrument.approved' AND subject_id = ?", String.class, approved.getId().toString()))
                .contains(act).contains("Órgano Interno de Control");
        assertThat(instruments.inForce(CONGRESS)).get().extracting(Instrument::getNumber)
                .isEqualTo(draft.getNumber());

        mvc.perform(get("/archivos/" + CONGRESS)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Expedientes de personal")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(act)));
        byte[] exported = mvc.perform(get("/archivos/" + CONGRESS + "/catalogo.csv")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(exported, StandardCharsets.UTF_8)).contains("Años de trámite").contains("Conservación");
        Instrument again = as(Role.ARCHIVIST, CONGRESS,
                () -> instruments.importFile(CONGRESS, "exportado.csv", exported));
        byte[] english = mvc.perform(get("/archivos/" + CONGRESS + "/catalogo.csv").param("idioma", "en"))
                .andReturn().getResponse().getContentAsByteArray();
        Instrument fromEnglish = as(Role.ARCHIVIST, CONGRESS,
                () -> instruments.importFile(CONGRESS, "exported-en.csv", english));
        byte[] workbook = mvc.perform(get("/archivos/" + CONGRESS + "/instrumentos/" + draft.getNumber() + ".xlsx"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        Instrument fromWorkbook = as(Role.ARCHIVIST, CONGRESS,
                () -> instruments.importFile(CONGRESS, "exportado.xlsx", workbook));
        for (Instrument copy : java.util.List.of(again, fromEnglish, fromWorkbook)) {
            var nodes = as(Role.ARCHIVIST, CONGRESS, () -> instruments.nodes(copy));
            var original = instruments.nodes(approved);
            assertThat(nodes).extracting(n -> n.getCode() + "|" + n.getParentCode() + "|" + n.getValuesText() + "|"
                    + n.getYearsActive() + "|" + n.getYearsSemiactive() + "|" + n.getDestination() + "|"
                    + n.getClassification() + "|" + n.getPersonalData() + "|" + n.getProducingUnit())
                    .containsExactlyElementsOf(original.stream().map(n -> n.getCode() + "|" + n.getParentCode() + "|"
                            + n.getValuesText() + "|" + n.getYearsActive() + "|" + n.getYearsSemiactive() + "|"
                            + n.getDestination() + "|" + n.getClassification() + "|" + n.getPersonalData() + "|"
                            + n.getProducingUnit()).toList());
        }
        assertThat(approved.getApprovedOn()).isEqualTo(LocalDate.from(today.date()));
    }

    @Test
    void theDeskAsksAnonymousPeopleToSignIn() throws Exception {
        mvc.perform(get("/archivos/" + CONGRESS + "/gestion")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/archivos")).andExpect(status().isOk());
    }
}
