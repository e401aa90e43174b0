package org.apertura.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.apertura.accessinfo.RequestEventType;
import org.apertura.appeal.AppealStepType;
import org.apertura.appeal.InconformityStepType;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The step types of requests, appeals and inconformidades are enums whose keys are the strings the step tables, the
 * ledger and the messages always used: every key has its words in both languages and its ledger entry type, and the
 * column stores the key, read back as the same constant.
 */
public class StepTypesTest {

    record Procedure(List<? extends StepType> types, String words, String ledger, StepTypeConverter<?> column) {
    }

    static final List<Procedure> PROCEDURES = List.of(
            new Procedure(List.of(RequestEventType.values()), "accessinfo.step.", "request.",
                    new RequestEventType.Column()),
            new Procedure(List.of(AppealStepType.values()), "appeal.step.", "appeal.", new AppealStepType.Column()),
            new Procedure(List.of(InconformityStepType.values()), "inconformity.step.", "inconformity.",
                    new InconformityStepType.Column()));

    @Test
    void everyStepTypeHasItsWordsAndItsLedgerTypeInBothLanguages() throws Exception {
        ResourceBundleMessageSource messages = messages();
        for (Procedure p : PROCEDURES) {
            for (StepType type : p.types()) {
                for (Locale locale : List.of(Locale.forLanguageTag("es-MX"), Locale.ENGLISH)) {
                    assertThat(messages.getMessage(p.words() + type.getKey(), null, null, locale)).as(type.getKey())
                            .isNotBlank();
                    assertThat(messages.getMessage("ledger.type." + p.ledger() + type.getKey(), null, null, locale))
                            .as(type.getKey()).isNotBlank();
                }
            }
        }
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void theColumnStoresTheKeyAndReadsItBack() {
        for (Procedure p : PROCEDURES) {
            StepTypeConverter column = p.column();
            for (StepType type : p.types()) {
                assertThat(column.convertToDatabaseColumn(type)).isEqualTo(type.getKey());
                assertThat(column.convertToEntityAttribute(type.getKey())).isSameAs(type);
            }
            assertThatThrownBy(() -> column.convertToEntityAttribute("FILED")).isInstanceOf(IllegalStateException.class);
        }
        assertThat(AppealStepType.FILED_LATE.getKey()).isEqualTo("filed.late");
        assertThat(InconformityStepType.NEW_RULING_EXTENSION_REFUSED.getKey()).isEqualTo("new-ruling.extension.refused");
        assertThat(RequestEventType.COMMITTEE_NOT_COMPETENT.getKey()).isEqualTo("committee.not_competent");
        assertThat(List.of(AppealStepType.FILED, AppealStepType.FILED_LATE, AppealStepType.FILED_UNUSUAL,
                InconformityStepType.FILED, InconformityStepType.FILED_LATE, RequestEventType.FILED))
                .allMatch(StepType::isFiling);
        assertThat(RequestEventType.NOT_FILED.isFiling()).isFalse();
    }

    /** The application's message bundles, as spring.messages.basename lists them. */
    public static ResourceBundleMessageSource messages() throws Exception {
        Properties application = new Properties();
        try (InputStream in = StepTypesTest.class.getResourceAsStream("/application.properties")) {
            application.load(in);
        }
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames(application.getProperty("spring.messages.basename").split(","));
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
