package org.apertura.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Where an enum's words for people are: the message-key prefix its constants are labelled under, e.g.
 * {@code @Labels("appeal.stage")} for {@code appeal.stage.ADMITTED}. Pages write
 * {@code #{'appeal.stage.' + ${a.stage}}}; CSV files, which people open in a spreadsheet, get the same words
 * from it through {@link CsvExport}, so no code reaches a reader.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Labels {

    /** The key prefix, without the trailing dot. */
    String value();
}
