package org.apertura.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.TestAccounts;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The public budget in a browser: a visitor finds the state's budget, reads where the money goes and programme
 * E-017, and follows DGO-01's money to its contracts; a budget officer imports a quarter through the mapping screen
 * (a row with a bad partida is refused first, nothing saved) and sees the report. axe-core and 360 px on every page.
 */
class BudgetBrowserTest extends BrowserTest {

    @Autowired
    AccountService accounts;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private void check(String name) {
        assertAccessible();
        assertFitsThePhone();
        screenshot(name + "-360");
        page.setViewportSize(1280, 900);
        screenshot(name + "-1280");
        page.setViewportSize(360, 740);
    }

    @Test
    void aVisitorFollowsTheMoneyFromTheBudgetToThePayments() {
        open("/");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Presupuesto").setExact(true)).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Presupuesto público");
        check("budget-list");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Poder Ejecutivo del Estado de Durango")).click();
        assertThat(page.locator("h1")).hasText("Presupuesto 2025 de Poder Ejecutivo del Estado de Durango");
        assertThat(page.locator("#moments-heading")).isVisible();
        assertThat(page.getByText("lo pagado es mayor que lo ejercido").first()).isVisible();
        check("budget-explorer");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("E-017 Compras públicas abiertas y transparentes")).first().click();
        assertThat(page.locator("h1")).containsText("E-017");
        assertThat(page.getByText("Plataforma de contrataciones abiertas")).isVisible();
        // each line's unit, function and source of financing read as words beside their codes
        var firstLine = page.locator("table:has(caption:text-is('Líneas del programa')) tbody tr").first();
        assertThat(firstLine).containsText("Dirección del programa E-017");
        assertThat(firstLine).containsText("Coordinación de la política de gobierno");
        assertThat(firstLine).containsText("Recursos fiscales");
        check("budget-programme");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sigue el dinero")).first().click();
        assertThat(page.locator("h1")).hasText("Sigue el dinero del compromiso DGO-01");
        assertThat(page.getByText("Contrato pagado sin programa presupuestario", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        check("budget-trail");
        open("/presupuesto/comparar?a=poder-ejecutivo-durango/2025&b=ayuntamiento-durango/2025");
        assertThat(page.locator("#compare-chapters")).isVisible();
        check("budget-compare");
    }

    @Test
    void aMunicipalityThatPublishesMonthByMonthShowsEachMonthOverTheYear() {
        open("/presupuesto");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("H. Ayuntamiento de Tepehuanes")).click();
        assertThat(page.locator(".lede").first()).hasText("Cifras acumuladas al cierre de diciembre de 2025.");
        assertThat(page.locator("#quarters-heading")).hasText("A lo largo del año");
        assertThat(page.getByRole(AriaRole.ROWHEADER, new Page.GetByRoleOptions().setName("Enero"))).isVisible();
        assertThat(page.getByRole(AriaRole.ROWHEADER, new Page.GetByRoleOptions().setName("Diciembre"))).isVisible();
        check("budget-monthly");
    }

    @Test
    void aBudgetOfficerImportsAQuarterOrAMonthThroughTheMappingScreen() throws Exception {
        String email = TestAccounts.uniqueEmail("presupuesto");
        Account officer = accounts.signUp(email, TestAccounts.PASSWORD, "Oficina de presupuesto");
        SystemActor.run(() -> accounts.grant(officer.getId(), Role.BUDGET, "ayuntamiento-tepehuanes", null));
        signIn(email, TestAccounts.PASSWORD);
        open("/presupuesto/importar");
        check("budget-import");
        String header = "Clave UR;Programa presupuestario;Nombre del programa;Objeto del gasto;TG;Función;FF;Aprobado;Pagado\n";
        Path bad = Files.createTempFile("t1", ".csv");
        Files.write(bad, (header + "100;E-020;Alumbrado;24601;1;2.2.4;14;$ 10 500.00;(1,234.50)\n"
                + "100;E-020;Alumbrado;99901;1;2.2.4;14;1,000.00;0\n").getBytes(StandardCharsets.ISO_8859_1));
        page.getByLabel("Ejercicio fiscal").selectOption("2024");
        page.getByLabel("Periodo", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel("Trimestre 1"));
        page.getByLabel("Archivo del periodo").setInputFiles(bad);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Subir y revisar las columnas")).click();
        assertThat(page.locator("h1")).hasText("Revise qué columna tiene cada dato");
        assertThat(page.getByText("Windows-1252", new Page.GetByTextOptions().setExact(false))).isVisible();
        // the page guessed the columns by their usual names; the officer confirms them
        page.getByLabel("Unidad responsable (clave)").selectOption("Clave UR");
        page.getByLabel("Partida del objeto del gasto").selectOption("Objeto del gasto");
        page.getByLabel("Tipo de gasto").selectOption("TG");
        check("budget-mapping");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importar estas cifras")).click();
        assertThat(page.locator(".error-summary")).containsText("no se guardó nada");
        assertThat(page.locator(".error-summary")).containsText("99901");
        check("budget-mapping-errors");
        Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM budget_snapshot", Integer.class);
        org.assertj.core.api.Assertions.assertThat(before).isPositive();

        Path good = Files.createTempFile("t1", ".csv");
        Files.write(good, (header + "100;E-020;Alumbrado;24601;1;2.2.4;14;$ 10 500.00;(1,234.50)\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        open("/presupuesto/importar");
        page.getByLabel("Ejercicio fiscal").selectOption("2024");
        // this office publishes month by month: February's cut-off, the figures from January to its end
        page.getByLabel("Periodo", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel("Febrero"));
        page.getByLabel("Archivo del periodo").setInputFiles(good);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Subir y revisar las columnas")).click();
        assertThat(page.getByLabel("Partida del objeto del gasto")).hasValue("Objeto del gasto");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importar estas cifras")).click();
        assertThat(page.locator("h1")).hasText("Corte al cierre de febrero de 2024");
        assertThat(page.getByText("hay un importe negativo").first()).isVisible();
        check("budget-snapshot");
    }
}
