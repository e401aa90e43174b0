package org.apertura.plainlanguage;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * An analysis in a person's language, as the API returns it and pages show it: the counts, the indices
 * (two decimals), the INFLESZ label, and each hint with its message. {@code segments} cut the text into
 * plain stretches and highlighted ones (numbered like the hints), for showing the hints in place.
 */
public record AnalysisView(int sentences, int words, int syllables, int letters, BigDecimal fernandezHuerta,
        BigDecimal szigrisztPazos, String inflesz, BigDecimal gutierrezPolini, BigDecimal crawford, BigDecimal mu,
        List<HintView> hints, @com.fasterxml.jackson.annotation.JsonIgnore InfleszLevel level,
        @com.fasterxml.jackson.annotation.JsonIgnore List<Segment> segments) {

    /** One hint: what kind, where (UTF-16 offsets, end exclusive), what to do, and what to write instead. */
    public record HintView(HintKind kind, int start, int end, String message, String suggestion) {
    }

    /** A stretch of the text; {@code hint} is the 1-based number of the hint it belongs to, or null. */
    public record Segment(String text, Integer hint) {
    }

    public static AnalysisView of(Analysis analysis, MessageSource messages, Locale locale) {
        Readability r = analysis.readability();
        List<HintView> hints = analysis.hints().stream()
                .map(h -> new HintView(h.kind(), h.start(), h.end(),
                        messages.getMessage(h.messageKey(), h.args(), h.messageKey(), locale), h.suggestion()))
                .toList();
        String label = r.inflesz() == null ? null
                : messages.getMessage("plain.inflesz." + r.inflesz().name(), null, r.inflesz().label(), locale);
        return new AnalysisView(r.sentences(), r.words(), r.syllables(), r.letters(), r.fernandezHuerta(),
                r.szigrisztPazos(), label, r.gutierrezPolini(), r.crawford(), r.mu(), hints, r.inflesz(),
                segments(analysis));
    }

    /** Whether the text reaches the citizen-language gate (INFLESZ 55 or more). */
    public boolean meetsCitizenLanguage() {
        return szigrisztPazos != null && szigrisztPazos.compareTo(PlainLanguageService.CITIZEN_THRESHOLD) >= 0;
    }

    private static List<Segment> segments(Analysis analysis) {
        String text = analysis.text();
        List<Segment> segments = new ArrayList<>();
        int position = 0;
        List<Hint> hints = analysis.hints();
        for (int i = 0; i < hints.size(); i++) {
            Hint hint = hints.get(i);
            if (hint.start() < position) {
                continue;
            }
            if (hint.start() > position) {
                segments.add(new Segment(text.substring(position, hint.start()), null));
            }
            segments.add(new Segment(text.substring(hint.start(), hint.end()), i + 1));
            position = hint.end();
        }
        if (position < text.length()) {
            segments.add(new Segment(text.substring(position), null));
        }
        return segments;
    }
}
