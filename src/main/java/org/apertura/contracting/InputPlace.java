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

    @Override
    public String[] getCodes() {
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
}
