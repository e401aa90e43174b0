package org.apertura.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a page handler whose answer to a reader (no session, no token, no htmx) follows only from its address, its
 * language and what {@link ReaderLastModified} tracks (the public history, every {@link PageChanges}, the day, the
 * node's start): {@link ReaderPages} keeps the rendered bytes and answers the next reader with them until any of those
 * changes. Only for pages that also ask {@link ReaderLastModified#notModified}: the same promise makes their 304 right.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ReaderPage {
}
