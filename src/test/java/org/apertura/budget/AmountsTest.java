package org.apertura.budget;

import org.apertura.platform.TableFile;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

/** Amounts as Mexican budget files write them are read exactly; Latin-1 files are detected and read. */
class AmountsTest {

    @Test
    void commonMexicanWritingsReadExactly() {
        assertThat(Amounts.parse("1,234.50")).isEqualByComparingTo("1234.50");
        assertThat(Amounts.parse("$1 234.50")).isEqualByComparingTo("1234.50");
        assertThat(Amounts.parse("(1,234.50)")).isEqualByComparingTo("-1234.50");
        assertThat(Amounts.parse("$ 12,345,678.9")).isEqualByComparingTo("12345678.90");
        assertThat(Amounts.parse("-750")).isEqualByComparingTo("-750");
        assertThat(Amounts.parse("")).isEqualByComparingTo("0");
        assertThat(Amounts.parse("0.10").add(Amounts.parse("0.20"))).isEqualTo(new BigDecimal("0.30"));
    }

    @Test
    void textThatIsNoAmountIsRefusedNotGuessed() {
        assertThat(Amounts.parse("abc")).isNull();
        assertThat(Amounts.parse("1,23.50")).isNull();
        assertThat(Amounts.parse("1.234,50")).isNull();
        assertThat(Amounts.parse("12.345")).isNull();
        assertThat(Amounts.parse("1.2.3")).isNull();
    }

    @Test
    void aLatin1FileIsDetectedAndItsAccentsRead() {
        byte[] bytes = "PROGRAMA;NOMBRE\nE-017;Educación básica\n".getBytes(Charset.forName("ISO-8859-1"));
        TableFile file = TableFile.of(bytes);
        assertThat(file.reading().encoding()).isEqualTo("Windows-1252");
        assertThat(file.reading().delimiter()).isEqualTo(';');
        assertThat(file.firstRows(1).get(0).cell(1)).isEqualTo("Educación básica");
    }

    @Test
    void programmeKeysAreWrittenAsTheConacDoes() {
        assertThat(LineRules.programmeKey("e17")).isEqualTo("E-017");
        assertThat(LineRules.programmeKey("E-017")).isEqualTo("E-017");
        assertThat(LineRules.programmeKey("E017")).isEqualTo("E-017");
        assertThat(LineRules.programmeKey("programa")).isNull();
    }
}
