package org.apertura.infographics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.apertura.infographics.CitizenVersion.Branch;
import org.apertura.infographics.CitizenVersion.Point;
import org.apertura.infographics.CitizenVersion.Step;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Citizen versions, drafts, messages and actors for the infographics tests. */
final class NormTesting {

    static final Locale SPANISH = Locale.forLanguageTag("es-MX");

    private NormTesting() {
    }

    /** The application's bundles, as {@code spring.messages.basename} lists them (the norms' words are in i18n/infographics). */
    static MessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(basenames());
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private static String[] basenames() {
        Properties application = new Properties();
        try (var in = NormTesting.class.getResourceAsStream("/application.properties")) {
            application.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return application.getProperty("spring.messages.basename").split("\\s*,\\s*");
    }

    static Step step(String who, Integer days, DayType type, Branch... branches) {
        return new Step(who, "Hace su parte del trámite.", days, type, "art. 5", branches.length > 1, List.of(branches));
    }

    static CitizenVersion version(List<Step> steps) {
        return new CitizenVersion(List.of(new Point("Sirve para pedir un apoyo.", "art. 1")),
                List.of(new Point("A las personas que viven en el estado.", "art. 2")), List.of(), List.of(), steps,
                List.of(), List.of(new Point("La oficina de atención.", null)), List.of(), List.of(), List.of());
    }

    static CitizenVersion simple() {
        return version(List.of(step("Tú", 10, DayType.CALENDAR), step("La oficina", 5, DayType.BUSINESS,
                new Branch("Falta un papel", 1), new Branch("Está completo", null))));
    }

    static NormDraft draft(String slug, String institution, CitizenVersion version, String note) {
        return new NormDraft(slug, institution, NormType.MANUAL, "Manual de apoyos de prueba",
                "Periódico Oficial (prueba)", LocalDate.of(2025, 6, 1), "https://example.mx/manual.pdf", version, note);
    }

    static ProcessDiagram diagram(CitizenVersion version, Locale locale) {
        NormView view = new NormView("manual", "Manual de apoyos", NormType.MANUAL, "x", "Institución", "Periódico",
                LocalDate.of(2025, 1, 1), null, null, 1, 1, null, "sha", version, null);
        return ProcessDiagram.of(view, messages(), locale);
    }
}
