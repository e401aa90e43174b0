package org.apertura.cocreation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level difference between two texts (the longest common subsequence of their words), as runs of kept,
 * inserted and deleted text, which a page shows as {@code <ins>}/{@code <del>} with words for screen readers.
 */
public final class WordDiff {

    /** One run of the difference. */
    public record Run(Kind kind, String text) {

        public boolean isInserted() {
            return kind == Kind.INSERTED;
        }

        public boolean isDeleted() {
            return kind == Kind.DELETED;
        }
    }

    public enum Kind {
        KEPT, INSERTED, DELETED
    }

    private static final Pattern TOKEN = Pattern.compile("\\S+\\s*");
    /** Beyond this many words on either side, the texts are compared as wholes (replaced), not word by word. */
    private static final int MAX_WORDS = 3000;

    private WordDiff() {
    }

    public static List<Run> of(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        List<Run> runs = new ArrayList<>();
        if (a.size() > MAX_WORDS || b.size() > MAX_WORDS) {
            add(runs, Kind.DELETED, String.join("", a));
            add(runs, Kind.INSERTED, String.join("", b));
            return runs;
        }
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = same(a.get(i), b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (same(a.get(i), b.get(j))) {
                add(runs, Kind.KEPT, b.get(j));
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                add(runs, Kind.DELETED, a.get(i++));
            } else {
                add(runs, Kind.INSERTED, b.get(j++));
            }
        }
        while (i < n) {
            add(runs, Kind.DELETED, a.get(i++));
        }
        while (j < m) {
            add(runs, Kind.INSERTED, b.get(j++));
        }
        return runs;
    }

    private static boolean same(String x, String y) {
        return x.strip().equals(y.strip());
    }

    private static void add(List<Run> runs, Kind kind, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!runs.isEmpty() && runs.get(runs.size() - 1).kind() == kind) {
            Run last = runs.remove(runs.size() - 1);
            runs.add(new Run(kind, last.text() + text));
        } else {
            runs.add(new Run(kind, text));
        }
    }

    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = TOKEN.matcher(text.strip());
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
