package org.apertura.platform;

/**
 * The one check of an e-mail address's shape, for every form and API that takes one. It reads the text
 * once, left to right, after checking its length — no regular expression, so no input can make it slow.
 * It accepts what mail systems deliver in practice: one {@code @}, a local part of 1 to 64 characters and
 * a domain of dot-separated labels (at least two), no spaces or control characters anywhere.
 */
public final class Emails {

    /** The longest address SMTP can carry (RFC 5321: a 256-octet path less its angle brackets). */
    public static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL = 64;
    private static final int MAX_LABEL = 63;

    private Emails() {
    }

    public static boolean isValid(String address) {
        if (address == null || address.isEmpty() || address.length() > MAX_LENGTH) {
            return false;
        }
        int at = -1;
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c <= ' ' || c == 0x7f || Character.isWhitespace(c)) {
                return false;
            }
            if (c == '@') {
                if (at >= 0) {
                    return false;
                }
                at = i;
            }
        }
        if (at < 1 || at > MAX_LOCAL || at == address.length() - 1) {
            return false;
        }
        int labels = 0;
        int labelLength = 0;
        for (int i = at + 1; i < address.length(); i++) {
            if (address.charAt(i) == '.') {
                if (labelLength == 0) {
                    return false;
                }
                labels++;
                labelLength = 0;
            } else if (++labelLength > MAX_LABEL) {
                return false;
            }
        }
        return labelLength > 0 && labels >= 1;
    }
}
