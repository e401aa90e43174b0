package org.apertura.plainlanguage;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apertura.platform.InvalidInputException;
import org.springframework.stereotype.Service;

/**
 * Scores Spanish text and finds what to write more plainly. Pure computation, no state: other modules
 * call it wherever people write public text (descriptions, commitment summaries, answers, minutes).
 */
@Service
public class PlainLanguageService {

    /** The most text one analysis takes, in characters. */
    public static final int MAX_CHARACTERS = 200_000;
    /**
     * The gate for citizen-facing text: INFLESZ 55 ("normal", general press) or more. A proposal of the
     * research (shared/design/domain/archives-and-plain-language.md, B1), not a legal norm.
     */
    public static final BigDecimal CITIZEN_THRESHOLD = new BigDecimal("55");

    private final Glossary glossary = Glossary.load();

    /** Analyses a text; refuses a missing, empty or too long one with a field problem on "text". */
    public Analysis analyse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text", "plain.error.empty");
        }
        if (text.length() > MAX_CHARACTERS) {
            throw new InvalidInputException("text", "plain.error.tooLong", "200,000");
        }
        return analyseUnchecked(text);
    }

    /** The analysis of any text, empty included (no word: no index). For callers that checked size. */
    public static Analysis analyseUnchecked(String raw) {
        String text = Normalizer.isNormalized(raw, Normalizer.Form.NFC) ? raw : Normalizer.normalize(raw, Normalizer.Form.NFC);
        Segmenter.Segments segments = Segmenter.split(text);
        int syllables = 0;
        List<Integer> lengths = new ArrayList<>(segments.words().size());
        for (Segmenter.Word word : segments.words()) {
            syllables += Syllables.count(text.subSequence(word.start(), word.end()));
            lengths.add(word.end() - word.start());
        }
        Readability readability = Readability.of(segments.sentences().size(), syllables, lengths);
        return new Analysis(text, readability, StyleChecker.check(text, segments));
    }

    public List<GlossaryTerm> glossary() {
        return glossary.terms();
    }
}
