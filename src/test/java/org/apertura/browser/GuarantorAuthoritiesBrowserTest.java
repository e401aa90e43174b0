package org.apertura.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.TestAccounts;
import org.apertura.jurisdiction.Branch;
import org.apertura.jurisdiction.InstitutionDraft;
import org.apertura.jurisdiction.JurisdictionDraft;
import org.apertura.jurisdiction.JurisdictionLevel;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A citizen reads which guarantor authority decides appeals against Durango's Congress, and why; an administrator
 * registers an authority, is told in words what a bad assignment lacks, assigns it and records a succession.
 */
class GuarantorAuthoritiesBrowserTest extends BrowserTest {

    @Autowired
    AccountService accounts;
    @Autowired
    JurisdictionService jurisdictions;

    @Test
    void aCitizenSeesWhichAuthorityDecidesAppealsAgainstEachBranch() {
        open("/jurisdicciones/durango");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Autoridades garantes por tipo de sujeto obligado"))).isVisible();
        assertThat(page.getByLabel("Autoridades garantes por tipo de sujeto obligado").getByRole(AriaRole.LINK,
                new com.microsoft.playwright.Locator.GetByRoleOptions()
                        .setName("Órgano Interno de Control del H. Congreso del Estado de Durango"))).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Todas las autoridades garantes y sus fechas"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Autoridades garantes");
        assertThat(page.getByText("Organismo garante estatal en transición").first()).isVisible();
        assertThat(page.getByText("LGTAIP 2025, art. 3 fr. III").first()).isVisible();
        checkPage("autoridades-garantes");
    }

    @Test
    void anAdministratorRegistersAssignsAndRecordsASuccession() {
        String n = UUID.randomUUID().toString().substring(0, 6);
        SystemActor.run(() -> {
            jurisdictions.createJurisdiction(new JurisdictionDraft("estado-" + n, "Estado " + n,
                    JurisdictionLevel.STATE, "mexico", null, null, null));
            jurisdictions.createInstitution(new InstitutionDraft("instituto-" + n, "Instituto " + n, null,
                    "estado-" + n, Branch.AUTONOMOUS, false, null, null));
            jurisdictions.createInstitution(new InstitutionDraft("contraloria-" + n, "Contraloría " + n, null,
                    "estado-" + n, Branch.EXECUTIVE, false, null, null));
        });
        Account admin = TestAccounts.admin(accounts);
        signIn(admin.getEmail(), TestAccounts.PASSWORD);
        open("/admin");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Administrar autoridades garantes")).click();

        page.getByLabel("Institución", new Page.GetByLabelOptions().setExact(true))
                .selectOption("instituto-" + n);
        page.getByLabel("Tipo de autoridad").selectOption("TRANSITIONAL_STATE_INSTITUTE");
        page.locator("#legalBasis").fill("LGTAIP 2025, Transitorio Décimo Noveno");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrar o corregir una autoridad garante"))
                .click();
        assertThat(page.getByText("La autoridad garante quedó registrada.")).isVisible();

        open("/admin/autoridades-garantes");
        page.getByLabel("Institución", new Page.GetByLabelOptions().setExact(true))
                .selectOption("contraloria-" + n);
        page.getByLabel("Tipo de autoridad").selectOption("LOCAL_COMPTROLLER");
        page.locator("#legalBasis").fill("LGTAIP 2025, art. 3 fr. IV");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrar o corregir una autoridad garante"))
                .click();

        // An assignment without its basis: told in words, next to the field, and nothing recorded.
        open("/admin/autoridades-garantes");
        page.getByLabel("Jurisdicción").selectOption("estado-" + n);
        page.getByLabel("Tipo de sujeto obligado").selectOption("EXECUTIVE");
        page.locator("#a-authoritySlug").selectOption("instituto-" + n);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Asignar una autoridad")).click();
        assertThat(page.locator(".error-summary")).isVisible();
        assertThat(page.locator("#a-legalBasis")).hasAttribute("aria-invalid", "true");
        checkPage("autoridades-garantes-admin-error");
        page.locator("#a-legalBasis").fill("LGTAIP 2025, Transitorio Décimo Noveno");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Asignar una autoridad")).click();
        assertThat(page.getByText("La asignación quedó registrada.")).isVisible();

        open("/admin/autoridades-garantes");
        page.locator("#s-authoritySlug").selectOption("instituto-" + n);
        page.locator("#s-lastDay").fill("2026-01-15");
        page.getByLabel("Sucesora").selectOption("contraloria-" + n);
        page.locator("#s-basis").fill("LGTAIP 2025, Transitorio Décimo Noveno; Decreto de prueba");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrar una sucesión")).click();
        assertThat(page.getByText("La sucesión quedó registrada")).isVisible();
        assertThat(page.locator("#instituto-" + n)).containsText("Contraloría " + n);
        assertThat(page.locator("#instituto-" + n)).containsText("Decreto de prueba");
        checkPage("autoridades-garantes-sucesion");
    }
}
