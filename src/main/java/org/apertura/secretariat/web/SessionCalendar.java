package org.apertura.secretariat.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apertura.secretariat.BodySession;
import org.apertura.secretariat.CollegiateBody;

/** A body's sessions as an iCalendar feed (RFC 5545), so anyone can follow them in their calendar. */
final class SessionCalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private SessionCalendar() {
    }

    static String of(CollegiateBody body, List<BodySession> sessions, String baseUrl, Instant now) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Apertura//Sesiones//ES");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "X-WR-CALNAME:" + text(body.getName()));
        for (BodySession session : sessions) {
            String url = baseUrl + "/organos/" + body.getSlug() + "/sesiones/" + session.getNumber();
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:session-" + session.getId() + "@apertura");
            line(ics, "DTSTAMP:" + UTC.format(now));
            line(ics, "DTSTART:" + UTC.format(session.getStartsAt()));
            line(ics, "DTEND:" + UTC.format(session.getStartsAt().plus(Duration.ofHours(2))));
            line(ics, "SUMMARY:" + text(body.getName() + ": sesión " + session.getNumber()));
            if (session.getPlace() != null) {
                line(ics, "LOCATION:" + text(session.getPlace()));
            }
            line(ics, "DESCRIPTION:" + text("Orden del día:\n- " + String.join("\n- ", session.getAgenda())));
            line(ics, "URL:" + url);
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /**
     * Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma are escaped; every line break
     * (CRLF, a lone LF or a lone CR) becomes {@code \n}; other control characters, which TEXT does not allow,
     * are dropped (a tab is kept). Nothing typed can start a new content line.
     */
    static String text(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\r' -> {
                    out.append("\\n");
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n' -> out.append("\\n");
                default -> {
                    if (c == '\t' || !Character.isISOControl(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Appends a content line folded at 75 octets (RFC 5545 §3.1), ended by CRLF. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
