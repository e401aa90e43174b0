package org.apertura.contracting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.apertura.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The demo's processes as people read them: search, process, supplier and buyer pages, figures and red flags. */
@IntegrationTest
class ContractingReadingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDemoPublishesTwoHundredProcessesAcrossMethodsStagesAndFlags() {
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT procurement_method, stage, COUNT(*) AS n "
                + "FROM ocds_record WHERE ocid LIKE 'ocds-213czf-G%' OR ocid LIKE 'ocds-213czf-M%' "
                + "GROUP BY procurement_method, stage");
        System.out.println(rows);
        System.out.println(jdbc.queryForList("SELECT indicator, subject_kind, COUNT(*) FROM ocds_flag GROUP BY indicator, subject_kind"));
    }
}
