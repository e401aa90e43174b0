package org.apertura.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.platform.security.Role;
import org.apertura.identity.TestAccounts;
import org.apertura.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A procurement officer of two institutions, on a phone, opens a process, publishes its tender after a mistake in
 * the amount is pointed out next to the field, and uploads a broken OCDS file that is explained line by line.
 */
class PublishBrowserTest extends BrowserTest {

    @Autowired
    AccountService accounts;

    private void wide(String name) {
        page.setViewportSize(1280, 800);
        screenshot(name + "-1280");
        page.setViewportSize(360, 740);
    }

    private void check(String name) {
        screenshot(name + "-360");
        wide(name);
        try {
            if (SCREENSHOTS) {
                Files.writeString(Path.of("target", "screenshots", name + ".html"), page.content());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertAccessible();
        assertFitsThePhone();
    }

    @Test
    void anOfficerPublishesATenderAndUploadsAFile() throws Exception {
        Account officer = TestAccounts.person(accounts, "Jefa de adquisiciones");
        SystemActor.run(() -> {
            accounts.grant(officer.getId(), Role.PROCUREMENT, "poder-ejecutivo-durango", null);
            accounts.grant(officer.getId(), Role.PROCUREMENT, "ayuntamiento-tepehuanes", null);
        });
        signIn(officer.getEmail(), TestAccounts.PASSWORD);
        open("/contrataciones/publicar?institucion=poder-ejecutivo-durango");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Publicar contrataciones");
        check("contracting-desk");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nuevo proceso de contratación")).click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/contrataciones/publicar/nuevo.*"));
        page.getByLabel("Poder Ejecutivo", new Page.GetByLabelOptions().setExact(false)).first().check();
        page.getByLabel("Título del proceso").fill("Luminarias LED para alumbrado público");
        page.getByLabel("Obra pública").check();
        page.getByLabel("Presupuesto asignado (pesos)").fill("2.500.000,00");
        page.getByLabel("Clave del programa presupuestario").fill("K024");
        check("contracting-new");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Crear y publicar el proceso")).click();
        assertThat(page.locator(".error-summary")).containsText("parece escrito con coma decimal");
        assertThat(page.locator("#budget-error")).isVisible();
        check("contracting-new-error");
        page.getByLabel("Presupuesto asignado (pesos)").fill("2,500,000.00");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Crear y publicar el proceso")).click();
        assertThat(page.getByText("El proceso quedó publicado con su planeación.")).isVisible();
        check("contracting-process-desk");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(
                "Convocatoria (licitación, invitación o adjudicación directa)")).click();
        page.getByLabel("Título del proceso").fill("Luminarias LED para alumbrado público");
        page.getByLabel("Invitación a cuando menos tres personas").check();
        page.getByLabel("Obra pública").check();
        page.getByLabel("Monto estimado (pesos)").fill("2,350,000.00");
        page.getByLabel("Inicio del plazo para presentar propuestas").fill("2025-03-03");
        page.getByLabel("Fin del plazo para presentar propuestas").fill("2025-03-17");
        page.locator("#items0\\.description").fill("Luminaria LED de 150 W");
        page.locator("#items0\\.quantity").fill("320");
        page.locator("#items0\\.unit").fill("pieza");
        page.locator("#documents0\\.title").fill("Convocatoria");
        page.locator("#documents0\\.url").fill("https://durango.gob.mx/convocatoria.pdf");
        check("contracting-tender");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publicar este paso")).click();
        assertThat(page.getByText("El paso quedó publicado.")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Adjudicación (fallo)")))
                .isVisible();
        assertThat(page.getByText("Invitación a cuando menos tres personas")).isVisible();

        open("/contrataciones/publicar/subir");
        check("contracting-upload");
        Path broken = Files.createTempFile("entregas", ".json");
        Files.writeString(broken, "{\"version\": \"1.1\", \"uri\": \"https://x.mx/p\", \"publishedDate\": "
                + "\"2025-01-01T00:00:00Z\", \"publisher\": {\"name\": \"X\"}, \"releases\": [\n"
                + "{\"ocid\": \"ocds-213czf-subida\", \"id\": \"1\", \"date\": \"2025-01-01T00:00:00Z\", "
                + "\"tag\": [\"planning\"], \"initiationType\": \"tender\", \"buyer\": {\"id\": \"b\"}, "
                + "\"parties\": [{\"id\": \"b\", \"name\": \"Poder Ejecutivo\", \"roles\": [\"buyer\"], "
                + "\"identifier\": {\"scheme\": \"APERTURA\", \"id\": \"poder-ejecutivo-durango\"}}], "
                + "\"tender\": {\"id\": \"t\", \"value\": {\"amount\": -5, \"currency\": \"MXN\"}}}]}");
        page.getByLabel("Archivo OCDS").setInputFiles(broken);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revisar y publicar")).click();
        assertThat(page.locator(".error-summary")).containsText("No se publicó nada");
        assertThat(page.locator(".error-summary")).containsText("/releases/0/tender/value/amount (línea 2, columna 1)");
        check("contracting-upload-error");

        open("/contrataciones/publicar/hoja");
        check("contracting-sheet");
        Path sheet = Files.createTempFile("contratos", ".csv");
        String header = "Número de expediente,Título,Procedimiento,Tipo de contratación,Proveedor,RFC del proveedor,"
                + "Monto del contrato (MXN),Fecha de firma,Inicio de vigencia,Fin de vigencia\n";
        String file = "NAV-" + System.nanoTime();
        Files.writeString(sheet, header + file + ",Despensas,Adjudicación directa,Bienes,Abarrotes del Valle,"
                + "AVA010101AB1,\"1.234,50\",15/03/2025,16/03/2025,30/06/2025\n");
        page.getByLabel("Institución compradora").selectOption("ayuntamiento-tepehuanes");
        page.getByLabel("Hoja de cálculo con los contratos").setInputFiles(sheet);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revisar la hoja")).click();
        assertThat(page.locator(".error-summary")).containsText("Fila 2, columna «Monto del contrato (MXN) (G)»");
        check("contracting-sheet-problems");
        Files.writeString(sheet, header + file + ",Despensas,Adjudicación directa,Bienes,Abarrotes del Valle,"
                + "AVA010101AB1,\"1,234.50\",15/03/2025,16/03/2025,30/06/2025\n");
        open("/contrataciones/publicar/hoja");
        page.getByLabel("Institución compradora").selectOption("ayuntamiento-tepehuanes");
        page.getByLabel("Hoja de cálculo con los contratos").setInputFiles(sheet);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revisar la hoja")).click();
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("Abarrotes del Valle");
        check("contracting-sheet-preview");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publicar estos contratos")).click();
        assertThat(page.getByText("Los contratos de la hoja quedaron publicados.")).isVisible();
    }

    /** axe-core and the phone's width at 360 px, axe again at 1280 px, with a screenshot at each width. */
    private void checkBothWidths(String name) {
        page.setViewportSize(360, 740);
        assertAccessible();
        assertFitsThePhone();
        screenshot(name + "-360");
        page.setViewportSize(1280, 800);
        assertAccessible();
        screenshot(name + "-1280");
        page.setViewportSize(360, 740);
    }

    private void nextStep(String step) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(step).setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(step);
    }

    private void publishStep() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publicar este paso")).click();
        assertThat(page.getByText("El paso quedó publicado.")).isVisible();
    }

    @Test
    void anOfficerPublishesAwardContractAndPaymentsAndACitizenFollowsTheMoneyOnTheProcessPage() {
        Account officer = TestAccounts.person(accounts, "Jefe de compras del estado");
        SystemActor.run(() -> accounts.grant(officer.getId(), Role.PROCUREMENT, "poder-ejecutivo-durango", null));
        signIn(officer.getEmail(), TestAccounts.PASSWORD);
        open("/contrataciones/publicar?institucion=poder-ejecutivo-durango");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nuevo proceso de contratación")).click();
        page.getByLabel("Título del proceso").fill("Uniformes para personal de protección civil");
        page.getByLabel("Bienes").check();
        page.getByLabel("Presupuesto asignado (pesos)").fill("1,250,000.00");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Crear y publicar el proceso")).click();
        assertThat(page.getByText("El proceso quedó publicado con su planeación.")).isVisible();
        String ocid = page.url().replaceAll(".*/contrataciones/publicar/([^/?#]+).*", "$1");

        nextStep("Convocatoria (licitación, invitación o adjudicación directa)");
        page.getByLabel("Título del proceso").fill("Uniformes para personal de protección civil");
        page.getByLabel("Licitación pública").check();
        page.getByLabel("Bienes").check();
        page.getByLabel("Monto estimado (pesos)").fill("1,200,000.00");
        page.getByLabel("Inicio del plazo para presentar propuestas").fill("2025-03-03");
        page.getByLabel("Fin del plazo para presentar propuestas").fill("2025-03-24");
        page.locator("#items0\\.description").fill("Uniforme de protección civil, talla mixta");
        page.locator("#items0\\.quantity").fill("400");
        page.locator("#items0\\.unit").fill("pieza");
        publishStep();

        nextStep("Adjudicación (fallo)");
        page.getByLabel("Proveedor adjudicado").fill("Confecciones Santa Ana, S.A. de C.V.");
        page.getByLabel("RFC del proveedor").fill("csa010203ab1");
        page.getByLabel("Monto adjudicado (pesos)").fill("1,100,000.00");
        page.getByLabel("Fecha del fallo o de la adjudicación").fill("2025-04-02");
        checkBothWidths("contracting-award");
        publishStep();

        nextStep("Contrato");
        page.getByLabel("Título del contrato").fill("Contrato de uniformes de protección civil");
        page.getByLabel("Monto del contrato (pesos)").fill("1,100,000.00");
        page.getByLabel("Fecha de firma").fill("2025-04-10");
        page.getByLabel("Inicio de la vigencia").fill("2025-04-10");
        page.getByLabel("Fin de la vigencia").fill("2025-12-31");
        checkBothWidths("contracting-contract");
        publishStep();

        nextStep("Ejecución: pagos y entregas");
        page.getByLabel("Monto pagado (pesos)").fill("550,000.00");
        page.getByLabel("Fecha del pago").fill("2025-06-30");
        page.getByLabel("Qué se entrega").fill("Primera entrega: 200 uniformes");
        page.getByLabel("Fecha comprometida").fill("2025-06-15");
        page.getByLabel("Ya se cumplió").check();
        checkBothWidths("contracting-implementation");
        publishStep();
        checkBothWidths("contracting-process-desk-paid");
        assertThat(page.locator("dd", new Page.LocatorOptions().setHasText("Ejecución y pagos"))).hasCount(1);

        // What a citizen sees, without signing in: the stages reached, the money at each, the supplier, the payment
        // and every release with what it changed, in words and pesos, never codes.
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Ver el proceso como lo ve el público"))).hasAttribute("href", "/contrataciones/" + ocid);
        signOut();
        open("/contrataciones/" + ocid);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Uniformes para personal de protección civil");
        assertThat(page.locator(".facts")).containsText("Licitación pública");
        assertThat(page.locator(".timeline")).containsText("Ejecución");
        assertThat(page.locator("#amounts-heading + .table-wrap")).containsText("$1,250,000.00");
        assertThat(page.locator("#amounts-heading + .table-wrap")).containsText("$1,100,000.00");
        assertThat(page.locator("#amounts-heading + .table-wrap")).containsText("$550,000.00");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Confecciones Santa Ana, S.A. de C.V."))).isVisible();
        assertThat(page.locator("#payments-heading + .table-wrap")).containsText("30/06/2025");
        assertThat(page.locator("#payments-heading + .table-wrap")).containsText("$550,000.00");
        assertThat(page.locator(".history > li")).hasCount(5);
        // The summary a citizen reads first speaks in words. (The history's "datos nuevos" still name parties by
        // their OCDS ids, «MX-RFC-…», and the identifier scheme "MX-RFC": see the report.)
        for (String part : new String[] {".facts", ".timeline", "#suppliers-heading + ul",
                "#payments-heading + .table-wrap", "#amounts-heading + .table-wrap"}) {
            for (String code : new String[] {"active", "pending", "awardPeriod", "MX-RFC", "implementation", "open"}) {
                assertThat(page.locator(part)).not().containsText(code);
            }
        }
        checkBothWidths("contracting-public-process");
    }
}
