package org.apertura.secretariat.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The iCalendar feed (RFC 5545): nothing typed into a body's name, a place or an agenda can start a new
 * content line. A lone carriage return used to pass through and let a session's place inject properties.
 */
class CalendarSecurityTest {

    @Test
    void everyLineBreakIsEscapedAndOtherControlsDropped() {
        assertThat(SessionCalendar.text("Sala 1\rATTENDEE:mailto:x@y.mx")).isEqualTo("Sala 1\\nATTENDEE:mailto:x@y.mx");
        assertThat(SessionCalendar.text("a\r\nb\nc\rd")).isEqualTo("a\\nb\\nc\\nd");
        assertThat(SessionCalendar.text("uno, dos; tres \\ cuatro")).isEqualTo("uno\\, dos\\; tres \\\\ cuatro");
        assertThat(SessionCalendar.text("a\u0000b\u0007c\td")).isEqualTo("abc\td");
    }

    @Test
    void aLongLineIsFoldedAt75OctetsAndNoLoneCarriageReturnRemains() {
        StringBuilder out = new StringBuilder();
        SessionCalendar.line(out, "LOCATION:" + SessionCalendar.text("Auditorio «Ramón López Velarde»\r".repeat(10)));
        String ics = out.toString();
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            assertThat(line).doesNotContain("\r").doesNotContain("\n");
        }
        assertThat(ics.replace("\r\n ", "")).isEqualTo("LOCATION:" + "Auditorio «Ramón López Velarde»\\n".repeat(10) + "\r\n");
    }
}
