package org.apertura.budget;

import org.apertura.platform.TableFile;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** A quarter saved as XLSX is read like its CSV: the first sheet's first row names the columns, numbers stay exact. */
class WorkbookTest {

    @Test
    void theFirstSheetOfAWorkbookIsReadWithItsNumbersToTheCent() throws Exception {
        TableFile file = TableFile.of(workbook());
        assertThat(file.reading().format()).isEqualTo(TableFile.WORKBOOK);
        assertThat(file.header()).containsExactly("PROGRAMA", "PARTIDA", "APROBADO");
        TableFile.TableRow row = file.firstRows(5).get(0);
        assertThat(row.cell(0)).isEqualTo("E-017");
        assertThat(row.cell(1)).isEqualTo("21101");
        assertThat(Amounts.parse(row.cell(2))).isEqualByComparingTo("1234.50");
        assertThat(ColumnMapping.guess(BudgetKind.EXPENDITURE, file.header(), null).column(ImportField.APPROVED))
                .isEqualTo("APROBADO");
    }

    @Test
    void aZipThatIsNeitherAWorkbookNorAPackageIsRefusedWithTheReason() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("notas.txt"));
            zip.write("hola".getBytes(StandardCharsets.UTF_8));
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TableFile.of(bytes.toByteArray()))
                .isInstanceOf(TableFile.TableException.class)
                .extracting(e -> ((TableFile.TableException) e).messageKey()).isEqualTo("table.error.notWorkbook");
    }

    /** The smallest XLSX a spreadsheet writes: one sheet, inline strings and a number with binary noise. */
    private static byte[] workbook() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"T1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            entry(zip, "xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>PROGRAMA</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>PARTIDA</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>APROBADO</t></is></c></row>"
                    + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>E-017</t></is></c><c r=\"B2\"><v>21101</v></c><c r=\"C2\"><v>1234.5000000001</v></c></row>"
                    + "</sheetData></worksheet>");
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String xml) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
