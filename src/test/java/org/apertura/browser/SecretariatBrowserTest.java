package org.apertura.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The secretariat in the browser: set up a body, hold a session, vote, approve the minutes. */
class SecretariatBrowserTest extends BrowserTest {

    @Autowired
    AccountService accounts;

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void anAdministratorSetsUpASecretariatAndHoldsItsFirstSession() {
        Account admin = TestAccounts.admin(accounts);
        signIn(admin.getEmail(), TestAccounts.PASSWORD);
        String slug = "stl-navegador-" + UUID.randomUUID().toString().substring(0, 6);

        open("/admin/organos/nuevo");
        page.getByLabel("Nombre del órgano").fill("STL de Gómez Palacio");
        page.getByLabel("Identificador para la dirección web").fill(slug);
        page.getByLabel("Jurisdicción").selectOption("gomez-palacio");
        assertAccessible();
        button("Guardar").click();
        assertThat(page.getByText("El órgano se creó y quedó en el historial público.")).isVisible();
        assertThat(page.getByText("Un Secretariado Técnico Local necesita al menos una persona de cada sector."))
                .isVisible();
        assertAccessible();
        assertFitsThePhone();

        addMember("Irma Sociedad", "CIVIL_SOCIETY", "MEMBER");
        addMember("Iván Gobierno", "GOVERNMENT", "MEMBER");
        addMember("Inés Garante", "GUARANTOR", "COORDINATOR");
        assertThat(page.getByText("Un Secretariado Técnico Local necesita")).hasCount(0);

        page.getByLabel("Fecha y hora de la sesión").fill("2026-11-30T10:00");
        page.getByLabel("Lugar", new Page.GetByLabelOptions().setExact(true)).fill("Sala de cabildo");
        page.getByLabel("Fecha en que se publica la convocatoria").fill("2026-11-20");
        page.getByLabel("Orden del día").fill("Instalación\nRuta de cocreación");
        button("Convocar").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Sesión 1 (ordinaria)");
        assertAccessible();

        page.getByLabel("Irma Sociedad (Sociedad civil, Integrante)").check();
        page.getByLabel("Iván Gobierno (Gobierno, Integrante)").check();
        page.getByLabel("Inés Garante (Autoridad garante, Coordinación)").check();
        button("Guardar la asistencia").click();
        assertThat(page.getByText("Hay quórum: 3 de 3 integrantes presentes")).isVisible();

        page.getByLabel("Texto del nuevo acuerdo").fill("Se instala el Secretariado Técnico Local de Gómez Palacio.");
        button("Someter a votación").click();
        page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Voto de Irma Sociedad"))
                .getByLabel("a favor").check();
        page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Voto de Iván Gobierno"))
                .getByLabel("a favor").check();
        page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Voto de Inés Garante"))
                .getByLabel("abstención").check();
        assertAccessible();
        button("Registrar y cerrar la votación").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Acuerdo 1/1: adoptado"))).isVisible();
        assertThat(page.getByText("A favor: 2. En contra: 0. Abstenciones: 1.")).isVisible();

        button("Aprobar el acta").click();
        assertThat(page.getByText("El acta quedó aprobada y fija.")).isVisible();
        assertThat(page.locator("code.hash")).hasText(java.util.regex.Pattern.compile("[0-9a-f]{64}"));
        assertAccessible();
        assertFitsThePhone();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Leer el acta")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Acta de la sesión ordinaria número 1");
        assertAccessible();
    }

    @Test
    void theDemoSecretariatIsReadableByEveryone() {
        open("/");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Secretariado").setExact(true)).click();
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Secretariado Técnico Local de Gobierno Abierto de Durango")).click();
        assertThat(page.getByText("Lucía Arreola Meraz")).isVisible();
        assertAccessible();
        assertFitsThePhone();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Sesión 2"))).click();
        assertThat(page.getByText("Aviso corto")).isVisible();
        assertAccessible();
        assertFitsThePhone();
    }

    private void addMember(String name, String sector, String role) {
        page.getByLabel("Nombre", new Page.GetByLabelOptions().setExact(true)).fill(name);
        page.getByLabel("Sector", new Page.GetByLabelOptions().setExact(true)).selectOption(sector);
        page.getByLabel("Organización o institución").fill("Organización de " + name);
        page.getByLabel("Cargo en el órgano").selectOption(role);
        page.getByLabel("Inicio del periodo").fill("2026-01-01");
        button("Agregar").click();
        assertThat(page.getByText("La persona quedó registrada como integrante.")).isVisible();
    }
}
