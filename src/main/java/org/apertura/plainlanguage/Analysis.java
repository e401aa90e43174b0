package org.apertura.plainlanguage;

import java.util.List;

/** The readability of a text and the hints for it. {@code text} is the analysed text (Unicode NFC). */
public record Analysis(String text, Readability readability, List<Hint> hints) {

    /** Whether the text reaches the citizen-language gate (INFLESZ 55 or more). */
    public boolean meetsCitizenLanguage() {
        return readability.meetsCitizenLanguage();
    }
}
