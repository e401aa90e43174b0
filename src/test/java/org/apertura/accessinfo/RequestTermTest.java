package org.apertura.accessinfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apertura.deadlines.StepTypesTest;
import org.apertura.deadlines.Term;
import org.apertura.platform.web.Labels;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A request's term names are an enum stored as the strings the step table and the ledger always held, each counted by
 * the law's term of the same name and worded in both languages.
 */
class RequestTermTest {

    @Test
    void eachTermIsStoredUnderItsOldNameAndReadBackAsTheSameConstant() {
        assertThat(Arrays.stream(RequestTerm.values()).map(RequestTerm::getKey))
                .containsExactly("answer", "extension", "clarificationReply", "payment", "availability");
        for (RequestTerm term : RequestTerm.values()) {
            assertThat(RequestTerm.of(term.getKey())).isSameAs(term);
            assertThat(term.law()).isSameAs(Term.valueOf(term.name()));
        }
        assertThat(RequestTerm.of(null)).isNull();
        assertThatThrownBy(() -> RequestTerm.of("ANSWER")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void eachTermHasItsWordsInBothLanguages() throws Exception {
        ResourceBundleMessageSource messages = StepTypesTest.messages();
        String prefix = RequestTerm.class.getAnnotation(Labels.class).value() + ".";
        for (RequestTerm term : RequestTerm.values()) {
            for (Locale locale : List.of(Locale.forLanguageTag("es-MX"), Locale.ENGLISH)) {
                assertThat(messages.getMessage(prefix + term.name(), null, null, locale)).as(term.name())
                        .isNotBlank();
            }
        }
    }
}
