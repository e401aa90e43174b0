package org.apertura.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apertura.IntegrationTest;
import org.apertura.identity.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Files shaped like Transparencia Presupuestaria's open data (the SHCP's PEF and Cuenta Pública CSVs): the programme
 * key in two columns ({@code ID_MODALIDAD} + {@code ID_PP}), the functional classification in three
 * ({@code GPO_FUNCIONAL}, {@code ID_FUNCION}, {@code ID_SUBFUNCION}) and the partida both generic and specific.
 */
@IntegrationTest
class BudgetLayoutsTest {

    static final String TRANSPARENCIA_HEADER = "CICLO,ID_RAMO,DESC_RAMO,ID_UR,DESC_UR,GPO_FUNCIONAL,DESC_GPO_FUNCIONAL,"
            + "ID_FUNCION,DESC_FUNCION,ID_SUBFUNCION,DESC_SUBFUNCION,ID_AI,DESC_AI,ID_MODALIDAD,DESC_MODALIDAD,ID_PP,DESC_PP,"
            + "ID_CAPITULO,DESC_CAPITULO,ID_CONCEPTO,DESC_CONCEPTO,ID_PARTIDA_GENERICA,DESC_PARTIDA_GENERICA,"
            + "ID_PARTIDA_ESPECIFICA,DESC_PARTIDA_ESPECIFICA,ID_TIPOGASTO,DESC_TIPOGASTO,ID_FF,DESC_FF,"
            + "ID_ENTIDAD_FEDERATIVA,ENTIDAD_FEDERATIVA,MONTO_APROBADO,MONTO_MODIFICADO,MONTO_COMPROMETIDO,"
            + "MONTO_DEVENGADO,MONTO_EJERCIDO,MONTO_PAGADO\n";

    static String transparenciaFile(int year) {
        return TRANSPARENCIA_HEADER
                + year + ",1,Poder Legislativo,201,Dirección de Administración,1,Gobierno,3,Coordinación de la Política de "
                + "Gobierno,4,Función Pública,1,Actividad,E,Prestación de Servicios Públicos,17,Compras abiertas,2000,"
                + "Materiales y suministros,2100,Materiales de administración,211,Materiales de oficina,21101,"
                + "Materiales y útiles de oficina,1,Gasto corriente,11,Recursos fiscales,10,Durango,"
                + "\"1,000,000.00\",\"1,000,000.00\",500000,400000,380000,360000\n"
                + year + ",1,Poder Legislativo,300,Dirección de Obras,3,Desarrollo Económico,5,Transporte,1,"
                + "Transporte por carretera,1,Actividad,K,Proyectos de Inversión,005,Caminos,6000,Inversión pública,"
                + "6100,Obra pública en bienes de dominio público,615,Construcción de vías de comunicación,61501,"
                + "Construcción de vías de comunicación,2,Gasto de capital,25,Recursos federales,10,Durango,"
                + "\"5,000,000.00\",\"5,000,000.00\",4000000,3000000,2000000,1000000\n";
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theMappingOfTransparenciaPresupuestariaTakesTheModalityTheFunctionalGroupAndTheSpecificPartida() {
        List<String> header = List.of(TRANSPARENCIA_HEADER.strip().split(","));
        ColumnMapping mapping = ColumnMapping.guess(BudgetKind.EXPENDITURE, header, null);
        assertThat(mapping.missing()).isEmpty();
        assertThat(mapping.column(ImportField.MODALITY)).isEqualTo("ID_MODALIDAD");
        assertThat(mapping.column(ImportField.PROGRAMME)).isEqualTo("ID_PP");
        assertThat(mapping.column(ImportField.PROGRAMME_NAME)).isEqualTo("DESC_PP");
        assertThat(mapping.column(ImportField.FINALIDAD)).isEqualTo("GPO_FUNCIONAL");
        assertThat(mapping.column(ImportField.FUNCTION)).isEqualTo("ID_FUNCION");
        assertThat(mapping.column(ImportField.SUBFUNCTION)).isEqualTo("ID_SUBFUNCION");
        assertThat(mapping.column(ImportField.PARTIDA)).isEqualTo("ID_PARTIDA_ESPECIFICA");
        assertThat(mapping.column(ImportField.GEO)).isEqualTo("ID_ENTIDAD_FEDERATIVA");
        assertThat(mapping.column(ImportField.UNIT_NAME)).isEqualTo("DESC_UR");
    }

    @Test
    void aTransparenciaPresupuestariaFileImportsWithItsProgrammeKeysAndFunctions() throws Exception {
        String slug = "congreso-durango";
        String token = BudgetTestFiles.budgetToken(accounts, slug);
        mvc.perform(post("/api/v1/budget/imports").header("Authorization", "Bearer " + token)
                .param("institution", slug).param("year", "2019").param("quarter", "4")
                .param("fileName", "cuenta_publica_2019.csv").contentType(MediaType.TEXT_PLAIN)
                .content(transparenciaFile(2019).getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.lines").value(2));
        List<String> keys = jdbc.queryForList("SELECT l.programme_key || ' ' || l.function_code || ' ' || l.partida "
                + "FROM budget_line l JOIN budget_snapshot s ON s.id = l.snapshot_id JOIN budget b ON b.id = s.budget_id "
                + "WHERE b.institution_slug = ? AND b.fiscal_year = 2019 ORDER BY l.line_no", String.class, slug);
        assertThat(keys).containsExactly("E-017 1.3.4 21101", "K-005 3.5.1 61501");
    }
}
