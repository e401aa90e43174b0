package org.apertura.plainlanguage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a text into words and sentences, keeping their places (offsets in UTF-16 code units, as
 * JavaScript indexes strings).
 *
 * <ul>
 *   <li>A <b>word</b> is a run of letters (á é í ó ú ü ñ included); digits and punctuation separate words,
 *       and numbers are not words.</li>
 *   <li>A <b>sentence</b> ends at {@code .}, {@code !}, {@code ?}, {@code ;}, {@code …} or an empty line.
 *       A run of them ({@code ?!}, {@code ...}) is one end. A period between digits (1.5, 2,500.00) or after
 *       a listed abbreviation (Art., arts., fr., fracc., núm., No. before a number, Lic., Ing., Dr., Dra.,
 *       C., p. ej., etc.) does not end a sentence. Inside {@code ¿…?} and {@code ¡…!} a semicolon does not
 *       end it either, so each question or exclamation is one sentence. Text after the last end is a
 *       sentence too. A stretch without any word is not a sentence.</li>
 * </ul>
 */
final class Segmenter {

    /** Abbreviations that never end a sentence, compared in lower case. */
    private static final Set<String> ABBREVIATIONS = Set.of("art", "arts", "fr", "fracc", "frac", "núm", "lic",
            "ing", "dr", "dra", "etc", "mtro", "mtra", "sr", "sra", "srta", "pág", "págs", "inc", "ej");

    private Segmenter() {
    }

    record Word(int start, int end) {
    }

    record Sentence(int start, int end, int firstWord, int wordCount) {
    }

    record Segments(List<Word> words, List<Sentence> sentences, int letters) {
    }

    static Segments split(String text) {
        List<Word> words = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        int letters = 0;
        int sentenceStart = -1;
        int sentenceFirstWord = 0;
        int openMarks = 0;
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                int start = i;
                while (i < length && Character.isLetter(text.charAt(i))) {
                    i++;
                }
                words.add(new Word(start, i));
                letters += i - start;
                if (sentenceStart < 0) {
                    sentenceStart = start;
                }
                continue;
            }
            int end = -1;
            if (c == '¿' || c == '¡') {
                openMarks++;
                if (sentenceStart < 0) {
                    sentenceStart = i;
                }
            } else if (c == '?' || c == '!' || c == '…' || (c == ';' && openMarks == 0)
                    || (c == '.' && endsSentence(text, i))) {
                end = skipTerminators(text, i);
            } else if (c == '\n' && isEmptyLineAfter(text, i)) {
                end = i;
            }
            if (end >= 0) {
                if (words.size() > sentenceFirstWord) {
                    sentences.add(new Sentence(sentenceStart, end, sentenceFirstWord, words.size() - sentenceFirstWord));
                }
                sentenceStart = -1;
                sentenceFirstWord = words.size();
                openMarks = 0;
                i = Math.max(end, i + 1);
                continue;
            }
            i++;
        }
        if (words.size() > sentenceFirstWord) {
            sentences.add(new Sentence(sentenceStart, words.get(words.size() - 1).end(), sentenceFirstWord,
                    words.size() - sentenceFirstWord));
        }
        return new Segments(words, sentences, letters);
    }

    /** Index just past a run of sentence-ending marks starting at {@code i}. */
    private static int skipTerminators(String text, int i) {
        int j = i;
        while (j < text.length() && ".!?…;".indexOf(text.charAt(j)) >= 0) {
            j++;
        }
        return j;
    }

    private static boolean isEmptyLineAfter(String text, int newline) {
        for (int j = newline + 1; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\n') {
                return true;
            }
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return false;
    }

    /** Whether the period at {@code i} ends a sentence (not a decimal point, not an abbreviation). */
    static boolean endsSentence(String text, int i) {
        char before = i > 0 ? text.charAt(i - 1) : ' ';
        char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        if (Character.isDigit(before) && Character.isDigit(after)) {
            return false;
        }
        int tokenStart = i;
        while (tokenStart > 0 && Character.isLetter(text.charAt(tokenStart - 1))) {
            tokenStart--;
        }
        if (tokenStart == i) {
            return true;
        }
        String token = text.substring(tokenStart, i);
        String lower = token.toLowerCase(Locale.ROOT);
        if (ABBREVIATIONS.contains(lower)) {
            return false;
        }
        if (token.equals("No") || lower.equals("núm") || lower.equals("num")) {
            return !Character.isDigit(nextNonSpace(text, i + 1));
        }
        if (token.equals("C") && (tokenStart == 0 || !Character.isLetter(text.charAt(tokenStart - 1)))) {
            return false;
        }
        if (lower.equals("p") && text.startsWith(" ej.", i + 1)) {
            return false;
        }
        return true;
    }

    private static char nextNonSpace(String text, int from) {
        for (int j = from; j < text.length(); j++) {
            if (!Character.isWhitespace(text.charAt(j))) {
                return text.charAt(j);
            }
        }
        return ' ';
    }
}
