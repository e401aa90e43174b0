package org.apertura.meetings.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.apertura.meetings.Meeting;

/** One meeting as an iCalendar file (RFC 5545): its times in UTC, its place or link, and CANCELLED once cancelled. */
final class MeetingCalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private MeetingCalendar() {
    }

    static String of(Meeting m, String url, Instant now) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Apertura//Reuniones//ES");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "BEGIN:VEVENT");
        line(out, "UID:reunion-" + m.getId() + "@apertura");
        line(out, "DTSTAMP:" + UTC.format(now));
        line(out, "DTSTART:" + UTC.format(m.getStartsAt()));
        line(out, "DTEND:" + UTC.format(m.getEndsAt()));
        line(out, "SUMMARY:" + text(m.getTitle()));
        line(out, "DESCRIPTION:" + text(m.getDescription() + (m.getOnlineUrl() == null ? "" : "\n" + m.getOnlineUrl())));
        String location = m.getAddress() != null ? m.getAddress() : m.getOnlineUrl();
        if (location != null) {
            line(out, "LOCATION:" + text(location));
        }
        if (m.getLatitude() != null) {
            line(out, "GEO:" + m.getLatitude().toPlainString() + ";" + m.getLongitude().toPlainString());
        }
        line(out, "URL:" + url);
        line(out, "STATUS:" + (m.isCancelled() ? "CANCELLED" : "CONFIRMED"));
        line(out, "END:VEVENT");
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r", "")
                .replace("\n", "\\n");
    }

    /** A content line folded at 75 octets (RFC 5545 §3.1), ended by CRLF. */
    private static void line(StringBuilder out, String content) {
        byte[] bytes = content.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int start = 0;
        boolean first = true;
        while (start < content.length()) {
            int end = start;
            int octets = 0;
            int limit = first ? 75 : 74;
            while (end < content.length()) {
                int cp = content.codePointAt(end);
                int size = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
                if (octets + size > limit) {
                    break;
                }
                octets += size;
                end += Character.charCount(cp);
            }
            out.append(first ? "" : " ").append(content, start, end).append("\r\n");
            start = end;
            first = false;
        }
        if (bytes.length == 0) {
            out.append("\r\n");
        }
    }
}
