package org.apertura.accessinfo.web;

import org.apertura.platform.InvalidInputException;

/** Optional whole numbers typed in the request forms. */
final class FormNumbers {

    private FormNumbers() {
    }

    /** Empty: null (the law's days); a whole number of days; anything else a problem on the field. */
    static Integer days(String typed, String field) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "accessinfo.validation.days");
        }
    }

    /** A checkbox or yes/no field: absent or empty is no; "true"/"false" (and "on", a browser's default); else refused. */
    static boolean yesNo(String typed, String field) {
        if (typed == null || typed.isBlank() || typed.strip().equalsIgnoreCase("false")) {
            return false;
        }
        if (typed.strip().equalsIgnoreCase("true") || typed.strip().equalsIgnoreCase("on")) {
            return true;
        }
        throw new InvalidInputException(field, "accessinfo.validation.partial");
    }
}
