package org.apertura.archives;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The articles of the Ley General de Transparencia (2025) the archives cite say what they are cited for, checked
 * against the law's text (an excerpt of shared/reference/law/LGTAIP-2025.md in the test resources): each series of the
 * demo catalogs that cites the law cites an article about its subject, and the reserve term, the index of reserved
 * files and confidential information cite the articles that rule them. (The Ley General de Archivos is not in
 * shared/reference: its article numbers follow the research notes' mapping and are not checked here.)
 */
class LawCitationsTest {

    private static final Pattern ARTICLE = Pattern.compile("(?m)^### Artículo (\\d+)\\s*$");
    private static final Pattern CITED = Pattern.compile("Ley General de Transparencia art\\. (\\d+)");

    @Test
    void theDemoCatalogsCiteArticlesAboutEachSeriesSubject() throws IOException {
        Map<String, String> law = articles();
        Map<String, String> subjectOf = Map.of(
                "Solicitudes de acceso a la información", "solicitudes de acceso a la información",
                "Recursos de revisión", "recurso de revisión",
                "Comité de Transparencia", "comité de transparencia",
                "Obligaciones de transparencia", "pondrán a disposición del público",
                "Versiones públicas", "versión pública",
                "Versiones públicas de sentencias", "versiones públicas de todas las sentencias");
        int checked = 0;
        for (String line : (ArchivesDemo.stateCatalog() + ArchivesDemo.judiciaryCatalog()).split("\n")) {
            Matcher cited = CITED.matcher(line);
            if (!cited.find()) {
                continue;
            }
            String series = line.split(",")[2];
            String article = cited.group(1);
            assertThat(law).as("article %s cited by %s", article, series).containsKey(article);
            assertThat(subjectOf).as("a subject to check for %s", series).containsKey(series);
            assertThat(law.get(article).toLowerCase(Locale.ROOT)).as("art. %s for %s", article, series)
                    .contains(subjectOf.get(series));
            checked++;
        }
        assertThat(checked).isEqualTo(6);
    }

    @Test
    void theReserveTermTheIndexAndConfidentialInformationCiteTheirArticles() throws IOException {
        Map<String, String> law = articles();
        assertThat(CaseFile.RESERVE_YEARS).isEqualTo(5);
        assertThat(law.get("104")).contains("hasta por un periodo de cinco años",
                "El periodo de reserva correrá a partir de la fecha en que se clasifica el documento");
        assertThat(law.get("105")).contains("índice de los expedientes clasificados como reservados",
                "En ningún caso el índice será considerado como información reservada");
        assertThat(law.get("115")).contains("no estará sujeta a temporalidad alguna");
    }

    private Map<String, String> articles() throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/archives/lgtaip-2025-cited-articles.md")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, String> articles = new LinkedHashMap<>();
        Matcher m = ARTICLE.matcher(text);
        String number = null;
        int from = 0;
        while (m.find()) {
            if (number != null) {
                articles.put(number, text.substring(from, m.start()));
            }
            number = m.group(1);
            from = m.end();
        }
        if (number != null) {
            articles.put(number, text.substring(from));
        }
        return articles;
    }
}
