package org.apertura.participation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * A consultation's CSVs describe answers to a question's options, never projects: their columns carry their own
 * descriptions in Spanish and English (the budget's "votes for the project" would mislead whoever reads /datos).
 */
class ConsultationCsvColumnsTest {

    @Test
    void everyConsultationColumnIsDescribedAsAnswersInBothLanguages() throws Exception {
        List<String> columns = new ArrayList<>(ConsultationPages.RESULT_COLUMNS);
        columns.addAll(ConsultationPages.TABLE_COLUMNS);
        for (String bundle : List.of("participation.properties", "participation_en.properties")) {
            Properties texts = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/i18n/" + bundle)) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (String column : columns) {
                String description = texts.getProperty("csv." + column + ".desc");
                assertThat(description).as(bundle + " " + column).isNotBlank();
                assertThat(description.toLowerCase()).as(bundle + " " + column).doesNotContain("proyecto")
                        .doesNotContain("project");
            }
        }
    }
}
