package org.apertura.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.format.DateTimeFormatter;
import org.apertura.appeal.Appeal;
import org.apertura.appeal.AppealService;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.TestAccounts;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The «Medidas de apremio» of an appeal found not complied with, in the browser (LGTAIP 2025 arts. 196–202): the demo's
 * Congress appeal has a fine executed on the position in charge and its superior required (art. 199 ¶1); once the
 * superior's five days passed, the authority's staff impose a public reprimand on the superior (a form without the
 * position is refused with the reason, nothing changes) and record its notice (art. 201). The public sees the section
 * and the list of all measures by position, never by name. Each page checked with axe-core, screenshots at 360 and
 * 1280 px.
 */
class EnforcementMeasuresBrowserTest extends BrowserTest {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    AccountService accounts;
    @Autowired
    AppealService appeals;

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void theAuthorityImposesAMeasureOnTheRequiredSuperiorAndThePublicSeesItByPosition() {
        Appeal demo = appeals.search(null, org.apertura.appeal.AppealStage.NOT_COMPLIED, null, 0).getContent().stream()
                .filter(a -> a.getInstructionDue() != null)
                // the demo's Congress appeal (other tests of the shared context require superiors too)
                .filter(a -> appeals.measures(a).stream()
                        .anyMatch(m -> m.getPosition().equals("Titular de la Dirección de Administración del Congreso")))
                .findFirst().orElseThrow();
        String folio = demo.getFolio();
        Account guarantor = TestAccounts.person(accounts, "Autoridad garante, medidas");
        SystemActor.run(() -> accounts.grant(guarantor.getId(), Role.GUARANTOR, demo.getGuarantorSlug(), null));
        int before = appeals.measures(demo).size();

        context.clearCookies();
        signIn(guarantor.getEmail(), TestAccounts.PASSWORD);
        open("/recursos/" + folio + "#medidas");
        assertThat(page.locator("#medidas")).containsText("Titular de la Dirección de Administración del Congreso");
        assertThat(page.locator("#requerimiento-superior")).containsText(demo.getInstructionDue().format(DAY));
        checkPage("appeal-measures-guarantor");

        // A reprimand on the superior without the position: refused, with the reason; nothing is imposed.
        page.locator("#measure-kind").selectOption("PUBLIC_REPRIMAND");
        page.locator("#measure-person").selectOption("SUPERIOR");
        page.getByLabel("Calificación de la medida: gravedad de la falta, condición económica y reincidencia (art. 197)")
                .fill("Persiste el incumplimiento tras la multa y el requerimiento al superior jerárquico.");
        button("Imponer la medida").click();
        assertThat(page.locator("#form-measure")).containsText("Escriba el cargo (hasta 200 caracteres).");
        org.assertj.core.api.Assertions.assertThat(appeals.measures(appeals.byFolio(folio))).hasSize(before);
        checkPage("appeal-measure-refused");

        page.locator("#measure-kind").selectOption("PUBLIC_REPRIMAND");
        page.locator("#measure-person").selectOption("SUPERIOR");
        page.getByLabel("Cargo de la persona").fill("Secretaría General del Congreso");
        page.getByLabel("Calificación de la medida: gravedad de la falta, condición económica y reincidencia (art. 197)")
                .fill("Persiste el incumplimiento tras la multa y el requerimiento al superior jerárquico.");
        button("Imponer la medida").click();
        assertThat(page.locator("#medidas")).containsText("Secretaría General del Congreso");
        assertThat(page.locator("#medidas")).containsText("el superior jerárquico inmediato de la persona infractora");
        page.getByLabel("Día en que se notificó la medida a la persona infractora").fill(appeals.today().toString());
        button("Registrar la notificación de la medida").click();
        assertThat(page.locator("#medidas")).containsText("Notificada a la persona infractora el "
                + appeals.today().format(DAY));
        checkPage("appeal-measure-notified");

        // The public: the section on the appeal, and the list of every measure, by position.
        context.clearCookies();
        // without the fragment: the same address with one would only scroll the guarantor's page, not load the public's
        open("/recursos/" + folio);
        assertThat(page.locator("#medidas")).containsText("Secretaría General del Congreso");
        assertThat(page.locator("#form-measure")).hasCount(0);
        checkPage("appeal-measures-public");
        open("/recursos/medidas");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Medidas de apremio impuestas en recursos de revisión"))).isVisible();
        assertThat(page.getByText("Secretaría General del Congreso").first()).isVisible();
        checkPage("measures-list");
    }
}
