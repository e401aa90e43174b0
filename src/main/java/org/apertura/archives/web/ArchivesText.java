package org.apertura.archives.web;

import org.apertura.archives.ArchivalDescriptions;
import org.apertura.archives.CatalogProblem;
import org.apertura.platform.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Words for the archives' templates: {@code ${@archivesText.problem(p)}} says why in the reader's language. */
@Component("archivesText")
public class ArchivesText {

    private final MessageSource messages;

    ArchivesText(MessageSource messages) {
        this.messages = messages;
    }

    public String problem(CatalogProblem problem) {
        return messages.getMessage(problem.messageKey(), problem.args(), LocaleContextHolder.getLocale());
    }

    /** The words of a description in the reader's language (arguments that are words themselves, too). */
    public String words(ArchivalDescriptions.Words words) {
        if (words.key() == null) {
            return words.text();
        }
        Object[] args = java.util.Arrays.stream(words.args())
                .map(a -> a instanceof ArchivalDescriptions.Words w ? words(w) : a).toArray();
        return messages.getMessage(words.key(), args, LocaleContextHolder.getLocale());
    }

    public String problem(FieldProblem problem) {
        return messages.getMessage(problem.messageKey(), problem.args(), LocaleContextHolder.getLocale());
    }
}
