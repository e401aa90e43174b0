package org.apertura.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * The figures pages with their charts, as a person on a phone and on a laptop sees them: axe-core finds nothing,
 * nothing sticks out at 360 px, each chart's data opens without JavaScript.
 */
class ChartsBrowserTest extends BrowserTest {

    @Test
    void thePlanItsCommitmentAndTheExerciseShowAccessibleCharts() {
        open("/ejercicios");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Durango 2025-2026")).click();
        assertThat(page.locator("figure.chart-figure svg[role=img]")).hasCount(1);
        checkPage("charts-exercise");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Plan de Acción Local de Durango 2025-2026")).click();
        Locator progress = page.locator("#plan-avance");
        assertThat(progress.locator(".chart-takeaway")).containsText("compromisos tienen hitos vencidos");
        progress.getByText("Ver los datos").click();
        assertThat(progress.locator("table")).isVisible();
        assertThat(progress.locator("tbody tr")).hasCount(6);
        checkPage("charts-plan");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("DGO-02").setExact(false)).first().click();
        assertThat(page.locator("#compromiso-hitos svg")).isVisible();
        page.locator("#compromiso-avance").getByText("Insertar esta gráfica en otro sitio").click();
        assertThat(page.getByLabel("Código para insertar la gráfica «Avance del compromiso»")).containsText("CC-BY-4.0");
        checkPage("charts-commitment");
    }

    @Test
    void theFiguresOfRequestsFeedbackCallsAndChallengesShowAccessibleCharts() {
        open("/solicitudes/cifras");
        assertThat(page.locator("figure.chart-figure")).hasCount(5);
        assertThat(page.locator("#solicitudes-mapa svg")).isVisible();
        checkPage("charts-requests");
        open("/solicitudes/cifras?lang=en");
        assertThat(page.locator("#solicitudes-mapa .chart-title")).hasText("Requests by state");
        checkPage("charts-requests-en");
        open("/opiniones");
        checkPage("charts-feedback");
        open("/convocatorias");
        page.locator("main a[href^='/convocatorias/']").first().click();
        assertThat(page.locator("#convocatoria-propuestas")).isVisible();
        checkPage("charts-call");
        open("/retos");
        page.locator("main a[href^='/retos/']").first().click();
        assertThat(page.locator("#reto-etapas")).isVisible();
        checkPage("charts-challenge");
    }

    @Test
    void theDataOfAChartOpensWithoutJavaScript() {
        try (var noScript = newContextWithoutJavaScript()) {
            Page phone = noScript.newPage();
            phone.navigate(url("/solicitudes/cifras"));
            Locator outcomes = phone.locator("#solicitudes-resultados");
            assertThat(outcomes.locator("table")).not().isVisible();
            outcomes.getByText("Ver los datos").click();
            assertThat(outcomes.locator("table")).isVisible();
        }
    }
}
