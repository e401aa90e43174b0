package org.apertura.contracting;

import java.util.Arrays;

/**
 * OCDS data Apertura cannot read or merge: a message key of the contracting bundle with its arguments, and the
 * place in the input (line, byte offset, JSON pointer) so a publisher can find and fix it.
 */
public class OcdsDataException extends RuntimeException {

    private final String messageKey;
    private final String place;
    private final transient Object[] args;

    public OcdsDataException(String messageKey, String place, Object... args) {
        this(messageKey, place, null, args);
    }

    public OcdsDataException(String messageKey, String place, Throwable cause, Object... args) {
        super(messageKey + " at " + place + (args.length == 0 ? "" : " " + Arrays.toString(args)), cause);
        this.messageKey = messageKey;
        this.place = place;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    /** Where in the input: e.g. {@code line 3, column 1 (byte 812), /releases/2}. */
    public String place() {
        return place;
    }

    /** The message arguments: the place first, then those of the key. */
    public Object[] messageArgs() {
        Object[] all = new Object[args.length + 1];
        all[0] = place;
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }
}
