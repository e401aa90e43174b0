package org.apertura.plainlanguage;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * The counts of a text and the readability indices computed from them (S syllables, W words,
 * F sentences, L letters), in exact decimal arithmetic, rounded half-up to two decimals at the end.
 * With no word at all every index is null; μ is null with fewer than two words or no spread in word
 * lengths (its formula divides by the variance).
 *
 * <ul>
 *   <li>Fernández-Huerta (1959), in the corrected form: 206.84 − 60·S/W − 1.02·W/F</li>
 *   <li>Szigriszt-Pazos (1993): 206.835 − 62.3·S/W − W/F, read on the INFLESZ scale</li>
 *   <li>Gutiérrez de Polini (1972): 95.2 − 9.7·L/W − 0.35·W/F</li>
 *   <li>Crawford (1984), years of schooling: −0.205·(100·F/W) + 0.049·(100·S/W) − 3.407</li>
 *   <li>Muñoz Baquedano μ (2006): (W/(W−1))·(mean letters per word / sample variance)·100</li>
 * </ul>
 */
public record Readability(int sentences, int words, int syllables, int letters, BigDecimal fernandezHuerta,
        BigDecimal szigrisztPazos, InfleszLevel inflesz, BigDecimal gutierrezPolini, BigDecimal crawford,
        BigDecimal mu) {

    private static final MathContext EXACT = MathContext.DECIMAL128;

    static Readability of(int sentences, int syllables, List<Integer> wordLengths) {
        int words = wordLengths.size();
        int letters = wordLengths.stream().mapToInt(Integer::intValue).sum();
        if (words == 0) {
            return new Readability(sentences, 0, 0, letters, null, null, null, null, null, null);
        }
        BigDecimal s = BigDecimal.valueOf(syllables);
        BigDecimal w = BigDecimal.valueOf(words);
        BigDecimal f = BigDecimal.valueOf(Math.max(sentences, 1));
        BigDecimal l = BigDecimal.valueOf(letters);
        BigDecimal syllablesPerWord = s.divide(w, EXACT);
        BigDecimal wordsPerSentence = w.divide(f, EXACT);

        BigDecimal fh = new BigDecimal("206.84").subtract(new BigDecimal("60").multiply(syllablesPerWord))
                .subtract(new BigDecimal("1.02").multiply(wordsPerSentence));
        BigDecimal sp = new BigDecimal("206.835").subtract(new BigDecimal("62.3").multiply(syllablesPerWord))
                .subtract(wordsPerSentence);
        BigDecimal gp = new BigDecimal("95.2").subtract(new BigDecimal("9.7").multiply(l.divide(w, EXACT)))
                .subtract(new BigDecimal("0.35").multiply(wordsPerSentence));
        BigDecimal hundred = BigDecimal.valueOf(100);
        BigDecimal cr = new BigDecimal("-0.205").multiply(hundred.multiply(f).divide(w, EXACT))
                .add(new BigDecimal("0.049").multiply(hundred.multiply(s).divide(w, EXACT)))
                .subtract(new BigDecimal("3.407"));
        BigDecimal spRounded = round(sp);
        return new Readability(Math.max(sentences, 1), words, syllables, letters, round(fh), spRounded,
                InfleszLevel.of(spRounded), round(gp), round(cr), round(mu(wordLengths, l, w)));
    }

    private static BigDecimal mu(List<Integer> lengths, BigDecimal letters, BigDecimal words) {
        int n = lengths.size();
        if (n < 2) {
            return null;
        }
        BigDecimal mean = letters.divide(words, EXACT);
        BigDecimal squares = BigDecimal.ZERO;
        for (int length : lengths) {
            BigDecimal d = BigDecimal.valueOf(length).subtract(mean);
            squares = squares.add(d.multiply(d));
        }
        BigDecimal variance = squares.divide(BigDecimal.valueOf(n - 1L), EXACT);
        if (variance.signum() == 0) {
            return null;
        }
        return words.divide(BigDecimal.valueOf(n - 1L), EXACT).multiply(mean.divide(variance, EXACT))
                .multiply(BigDecimal.valueOf(100));
    }

    private static BigDecimal round(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }

    /** Whether the text reaches the citizen-language gate: INFLESZ 55 ("normal") or more. */
    public boolean meetsCitizenLanguage() {
        return szigrisztPazos != null && szigrisztPazos.compareTo(PlainLanguageService.CITIZEN_THRESHOLD) >= 0;
    }
}
