package org.apertura.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.TestAccounts;
import org.apertura.jurisdiction.Branch;
import org.apertura.deadlines.CalendarDraft;
import org.apertura.deadlines.CalendarService;
import org.apertura.jurisdiction.InstitutionDraft;
import org.apertura.jurisdiction.JurisdictionDraft;
import org.apertura.jurisdiction.JurisdictionLevel;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A citizen computes a deadline on the IDAIP's calendar; an administrator publishes a day on a guarantor's. */
class CalendarBrowserTest extends BrowserTest {

    @Autowired
    AccountService accounts;
    @Autowired
    JurisdictionService jurisdictions;
    @Autowired
    CalendarService calendars;

    @Test
    void aCitizenComputesADeadlineOnTheIdaipCalendarAndSeesWhy() {
        open("/calendario");
        page.getByLabel("Calendario", new Page.GetByLabelOptions().setExact(true))
                .selectOption("idaip");
        page.getByLabel("Fecha del acto").fill("2026-03-30");
        page.getByLabel("Días hábiles del plazo").fill("5");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Calcular el vencimiento")).click();

        // Holy Thursday and Friday are closed on the IDAIP's calendar: five days end on Wednesday 8 April, not Monday 6.
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("miércoles 08/04/2026");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("idaip/v");
        assertThat(page.getByLabel("Calendario", new Page.GetByLabelOptions().setExact(true))).hasValue("idaip");
        page.navigate(page.url().replaceAll("anio=\\d+", "anio=2026"));
        assertThat(page.getByText("Jueves y Viernes Santo").first()).isVisible();
        assertThat(page.getByText("Acuerdo de demostración IDAIP/DEMO/2026-01").first()).isVisible();
        assertAccessible();
        assertFitsThePhone();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Plazos de cada ley, en días hábiles")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Plazos de las leyes de transparencia");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("VARIANTE-15-10"))).isVisible();
        assertAccessible();
        assertFitsThePhone();
    }

    @Test
    void anAdministratorPublishesADayAfterFixingAMissingPublication() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        SystemActor.run(() -> {
            jurisdictions.createJurisdiction(new JurisdictionDraft("estado-" + suffix, "Estado " + suffix,
                    JurisdictionLevel.STATE, "mexico", null, null, null));
            jurisdictions.createInstitution(new InstitutionDraft("garante-" + suffix, "Garante " + suffix, "G" + suffix,
                    "estado-" + suffix, Branch.AUTONOMOUS, true, null, null));
            calendars.create(new CalendarDraft("garante-" + suffix, null, null));
        });
        Account admin = TestAccounts.admin(accounts);
        signIn(admin.getEmail(), TestAccounts.PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Administración").setExact(true)).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Calendarios de días inhábiles")).click();
        assertAccessible();
        assertFitsThePhone();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Calendario de días hábiles de G" + suffix)).click();

        page.getByLabel("Primer día").fill("2030-10-14");
        page.getByLabel("Tipo").selectOption("NON_BUSINESS_DAY");
        page.getByLabel("Motivo", new Page.GetByLabelOptions().setExact(true)).fill("Día de prueba del garante");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publicar")).click();

        assertThat(page.locator(".error-summary")).containsText("Este dato es obligatorio");
        assertThat(page.getByLabel("Publicación")).hasAttribute("aria-invalid", "true");
        assertThat(page.getByLabel("Motivo", new Page.GetByLabelOptions().setExact(true))).hasValue("Día de prueba del garante");
        assertAccessible();
        assertFitsThePhone();

        page.getByLabel("Publicación").fill("Gaceta de prueba, 2030-10-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publicar")).click();
        assertThat(page.getByText("El día quedó publicado y en el historial público")).isVisible();
        assertThat(page.getByText("garante-" + suffix + "/v2+nacional/LFT-74/DOF-2024-09-30")).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("lunes 14/10/2030"))).isVisible();
        assertAccessible();
        assertFitsThePhone();

        open("/historial");
        assertThat(page.getByText("Se publicó un día inhábil").first()).isVisible();
    }

    @Test
    void theTownHallsOwnCalendarShowsBothLayersAndItsCutoffInWords() {
        open("/calendario?calendario=ayuntamiento-tepehuanes&anio=2026");
        assertThat(page.getByText("Este es el calendario propio de H. Ayuntamiento de Tepehuanes")).isVisible();
        assertThat(page.getByText("Hora de corte: una solicitud en línea presentada a las 15:00 o después")).isVisible();
        // The town hall's own day and the IDAIP's, each said for what it is.
        assertThat(page.getByText("Fiesta patronal del municipio (demostración) (Día inhábil publicado por la "
                + "institución)")).isVisible();
        assertThat(page.getByText("Jueves y Viernes Santo (Día inhábil de la autoridad garante)").first()).isVisible();
        assertAccessible();
        assertFitsThePhone();

        Account admin = TestAccounts.admin(accounts);
        signIn(admin.getEmail(), TestAccounts.PASSWORD);
        open("/admin/calendarios/ayuntamiento-tepehuanes");
        assertThat(page.getByText("Calendario propio de H. Ayuntamiento de Tepehuanes")).isVisible();
        page.getByLabel("Hora de corte (HH:MM)").fill("25:00");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Guardar la hora de corte")).click();
        assertThat(page.getByLabel("Hora de corte (HH:MM)")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator(".error-summary")).containsText("HH:MM");
        assertAccessible();
        assertFitsThePhone();
        open("/admin/calendarios");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Zona horaria de cada jurisdicción"))).isVisible();
        assertAccessible();
        assertFitsThePhone();
    }
}
