package org.apertura.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.es.SpanishPluralStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.CharTokenizer;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * Spanish full-text terms, the same on H2 and PostgreSQL, by Lucene's Spanish analysis (ADR 0034): words of
 * letters and digits, lower case, stop words dropped, «-cion» read as «-ción», plurals reduced by Lucene's Spanish plural stemmer
 * («luces» → «luz», «titulares» → «titular»), then the Snowball Spanish stemmer (gender, derivations and verb
 * endings: «contratación», «contratos» and «contratar» → «contrat»; «niñas» and «niño» → «nin»), then accents
 * folded to ASCII. A request stores its terms; a query's terms must all be present. The site search matches
 * every module's texts the same way. Terms are only {@code [a-z0-9]}: the request search puts them in SQL.
 */
public final class SpanishSearch {

    /** The project's own stop words: Lucene's Spanish list drops «estado» and «estados», which people search. */
    private static final CharArraySet STOP = new CharArraySet(List.of("a", "al", "ante", "con", "de", "del", "el",
            "en", "la", "las", "lo", "los", "o", "para", "por", "que", "se", "sin", "su", "sus", "un", "una", "unos",
            "unas", "y", "e", "u", "es", "son", "mi", "me", "le", "les", "como", "cómo", "cual", "cuál", "cuales",
            "cuáles", "sobre", "entre", "este", "esta", "estos", "estas", "ese", "esa", "éste", "ésta", "éstos",
            "éstas", "ése", "ésa", "todo", "toda", "todos", "todas", "solicito", "solicita", "favor"), false);

    private static final Pattern UNACCENTED_CION = Pattern.compile("(?<=[cs])ion$");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

    /** The analysis chain; Lucene keeps one per thread, so it is shared. */
    private static final Analyzer SPANISH = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer words = CharTokenizer.fromTokenCharPredicate(Character::isLetterOrDigit);
            TokenStream out = new StopFilter(new LowerCaseFilter(words), STOP);
            // «contratacion» typed without its accent: Snowball knows «-ción» only with it.
            out = new PatternReplaceFilter(out, UNACCENTED_CION, "ión", false);
            out = new Plurals(out);
            out = new SnowballFilter(out, new SpanishStemmer());
            out = new LengthFilter(new ASCIIFoldingFilter(out), 2, Integer.MAX_VALUE);
            return new TokenStreamComponents(words, out);
        }
    };

    private SpanishSearch() {
    }

    /** The distinct terms of a text, space-separated, each padded by spaces for prefix-free matching. */
    public static String terms(String text) {
        Set<String> terms = new LinkedHashSet<>(words(text));
        return terms.isEmpty() ? "" : " " + String.join(" ", terms) + " ";
    }

    /** The terms of a query, in order, without repeats. */
    public static Set<String> words(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        try (TokenStream stream = SPANISH.tokenStream("", Normalizer.normalize(text, Normalizer.Form.NFC))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && out.size() < 2000) {
                // Letters of other scripts stay after folding; like the words they come with, they are left out.
                for (String part : NON_WORD.split(term.toString())) {
                    if (part.length() > 1) {
                        out.add(part);
                    }
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Whether every word of the query is among the text's terms (an empty query matches nothing). */
    public static boolean matches(Set<String> query, String... texts) {
        if (query.isEmpty()) {
            return false;
        }
        Set<String> terms = new java.util.HashSet<>();
        for (String text : texts) {
            terms.addAll(words(text));
        }
        return terms.containsAll(query);
    }

    /**
     * Lucene's plural stemmer for words in -s, except -iones: that one drops accents, and Snowball needs the
     * accent of «-ción» to reduce «contratación» as it reduces «contrataciones» (ADR 0034).
     */
    private static final class Plurals extends ConditionalTokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        Plurals(TokenStream input) {
            super(input, SpanishPluralStemFilter::new);
        }

        @Override
        protected boolean shouldFilter() {
            int n = term.length();
            return n > 0 && term.charAt(n - 1) == 's' && !(n > 5 && term.subSequence(n - 5, n).toString().equals("iones"));
        }
    }
}
