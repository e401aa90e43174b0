package org.apertura.contracting;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSourceResolvable;

/**
 * A place in an OCDS input — line and column, byte, JSON pointer — in the reader's language, so a message
 * shown to a person says "línea 3, columna 1" in Spanish. It is a message argument the message source
 * resolves in the reader's locale; its default is the reader's own English description.
 */
record InputPlace(String description) implements MessageSourceResolvable {

    private static final Pattern LINE = Pattern.compile("line (\\d+), column (\\d+)(?: \\(byte (\\d+)\\))?(?:, (.+))?");
    private static final Pattern BYTE = Pattern.compile("byte (\\d+)");
    /** A JSON pointer with the line of the release it is in: {@code /releases/2/id (line 3, column 1 (byte 80))}. */
    private static final Pattern POINTER_AND_LINE = Pattern.compile("(/.*) \\(line (\\d+), column (\\d+)(?: \\(byte (\\d+)\\))?\\)");

    /** A place inside a release: the JSON pointer, and the line of the release when the input has one. */
    static InputPlace at(String pointer, String place) {
        String line = place == null ? "" : place.replaceFirst(", /.*$", "");
        return new InputPlace(line.isEmpty() || !line.startsWith("line ") ? pointer : pointer + " (" + line + ")");
    }

    @Override
    public String[] getCodes() {
        if (POINTER_AND_LINE.matcher(description).matches()) {
            return new String[] {"contracting.place.pointerAndLine"};
        }
        Matcher line = LINE.matcher(description);
        if (line.matches()) {
            return new String[] {line.group(4) != null ? "contracting.place.lineAndPointer" : "contracting.place.line"};
        }
        if (BYTE.matcher(description).matches()) {
            return new String[] {"contracting.place.byte"};
        }
        return new String[] {"contracting.place.pointer"};
    }

    @Override
    public Object[] getArguments() {
        Matcher inRelease = POINTER_AND_LINE.matcher(description);
        if (inRelease.matches()) {
            return new Object[] {inRelease.group(2), inRelease.group(3),
                    inRelease.group(4) == null ? "?" : inRelease.group(4), inRelease.group(1)};
        }
        Matcher line = LINE.matcher(description);
        if (line.matches()) {
            return new Object[] {line.group(1), line.group(2), line.group(3) == null ? "?" : line.group(3),
                    line.group(4) == null ? "" : line.group(4)};
        }
        Matcher offset = BYTE.matcher(description);
        if (offset.matches()) {
            return new Object[] {offset.group(1)};
        }
        return new Object[] {description.isEmpty() ? "/" : description};
    }

    @Override
    public String getDefaultMessage() {
        return description;
    }

    /** The English description, as the place was written before it became words of a language. */
    @Override
    public String toString() {
        return description;
    }
}
