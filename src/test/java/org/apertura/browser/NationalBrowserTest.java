package org.apertura.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The national view on a phone: the page without members, an administrator refused a member address that is not
 * http(s), then adding this very instance as a member (it publishes the demo's exercise), harvesting it, and the map,
 * the state's figures, the search and the comparison it leads to; finally removing it.
 */
class NationalBrowserTest extends BrowserTest {

    @Autowired
    AccountService accounts;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    org.apertura.national.ReusedBy reusedBy;

    @Test
    void anAdministratorAddsAMemberHarvestsItAndTheCountrySeesItsExercise() {
        open("/nacional");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Vista nacional");
        checkPage("nacional-inicial");

        Account admin = TestAccounts.admin(accounts);
        signIn(admin.getEmail(), TestAccounts.PASSWORD);
        open("/admin");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nodo nacional")).click();
        page.getByLabel("Nombre", new Page.GetByLabelOptions().setExact(true)).fill("Apertura de prueba");
        page.getByLabel("Dirección", new Page.GetByLabelOptions().setExact(true)).fill("javascript:alert(1)");
        page.getByLabel("Estado que atiende").selectOption("10");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Agregar")).click();
        assertThat(page.locator(".error-summary")).containsText("Escriba una dirección http(s) completa");
        assertThat(page.getByLabel("Dirección", new Page.GetByLabelOptions().setExact(true)))
                .hasAttribute("aria-invalid", "true");
        checkPage("nacional-admin-error");

        page.getByLabel("Dirección", new Page.GetByLabelOptions().setExact(true)).fill(url(""));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Agregar")).click();
        assertThat(page.getByText("Instancia agregada")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cosechar ahora: Apertura de prueba")).click();
        assertThat(page.getByText("Cosecha completa y verificada")).isVisible();
        assertThat(page.getByText("al día y verificado").first()).isVisible();
        checkPage("nacional-admin");

        open("/nacional");
        assertThat(page.locator("figure svg").first()).isVisible();
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Cifras por estado: integrantes, "
                + "ejercicios, compromisos, avance promedio, cocreación y solicitudes respondidas en plazo")))
                .containsText("Durango");
        checkPage("nacional");
        page.setViewportSize(1280, 900);
        Object sideways = page.evaluate("() => [...document.querySelectorAll('.table-wrap')]"
                + ".filter(w => w.scrollWidth > w.clientWidth).length");
        org.assertj.core.api.Assertions.assertThat(((Number) sideways).intValue())
                .as("tables of figures that scroll sideways at 1280 px").isZero();
        page.setViewportSize(360, 740);

        // The member's page: its feedback figures and each commitment's evidence, as harvested.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Apertura de prueba")).first().click();
        assertThat(page.getByText("Retroalimentación")).isVisible();
        assertThat(page.locator("#retroalimentacion")).containsText("opiniones recibidas");
        assertThat(page.locator("ul.evidence li", new Page.LocatorOptions().setHasText("aceptada")).first()).isVisible();
        checkPage("nacional-miembro");
        open("/nacional");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Buscar compromisos")).click();
        page.getByLabel("Estado", new Page.GetByLabelOptions().setExact(true)).selectOption("10");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Buscar")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).not().containsText(" 0 compromisos");
        assertThat(page.locator("ul.cards li").first()).containsText("Apertura de prueba");
        checkPage("nacional-compromisos");

        open("/nacional/comparar");
        page.locator("input[name=ejercicio]").first().check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Comparar")).click();
        assertThat(page.getByText("Elija al menos dos ejercicios")).isVisible();
        checkPage("nacional-comparar");

        open("/admin/nacional");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Quitar: Apertura de prueba")).click();
        assertThat(page.getByText("Instancia quitada")).isVisible();
    }

    /**
     * «Reutilizado por» on a commitment's own page, as a national node published it: the adopting government, its
     * state and the adopted commitment, nothing about people.
     */
    @Test
    void aCommitmentShowsTheGovernmentsThatReusedIt() throws Exception {
        long id = jdbc.queryForObject("SELECT c.id FROM commitment c JOIN action_plan p ON p.id = c.plan_id"
                + " WHERE p.status = 'PUBLISHED' ORDER BY c.id LIMIT 1", Long.class);
        String[] body = {"[{\"originUrl\":\"" + url("/compromisos/" + id) + "\",\"adopterName\":\"Apertura Torreón\","
                + "\"adopterStateName\":\"Coahuila de Zaragoza\",\"adopterLevel\":\"MUNICIPAL\",\"code\":\"TRC-07\","
                + "\"title\":\"Catálogo de datos abiertos municipal\",\"url\":\"https://torreon.example/compromisos/9\","
                + "\"adopterBaseUrl\":\"https://torreon.example\",\"ledgerSeq\":42}]"};
        // the adoption as the origin would find it in Torreón's signed ledger (that check: NationalFederationTest)
        org.apertura.national.ReusedByAccess.trustAdoption(reusedBy, "https://torreon.example", 42,
                url("/compromisos/" + id), "/compromisos/9");
        com.sun.net.httpserver.HttpServer node = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        node.createContext("/", x -> {
            byte[] bytes = body[0].getBytes(java.nio.charset.StandardCharsets.UTF_8);
            x.getResponseHeaders().add("Content-Type", "application/json");
            x.sendResponseHeaders(200, bytes.length);
            try (java.io.OutputStream out = x.getResponseBody()) {
                out.write(bytes);
            }
        });
        node.start();
        try {
            String nodeUrl = "http://127.0.0.1:" + node.getAddress().getPort();
            org.apertura.national.ReusedByAccess.refresh(reusedBy, nodeUrl, url(""));
            open("/compromisos/" + id);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Reutilizado por")))
                    .isVisible();
            assertThat(page.locator("#reutilizado")).containsText("Apertura Torreón");
            assertThat(page.locator("#reutilizado a").first()).hasAttribute("href", "https://torreon.example/compromisos/9");
            checkPage("compromiso-reutilizado");
            body[0] = "[]";
            org.apertura.national.ReusedByAccess.refresh(reusedBy, nodeUrl, url(""));
            open("/compromisos/" + id);
            assertThat(page.locator("#reutilizado")).hasCount(0);
        } finally {
            node.stop(0);
        }
    }
}
