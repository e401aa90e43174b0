package org.apertura.platform.chart;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;

/** One chart of every kind (and an empty one), built from the application's message bundles, for tests and benchmarks. */
public final class ChartSamples {

    public static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    private ChartSamples() {
    }

    public static Charts charts() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new Charts(messages);
    }

    public static List<Chart> all(Locale locale) {
        Charts charts = charts();
        return List.of(
                charts.chart("bars", ChartKind.BARS, "Solicitudes por institución en el primer semestre del ejercicio "
                        + "2026 de gobierno abierto de Durango", locale).category("Institución")
                        .row("Secretaría de Finanzas y de Administración", 42).row("Instituto Duranguense de Acceso", 17)
                        .row("Municipio de Durango", 9).row("Secretaría de Salud", 0).build(),
                charts.chart("stacked", ChartKind.STACKED, "Propuestas por canal y resolución", locale)
                        .category("Canal").series("Aceptada", "Aceptada en parte", "Rechazada", "Pendiente")
                        .row("En línea", 12, 4, 3, 2).row("Mesa presencial", 6, 2, 1, 0).row("Papel", 1, 0, 2, 1).build(),
                charts.chart("ring", ChartKind.RING, "Avance del compromiso", locale).series("Hitos cumplidos", "Hitos")
                        .row("hitos cumplidos", 3, 5).build(),
                charts.chart("timeline", ChartKind.TIMELINE, "Hitos del compromiso", locale).today(TODAY)
                        .item("Diagnóstico publicado", LocalDate.of(2026, 1, 10), LocalDate.of(2026, 3, 31), Charts.State.DONE)
                        .item("Portal de contrataciones abiertas en línea", LocalDate.of(2026, 3, 1),
                                LocalDate.of(2026, 5, 31), Charts.State.LATE)
                        .item("Evaluación con la sociedad civil", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 11, 30),
                                Charts.State.PENDING).build(),
                charts.chart("line", ChartKind.LINE, "Solicitudes recibidas por mes", locale).category("Mes")
                        .row("ene", 12).row("feb", 18).row("mar", 15).row("abr", 22).row("may", 30).row("jun", 27).build(),
                charts.chart("treemap", ChartKind.TREEMAP, "Presupuesto por capítulo", locale).unit(Charts.Unit.PESOS)
                        .category("Capítulo").row("Servicios personales", 5_400_000).row("Materiales", 1_200_000)
                        .row("Servicios generales", 2_100_000).row("Transferencias", 3_300_000).row("Inversión", 800_000)
                        .row("Deuda", 150_000).build(),
                charts.chart("map", ChartKind.MAP, "Solicitudes por estado", locale).category("Estado")
                        .state("10", 68).state("05", 12).state("32", 4).state("09", 30).build(),
                charts.chart("lines", ChartKind.LINE, "Momentos del gasto trimestre a trimestre", locale)
                        .unit(Charts.Unit.PESOS).category("Trimestre").series("Modificado", "Comprometido", "Pagado")
                        .row("T1", 1_000_000, 400_000, 150_000).row("T2", 1_050_000, 700_000, 420_000)
                        .row("T3", 1_080_000, 900_000, 650_000).row("T4", 1_100_000, 1_050_000, 980_000).build(),
                charts.chart("grouped", ChartKind.GROUPED, "Dos presupuestos por capítulo", locale)
                        .unit(Charts.Unit.PESOS).category("Capítulo").series("Estado 2025", "Municipio 2025")
                        .row("1000 Servicios personales", 5_400_000, 900_000).row("2000 Materiales", 1_200_000, 300_000)
                        .row("6000 Inversión pública", 800_000, 0).build(),
                charts.chart("empty", ChartKind.BARS, "Recursos por resolución", locale).build());
    }
}
