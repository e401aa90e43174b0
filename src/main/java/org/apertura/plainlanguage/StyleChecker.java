package org.apertura.plainlanguage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the places in a text that citizen language would write otherwise. Heuristics, not grammar: each
 * hint is a suggestion for a person to weigh, and each rule says in its comment what it looks for.
 */
final class StyleChecker {

    /** Above this many words a sentence gets a hint (Lenguaje Ciudadano: short, clear sentences). */
    static final int LONG_SENTENCE_WORDS = 30;

    private static final Map<String, String> JARGON = loadPairs("/plainlanguage/jargon.tsv");
    private static final Map<String, String> NOMINALISATIONS = loadPairs("/plainlanguage/nominalisations.tsv");
    private static final Pattern JARGON_PATTERN = jargonPattern();

    /** Forms of ser and estar that build a periphrastic passive (fue aprobado, están publicados). */
    private static final Set<String> SER_ESTAR = Set.of("es", "son", "era", "eran", "fue", "fueron", "será", "serán",
            "sería", "serían", "sea", "sean", "fuera", "fueran", "sido", "siendo", "ser", "está", "están", "estaba",
            "estaban", "estuvo", "estuvieron", "estará", "estarán", "esté", "estén");
    /** Words in -ado/-ido that are nouns, not participles, after ser or estar. */
    private static final Set<String> NOT_PARTICIPLES = Set.of("medida", "medidas", "vida", "vidas", "salida", "salidas",
            "comida", "comidas", "partida", "partidas", "entrada", "entradas", "llegada", "jornada", "jornadas", "estado",
            "estados", "grado", "grados", "mercado", "mercados", "resultado", "resultados", "contenido", "contenidos",
            "sentido", "partido", "partidos", "sonido", "apartado", "apartados", "tratado", "tratados", "abogado",
            "abogada", "abogados", "diputado", "diputada", "diputados", "pasado", "cuidado", "todo", "nada", "cada");
    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("hecho", "hecha", "hechos", "hechas", "dicho",
            "dicha", "escrito", "escrita", "escritos", "escritas", "puesto", "puesta", "visto", "vista", "resuelto",
            "resuelta", "resueltos", "impreso", "impresa", "abierto", "abierta", "cubierto", "cubierta", "devuelto",
            "devuelta", "expuesto", "expuesta", "propuesto", "propuesta", "dispuesto", "dispuesta", "suscrito",
            "suscrita", "inscrito", "inscrita", "previsto", "prevista", "electo", "electa");
    /** Third-person endings after "se" that make a reflexive passive (se publicó, se aprobaron, se informa). */
    private static final String[] THIRD_PERSON_ENDINGS = {"aron", "ieron", "arán", "erán", "irán", "ará", "erá", "irá",
            "aban", "aba", "ían", "ía", "ó", "an", "en", "a", "e"};
    /** Verbs after "se" that are impersonal or reflexive idioms rather than passives. */
    private static final Set<String> SE_IDIOMS = Set.of("trata", "tratan", "puede", "pueden", "debe", "deben", "encuentra",
            "encuentran", "refiere", "refieren", "llama", "llaman", "queda", "quedan", "requiere", "requieren", "necesita",
            "necesitan", "ve", "ven", "le", "les", "lo", "la", "los", "las", "me", "te", "nos");
    private static final Set<String> ARTICLES = Set.of("el", "la", "los", "las", "un", "una", "unos", "unas", "su", "sus",
            "del", "al");
    private static final Pattern NOMINAL_SUFFIX = Pattern.compile(".*(ción|sión|ciones|siones|miento|mientos)$");
    private static final Pattern ROMAN_NUMERAL = Pattern.compile("^[IVXLCDM]+$");

    private StyleChecker() {
    }

    static List<Hint> check(String text, Segmenter.Segments segments) {
        List<Hint> hints = new ArrayList<>();
        String lower = lowerKeepingOffsets(text);
        List<Segmenter.Word> words = segments.words();
        for (Segmenter.Sentence sentence : segments.sentences()) {
            if (sentence.wordCount() > LONG_SENTENCE_WORDS) {
                hints.add(new Hint(HintKind.LONG_SENTENCE, sentence.start(), sentence.end(), "plain.hint.longSentence",
                        new Object[] {sentence.wordCount(), LONG_SENTENCE_WORDS}, null));
            }
        }
        for (int i = 0; i < words.size(); i++) {
            String word = word(lower, words.get(i));
            passive(text, lower, words, i, word, hints);
            nominalisation(text, lower, words, i, word, hints);
        }
        jargon(text, lower, hints);
        acronyms(text, words, hints);
        hints.sort(Comparator.comparingInt(Hint::start).thenComparingInt(Hint::end));
        return hints;
    }

    /** ser/estar (+ an adverb in -mente) + a participle; or se + a verb in the third person. */
    private static void passive(String text, String lower, List<Segmenter.Word> words, int i, String word,
            List<Hint> hints) {
        if (SER_ESTAR.contains(word)) {
            int j = i + 1;
            if (adjacent(text, words, i, j) && word(lower, words.get(j)).endsWith("mente")) {
                j++;
            }
            if (adjacent(text, words, j - 1, j) && isParticiple(word(lower, words.get(j)))) {
                add(hints, HintKind.PASSIVE_VOICE, text, words.get(i).start(), words.get(j).end(),
                        "plain.hint.passive", null);
            }
        } else if (word.equals("se") && adjacent(text, words, i, i + 1)) {
            String verb = word(lower, words.get(i + 1));
            if (verb.length() >= 4 && !SE_IDIOMS.contains(verb) && hasThirdPersonEnding(verb)
                    && !NOMINAL_SUFFIX.matcher(verb).matches()) {
                add(hints, HintKind.PASSIVE_VOICE, text, words.get(i).start(), words.get(i + 1).end(),
                        "plain.hint.passiveSe", null);
            }
        }
    }

    /** realizar / efectuar / llevar a cabo / hacer / dar / proceder a + (article) + a noun of action. */
    private static void nominalisation(String text, String lower, List<Segmenter.Word> words, int i, String word,
            List<Hint> hints) {
        int j = i + 1;
        if (word.startsWith("llev") && j + 1 < words.size() && word(lower, words.get(j)).equals("a")
                && word(lower, words.get(j + 1)).equals("cabo")) {
            j += 2;
        } else if (word.startsWith("proced") && j < words.size() && word(lower, words.get(j)).equals("a")) {
            j++;
        } else if (!isLightVerb(word)) {
            return;
        }
        if (j < words.size() && ARTICLES.contains(word(lower, words.get(j)))) {
            j++;
        }
        if (j >= words.size() || words.get(j).start() - words.get(i).end() > 40) {
            return;
        }
        String noun = word(lower, words.get(j));
        if (NOMINAL_SUFFIX.matcher(noun).matches() || NOMINALISATIONS.containsKey(noun)) {
            String verb = NOMINALISATIONS.get(noun);
            if (verb == null && noun.endsWith("ación")) {
                verb = noun.substring(0, noun.length() - "ación".length()) + "ar";
            } else if (verb == null && noun.endsWith("aciones")) {
                verb = noun.substring(0, noun.length() - "aciones".length()) + "ar";
            }
            add(hints, HintKind.NOMINALISATION, text, words.get(i).start(), words.get(j).end(),
                    verb == null ? "plain.hint.nominalisation" : "plain.hint.nominalisationVerb", verb);
        }
    }

    private static void jargon(String text, String lower, List<Hint> hints) {
        Matcher m = JARGON_PATTERN.matcher(lower);
        while (m.find()) {
            String expression = m.group().replaceAll("\\s+", " ");
            String alternative = JARGON.get(expression);
            add(hints, HintKind.JARGON, text, m.start(), m.end(),
                    alternative == null || alternative.isEmpty() ? "plain.hint.jargonDelete" : "plain.hint.jargon",
                    alternative == null || alternative.isEmpty() ? null : alternative);
        }
    }

    /** An all-capitals word of 2 to 8 letters, the first time it appears, unless spelled out right there. */
    private static void acronyms(String text, List<Segmenter.Word> words, List<Hint> hints) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            Segmenter.Word w = words.get(i);
            String token = text.substring(w.start(), w.end());
            if (token.length() < 2 || token.length() > 8 || !isAllCapitals(token) || ROMAN_NUMERAL.matcher(token).matches()
                    || !seen.add(token)) {
                continue;
            }
            boolean heading = (i > 0 && isAllCapitals(text.substring(words.get(i - 1).start(), words.get(i - 1).end())))
                    || (i + 1 < words.size()
                            && isAllCapitals(text.substring(words.get(i + 1).start(), words.get(i + 1).end())));
            boolean definedBefore = charBefore(text, w.start()) == '(' && charAfter(text, w.end()) == ')';
            boolean definedAfter = charAfter(text, w.end()) == '(';
            if (!heading && !definedBefore && !definedAfter) {
                hints.add(new Hint(HintKind.UNDEFINED_ACRONYM, w.start(), w.end(), "plain.hint.acronym",
                        new Object[] {token}, null));
            }
        }
    }

    private static void add(List<Hint> hints, HintKind kind, String text, int start, int end, String key,
            String suggestion) {
        hints.add(new Hint(kind, start, end, key, new Object[] {text.substring(start, end)}, suggestion));
    }

    private static boolean adjacent(String text, List<Segmenter.Word> words, int i, int j) {
        if (i < 0 || j >= words.size()) {
            return false;
        }
        for (int k = words.get(i).end(); k < words.get(j).start(); k++) {
            if (!Character.isWhitespace(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isParticiple(String word) {
        if (IRREGULAR_PARTICIPLES.contains(word)) {
            return true;
        }
        return word.length() >= 5 && !NOT_PARTICIPLES.contains(word) && (word.endsWith("ado") || word.endsWith("ada")
                || word.endsWith("ados") || word.endsWith("adas") || word.endsWith("ido") || word.endsWith("ida")
                || word.endsWith("idos") || word.endsWith("idas"));
    }

    private static boolean hasThirdPersonEnding(String verb) {
        for (String ending : THIRD_PERSON_ENDINGS) {
            if (verb.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLightVerb(String word) {
        return word.startsWith("realiz") || word.startsWith("realic") || word.startsWith("efectu")
                || word.startsWith("efectú") || switch (word) {
                    case "hacer", "hace", "hacen", "hizo", "hicieron", "hará", "harán", "haga", "hagan", "hacía",
                            "dar", "da", "dan", "dio", "dieron", "dará", "darán", "dé", "den", "daba", "daban" -> true;
                    default -> false;
                };
    }

    private static boolean isAllCapitals(String token) {
        for (int k = 0; k < token.length(); k++) {
            if (!Character.isUpperCase(token.charAt(k))) {
                return false;
            }
        }
        return token.length() >= 2;
    }

    private static char charBefore(String text, int index) {
        return index > 0 ? text.charAt(index - 1) : 0;
    }

    private static char charAfter(String text, int index) {
        int k = index;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        return k < text.length() ? text.charAt(k) : 0;
    }

    /** Lower case, one char for one char, so offsets in the lower-case text are offsets in the text. */
    static String lowerKeepingOffsets(String text) {
        char[] chars = text.toCharArray();
        for (int k = 0; k < chars.length; k++) {
            chars[k] = Character.toLowerCase(chars[k]);
        }
        return new String(chars);
    }

    private static String word(String lower, Segmenter.Word w) {
        return lower.substring(w.start(), w.end());
    }

    private static Pattern jargonPattern() {
        StringBuilder alternatives = new StringBuilder();
        JARGON.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).forEach(expression -> {
            if (!alternatives.isEmpty()) {
                alternatives.append('|');
            }
            alternatives.append(Pattern.quote(expression).replace(" ", "\\E\\s+\\Q"));
        });
        return Pattern.compile("(?<!\\p{L})(?:" + alternatives + ")(?!\\p{L})");
    }

    static Map<String, String> loadPairs(String resource) {
        Map<String, String> pairs = new LinkedHashMap<>();
        try (InputStream in = StyleChecker.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", -1);
                pairs.put(columns[0].strip(), columns.length > 1 ? columns[1].strip() : "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(pairs);
    }
}
