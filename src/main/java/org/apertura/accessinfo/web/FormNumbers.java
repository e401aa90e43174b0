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
}
