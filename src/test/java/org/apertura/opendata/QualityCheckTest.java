package org.apertura.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apertura.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The quality report of CSV and XLSX files: what a publisher reads before publishing, found while streaming. */
class QualityCheckTest {

    private final QualityCheck check = new QualityCheck();

    private QualityReport csv(String text) {
        return check.check(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), DetectedFormat.CSV);
    }

    private static QualityReport.Finding finding(QualityReport report, QualityProblem problem) {
        return report.findings().stream().filter(f -> f.problem() == problem).findFirst().orElseThrow(
                () -> new AssertionError("no " + problem + " in " + report.findings()));
    }

    @Test
    void aCleanFileGetsATypeAndAProfilePerColumn() {
        QualityReport report = csv("""
                municipio,clave_inegi,monto,fecha,terminada
                Durango,10005,1500000.50,2025-01-15,true
                Gómez Palacio,10007,800000,2025-03-01,false
                Tepehuanes,10035,,2025-02-10,true
                """);
        assertThat(report.isClean()).as("%s", report.findings()).isTrue();
        assertThat(report.rows()).isEqualTo(3);
        assertThat(report.delimiter()).isEqualTo(",");
        assertThat(report.columns()).extracting(QualityReport.Column::type).containsExactly(FieldType.STRING,
                FieldType.INTEGER, FieldType.NUMBER, FieldType.DATE, FieldType.BOOLEAN);
        QualityReport.Column amount = report.column(2);
        assertThat(amount.nulls()).isEqualTo(1);
        assertThat(amount.min()).isEqualTo("800000");
        assertThat(amount.max()).isEqualTo("1500000.50");
        assertThat(report.column(3).min()).isEqualTo("2025-01-15");
        assertThat(report.column(3).max()).isEqualTo("2025-03-01");
        assertThat(report.column(0).distinct()).isEqualTo(3);
    }

    @Test
    void headersRowsTypesAndDatesThatBreakAreFoundWithWhereTheyAre() {
        QualityReport report = csv("""
                obra;;monto;monto;inicio
                Pavimentación;a;100;1;2025-01-01
                ;;;;
                Drenaje;b;n/d;2;15/02/2025
                Alumbrado;c;300;3
                Parque;d;400;4;2025-04-01
                """);
        assertThat(report.delimiter()).isEqualTo(";");
        assertThat(finding(report, QualityProblem.BLANK_HEADER).column()).isEqualTo("#2");
        assertThat(finding(report, QualityProblem.DUPLICATE_HEADER).column()).isEqualTo("monto");
        assertThat(finding(report, QualityProblem.BLANK_ROW).row()).isEqualTo(2);
        assertThat(finding(report, QualityProblem.ROW_LENGTH).row()).isEqualTo(4);
        QualityReport.Finding type = finding(report, QualityProblem.TYPE);
        assertThat(type.column()).isEqualTo("monto");
        assertThat(type.row()).isEqualTo(3);
        assertThat(type.value()).isEqualTo("n/d");
        assertThat(report.column(2).type()).isEqualTo(FieldType.INTEGER);
        assertThat(report.column(2).samples()).containsExactly(new QualityReport.Cell(3, "n/d"));
        QualityReport.Finding date = finding(report, QualityProblem.DATE_FORMAT);
        assertThat(date.column()).isEqualTo("inicio");
        assertThat(date.value()).isEqualTo("15/02/2025");
        assertThat(report.isValid()).isFalse();
    }

    @Test
    void latin1IsReportedOrConvertedOnRequest() throws IOException {
        byte[] latin1 = "municipio,población\nGómez Palacio,342000\n".getBytes(Charset.forName("windows-1252"));
        assertThat(QualityCheck.isUtf8(new ByteArrayInputStream(latin1))).isFalse();
        QualityReport asIs = check.check(new ByteArrayInputStream(latin1), DetectedFormat.CSV, false, false);
        assertThat(finding(asIs, QualityProblem.ENCODING)).isNotNull();
        assertThat(asIs.column(1).name()).isEqualTo("población");

        byte[] converted = QualityCheck.latin1ToUtf8(new ByteArrayInputStream(latin1)).readAllBytes();
        assertThat(new String(converted, StandardCharsets.UTF_8)).contains("Gómez Palacio");
        assertThat(QualityCheck.isUtf8(new ByteArrayInputStream(converted))).isTrue();
        QualityReport after = check.check(new ByteArrayInputStream(converted), DetectedFormat.CSV, true, true);
        assertThat(after.isValid()).isTrue();
        assertThat(finding(after, QualityProblem.CONVERTED)).isNotNull();
    }

    @Test
    void quotedFieldsKeepTheirDelimitersAndLineBreaks() {
        QualityReport report = csv("nombre,descripcion\n\"Obra, etapa 1\",\"Dos\nlíneas con \"\"comillas\"\"\"\nB,c\n");
        assertThat(report.rows()).isEqualTo(2);
        assertThat(report.isClean()).isTrue();
    }

    @Test
    void aWorkbookIsCheckedLikeACsvWithItsDatesInIso8601() throws IOException {
        byte[] xlsx = SmallWorkbook.of(List.of(List.of("obra", "monto", "inicio"),
                List.of("Pavimentación", 1500000, java.time.LocalDate.of(2025, 1, 15)),
                List.of("Drenaje", "pendiente", java.time.LocalDate.of(2025, 3, 1)),
                List.of("Parque", 300)));
        QualityReport report = check.check(new ByteArrayInputStream(xlsx), DetectedFormat.XLSX);
        assertThat(report.format()).isEqualTo("XLSX");
        assertThat(report.rows()).isEqualTo(3);
        assertThat(report.column(2).type()).isEqualTo(FieldType.DATE);
        assertThat(report.column(2).max()).isEqualTo("2025-03-01");
        assertThat(report.column(1).type()).isEqualTo(FieldType.INTEGER);
        assertThat(finding(report, QualityProblem.TYPE).value()).isEqualTo("pendiente");
    }

    @Test
    void aBrokenWorkbookIsRefusedInWords() {
        byte[] zip = {'P', 'K', 3, 4, 0, 0, 0, 0};
        assertThatThrownBy(() -> check.check(new ByteArrayInputStream(zip), DetectedFormat.XLSX))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("opendata.error.notWorkbook"));
    }

    @Test
    void fileFormatsComeFromContentAndACsvThatIsNotOneIsNoCsv() {
        assertThat(FileFormats.detect("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), "x.csv"))
                .contains(DetectedFormat.CSV);
        assertThat(FileFormats.detect("{\"type\":\"FeatureCollection\",\"features\":[]}".getBytes(
                StandardCharsets.UTF_8), "x.json")).contains(DetectedFormat.GEOJSON);
        assertThat(FileFormats.detect("[{\"a\":1}]".getBytes(StandardCharsets.UTF_8), "x.json"))
                .contains(DetectedFormat.JSON);
        assertThat(FileFormats.detect("%PDF-1.4 ...".getBytes(StandardCharsets.UTF_8), "informe.csv"))
                .contains(DetectedFormat.PDF);
        assertThat(FileFormats.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0}, "foto.csv")).isEmpty();
        assertThat(FileFormats.detect("<!DOCTYPE html><html></html>".getBytes(StandardCharsets.UTF_8), "x.csv"))
                .isEmpty();
    }

    /**
     * A 200 MB CSV is checked in constant memory: the check runs in a separate JVM whose heap (48 MB) is a quarter of
     * the file, which a check that held the file, its lines or its values could not survive.
     */
    @Test
    void a200MegabyteCsvIsCheckedInAHeapFarSmallerThanTheFile() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Xmx48m", "-cp", System.getProperty("java.class.path"),
                LargeCsvCheck.class.getName(), Long.toString(200L * 1024 * 1024)).redirectErrorStream(true).start();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(process.waitFor()).as(output).isZero();
        List<String> lines = output.lines().filter(l -> l.startsWith("rows=")).toList();
        assertThat(lines).as(output).hasSize(1);
        assertThat(Long.parseLong(lines.get(0).substring(5))).isGreaterThan(2_000_000);
    }
}
