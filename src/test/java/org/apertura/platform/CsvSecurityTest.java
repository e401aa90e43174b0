package org.apertura.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apertura.IntegrationTest;
import org.apertura.platform.web.CsvExport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * CSV formula injection (OWASP "CSV Injection"): no cell of any export can start a formula in a spreadsheet,
 * neither whole nor split at a comma, semicolon, tab or line break; real numbers stay numbers.
 */
@IntegrationTest
class CsvSecurityTest {

    @Autowired
    CsvExport csv;

    private String line(Object... cells) {
        List<List<?>> rows = new ArrayList<>();
        rows.add(Arrays.asList(cells));
        String text = new String(csv.download("x.csv", List.of("a"), rows).getBody(), StandardCharsets.UTF_8);
        return text.substring(text.indexOf("\r\n") + 2, text.length() - 2);
    }

    @Test
    void aCellStartingAFormulaIsQuotedAndPrefixed() {
        assertThat(line("=1+1")).isEqualTo("\"'=1+1\"");
        assertThat(line("+52 618")).isEqualTo("\"'+52 618\"");
        assertThat(line("-cmd|' /C calc'!A0")).isEqualTo("\"'-cmd|' /C calc'!A0\"");
        assertThat(line("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(line("\t=1")).isEqualTo("\"'\t'=1\"");
        assertThat(line("\r=1")).isEqualTo("\"'\r'=1\"");
        assertThat(line("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
    }

    @Test
    void aCellASpreadsheetWouldSplitIntoAFormulaIsNeutralisedInEveryPiece() {
        assertThat(line("Durango;=HYPERLINK(\"http://x\")")).isEqualTo("\"'Durango;'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(line("Durango,=1+1")).isEqualTo("\"'Durango,'=1+1\"");
        assertThat(line("primera línea\n@SUM(A1)")).isEqualTo("\"'primera línea\n'@SUM(A1)\"");
        assertThat(line("a\r\n+1")).isEqualTo("\"'a\r\n'+1\"");
        assertThat(line("a\t-1")).isEqualTo("\"'a\t'-1\"");
    }

    @Test
    void harmlessTextIsUntouchedAndSeparatorsAreQuoted() {
        assertThat(line("Durango")).isEqualTo("Durango");
        assertThat(line("Durango, Dgo.")).isEqualTo("\"Durango, Dgo.\"");
        assertThat(line("uno; dos")).isEqualTo("\"uno; dos\"");
        assertThat(line("a - b = c")).isEqualTo("a - b = c");
        assertThat(line("persona@ejemplo.mx")).isEqualTo("persona@ejemplo.mx");
    }

    @Test
    void numbersStayNumbersButTextThatLooksLikeOneIsPrefixed() {
        assertThat(line(-3, new BigDecimal("-3.5"), -0.25d, 7L)).isEqualTo("-3,-3.5,-0.25,7");
        assertThat(line("-3")).isEqualTo("\"'-3\"");
    }
}
