package org.apertura.budget;

/** What the explorer adds the money up by: the programme, the COG chapter, the function or the source. */
public enum Dimension {
    PROGRAMME("programme_key", "programa"),
    CHAPTER("chapter", "capitulo"),
    FUNCTION("function_code", "funcion"),
    SOURCE("source_code", "fuente");

    private final String column;
    private final String word;

    Dimension(String column, String word) {
        this.column = column;
        this.word = word;
    }

    String column() {
        return column;
    }

    /** The word of addresses and downloads ({@code programa}, {@code capitulo}, …). */
    public String word() {
        return word;
    }

    public static Dimension ofWord(String word) {
        for (Dimension d : values()) {
            if (d.word.equals(word)) {
                return d;
            }
        }
        return null;
    }
}
