package org.apertura.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;

class CsvExportTest {

    private final StaticMessageSource messages = new StaticMessageSource();
    private final CsvExport csv = new CsvExport(messages);

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void quotesCommasDefusesFormulasAndNamesColumnsInTheLanguage() {
        messages.addMessage("csv.name", WebConfig.SPANISH, "nombre");
        messages.addMessage("csv.name", Locale.ENGLISH, "name");
        LocaleContextHolder.setLocale(WebConfig.SPANISH);
        var response = csv.download("x.csv", List.of("name", "note"), List.of(List.of("Durango, Dgo.", "=HYPERLINK(\"x\")")));
        String text = new String(response.getBody(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFnombre,note\r\n");
        assertThat(text).contains("\"Durango, Dgo.\",\"'=HYPERLINK(\"\"x\"\")\"\r\n");
        assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo("x.csv");

        LocaleContextHolder.setLocale(Locale.ENGLISH);
        var english = csv.download("x.csv", List.of("name"), List.of());
        assertThat(new String(english.getBody(), StandardCharsets.UTF_8)).startsWith("\uFEFFname\r\n");
        assertThat(english.getHeaders().getContentDisposition().getFilename()).isEqualTo("x-en.csv");
    }
}
