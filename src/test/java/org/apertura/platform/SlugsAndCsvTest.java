package org.apertura.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apertura.platform.web.CsvExport;
import org.junit.jupiter.api.Test;

class SlugsAndCsvTest {

    @Test
    void slugsDropAccentsAndPunctuation() {
        assertThat(Slugs.of("Gómez Palacio")).isEqualTo("gomez-palacio");
        assertThat(Slugs.of("  Peñón Blanco, Dgo. ")).isEqualTo("penon-blanco-dgo");
        assertThat(Slugs.isValid("gomez-palacio")).isTrue();
        assertThat(Slugs.isValid("Gómez")).isFalse();
        assertThat(Slugs.isValid("a--b")).isFalse();
    }

    @Test
    void csvQuotesCommasAndDefusesFormulas() {
        byte[] body = CsvExport.download("x.csv", List.of("name", "note"),
                List.of(List.of("Durango, Dgo.", "=HYPERLINK(\"x\")"))).getBody();
        String csv = new String(body, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFname,note\r\n");
        assertThat(csv).contains("\"Durango, Dgo.\",\"'=HYPERLINK(\"\"x\"\")\"\r\n");
    }
}
