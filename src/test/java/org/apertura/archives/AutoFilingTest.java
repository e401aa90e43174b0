package org.apertura.archives;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apertura.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every act of the exercise, filed by itself: the demo's secretariat approves a session's minutes and the executive's
 * transparency unit answers a request with a public version; nobody files them, yet both are in case files of the
 * series the executive's archive configured, the session's file closed with its minutes.
 */
@IntegrationTest
class AutoFilingTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSessionsMinutesAreFiledAndTheFileClosesWithThem() {
        List<Map<String, Object>> minutes = jdbc.queryForList("SELECT f.series_code, f.closed_on, d.link FROM "
                + "archives_file f JOIN archives_document d ON d.file_id = f.id WHERE f.institution_slug = ? "
                + "AND f.auto_key LIKE 'session:%' AND d.link LIKE '/organos/stl-durango/sesiones/%/acta'",
                ArchivesDemo.STATE);
        assertThat(minutes).isNotEmpty();
        assertThat(minutes).allSatisfy(row -> {
            assertThat(row.get("SERIES_CODE") == null ? row.get("series_code") : row.get("SERIES_CODE"))
                    .isEqualTo("PEED.1C.3");
            assertThat(row.get("CLOSED_ON") == null ? row.get("closed_on") : row.get("CLOSED_ON"))
                    .as("the session's file closes when its minutes are approved").isNotNull();
        });
    }

    @Test
    void anAccessRequestAndItsPublicVersionAreFiled() {
        List<Map<String, Object>> versions = jdbc.queryForList("SELECT f.reference, d.sha256, d.title FROM "
                + "archives_file f JOIN archives_document d ON d.file_id = f.id WHERE f.institution_slug = ? "
                + "AND f.series_code = 'PEED.5C.1' AND d.source_key LIKE 'request-file:%'", ArchivesDemo.STATE);
        assertThat(versions).isNotEmpty();
        assertThat(versions).extracting(row -> String.valueOf(row.getOrDefault("SHA256", row.get("sha256"))))
                .allSatisfy(sha -> assertThat(sha).hasSize(64));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM archives_file WHERE institution_slug = ? "
                + "AND auto_key LIKE 'access_request:%'", Integer.class, ArchivesDemo.STATE))
                .as("each of the executive's requests has its file").isGreaterThan(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM archives_file WHERE institution_slug <> ? "
                + "AND auto_key LIKE 'access_request:%'", Integer.class, ArchivesDemo.STATE))
                .as("another institution's requests are not filed in the executive's fonds").isZero();
    }
}
