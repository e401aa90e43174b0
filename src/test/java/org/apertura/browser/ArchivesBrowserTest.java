package org.apertura.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apertura.archives.ArchivesDemoActs;
import org.apertura.archives.ArchivesTesting;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.TestAccounts;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.SystemActor;
import org.apertura.platform.time.Today;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The archivist's flow of issue 16 in a browser: import a catalog (a bad one first: every problem, nothing saved), record
 * the Grupo's approval, open and close two files, transfer them, place a litigation hold, see a disposal with the held
 * file refused naming it, and take the other through the unit's confirmation, the Grupo's dictamen and acta and its
 * execution, leaving a public acta; and the public pages. axe-core and 360 px on every page.
 */
class ArchivesBrowserTest extends BrowserTest {

    private static final String SLUG = "idaip";

    @Autowired
    AccountService accounts;
    @Autowired
    org.apertura.jurisdiction.JurisdictionService directory;
    @Autowired
    Today today;

    private void check(String name) {
        assertAccessible();
        assertFitsThePhone();
        screenshot(name + "-360");
        page.setViewportSize(1280, 900);
        screenshot(name + "-1280");
        page.setViewportSize(360, 740);
    }

    private void clickFirst(String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).first().click();
    }

    private void openFile(String title) throws Exception {
        open("/archivos/" + SLUG + "/gestion");
        page.getByLabel("Serie").selectOption("CDG.1C.2");
        page.getByLabel("Título", new Page.GetByLabelOptions().setExact(true)).fill(title);
        page.getByLabel("Fecha de apertura").fill("2019-01-10");
        clickFirst("Abrir el expediente");
        assertThat(page.locator("h1")).containsText("Expediente CDG.1C.2/2019-");
        Path pdf = Files.createTempFile("oficio", ".pdf");
        Files.write(pdf, "%PDF-1.4\n% oficio\n".getBytes(StandardCharsets.US_ASCII));
        page.getByLabel("Título del documento").fill("Oficio recibido");
        page.getByLabel("Fecha del documento").fill("2019-01-15");
        page.getByLabel("Archivo", new Page.GetByLabelOptions().setExact(true)).setInputFiles(pdf);
        clickFirst("Agregar el documento");
        assertThat(page.getByText("Se agregó el documento.")).isVisible();
        page.getByLabel("Fecha de cierre").fill("2019-01-05");
        clickFirst("Cerrar el expediente");
        assertThat(page.locator(".error-summary")).containsText("no puede cerrarse antes de abrirse");
        page.getByLabel("Fecha de cierre").fill("2019-03-01");
        clickFirst("Cerrar el expediente");
        assertThat(page.getByText("El expediente está cerrado", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
    }

    @Test
    void anArchivistImportsACatalogKeepsFilesAndDisposesOfThemWithAPublicActa() throws Exception {
        String email = TestAccounts.uniqueEmail("archivo");
        Account archivist = accounts.signUp(email, TestAccounts.PASSWORD, "Coordinación de archivos");
        SystemActor.run(() -> accounts.grant(archivist.getId(), Role.ARCHIVIST, SLUG, null));
        SystemActor.run(() -> accounts.grant(archivist.getId(), Role.COORDINATING_ARCHIVIST, SLUG, null));
        signIn(email, TestAccounts.PASSWORD);

        open("/archivos/" + SLUG + "/gestion");
        check("archives-desk-empty");
        Path bad = Files.createTempFile("cadido", ".csv");
        Files.writeString(bad, ArchivesTesting.CATALOG.replace("A/L,2,8,10", "A/L,2,8,11"));
        page.getByLabel("Archivo CSV o XLSX").setInputFiles(bad);
        clickFirst("Importar como borrador");
        assertThat(page.locator(".error-summary")).containsText("no se guardó nada");
        assertThat(page.locator(".error-summary")).containsText("Las vigencias no suman");
        check("archives-import-errors");
        Path good = Files.createTempFile("cadido", ".csv");
        Files.writeString(good, ArchivesTesting.CATALOG);
        page.getByLabel("Archivo CSV o XLSX").setInputFiles(good);
        clickFirst("Importar como borrador");
        assertThat(page.getByText("Borrador").first()).isVisible();
        // a draft shows no act yet (th:if beside th:replace once showed its empty fields)
        assertThat(page.locator("dl.facts dt", new Page.LocatorOptions().setHasText("Número de acta"))).hasCount(0);
        page.getByLabel("Número de acta").fill("GI-IDAIP-01/2026");
        page.getByLabel("Integrantes del Grupo Interdisciplinario que aprobaron")
                .fill("Coordinación de archivos\nÓrgano Interno de Control\nUnidad de Transparencia");
        clickFirst("Registrar la aprobación y publicar");
        assertThat(page.locator(".error-summary")).containsText("Falta la ficha técnica de valoración de 5 series");
        assertThat(page.locator(".error-summary")).containsText("CDG.2C.2 Auditorías");
        check("archives-approval-without-fichas");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fichas técnicas de valoración")).click();
        Path fichas = Files.createTempFile("fichas", ".csv");
        Files.writeString(fichas, ArchivesTesting.FICHAS);
        page.getByLabel("Archivo CSV o XLSX").setInputFiles(fichas);
        clickFirst("Importar las fichas");
        page.locator("nav.breadcrumbs a").last().click();
        page.getByLabel("Número de acta").fill("GI-IDAIP-01/2026");
        page.getByLabel("Integrantes del Grupo Interdisciplinario que aprobaron")
                .fill("Coordinación de archivos\nÓrgano Interno de Control\nUnidad de Transparencia");
        check("archives-approval");
        clickFirst("Registrar la aprobación y publicar");
        assertThat(page.getByText("La versión está aprobada y publicada.")).isVisible();

        openFile("Oficios de 2019");
        check("archives-file");
        openFile("Oficios de 2019, segundo legajo");

        open("/archivos/" + SLUG + "/gestion");
        check("archives-desk-due");
        clickFirst("Enviar en transferencia primaria los expedientes marcados");
        assertThat(page.locator("h1")).hasText("Transferencia primaria 1");
        page.getByLabel("Ubicación").fill("Archivo de concentración, caja 1");
        clickFirst("Aceptar la transferencia");
        assertThat(page.getByText("El archivo que recibe aceptó la transferencia", new Page.GetByTextOptions()
                .setExact(false))).isVisible();
        check("archives-transfer");

        // a litigation hold on the second file
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("CDG.1C.2/2019-0002")).click();
        page.getByLabel("Tipo de retención").selectOption("litigio");
        page.getByLabel("Motivo (o folio de la solicitud o del recurso)").fill("Juicio laboral 45/2026");
        clickFirst("Poner la retención");
        assertThat(page.getByText("Retenido por un litigio", new Page.GetByTextOptions().setExact(false)).first())
                .isVisible();

        open("/archivos/" + SLUG + "/gestion");
        clickFirst("Proponer la baja de los expedientes marcados");
        assertThat(page.locator(".error-summary")).containsText("CDG.1C.2/2019-0002");
        assertThat(page.locator(".error-summary")).containsText("Juicio laboral 45/2026");
        check("archives-disposal-refused");
        page.getByLabel("Incluir el expediente CDG.1C.2/2019-0002").uncheck();
        clickFirst("Proponer la baja de los expedientes marcados");
        assertThat(page.locator("h1")).hasText("Baja documental 1");
        page.getByLabel("Quién confirma, por la unidad productora").fill("Titular de la Oficialía de Partes");
        clickFirst("Registrar la confirmación");
        page.getByLabel("Número de dictamen").fill("DB-01/2026");
        page.getByLabel("Número de acta").fill("AB-01/2026");
        page.getByLabel("Integrantes del Grupo Interdisciplinario que aprobaron")
                .fill("Coordinación de archivos\nÓrgano Interno de Control");
        check("archives-disposal-approval");
        clickFirst("Registrar el dictamen y el acta y publicarlos");
        clickFirst("Ejecutar la baja documental");
        assertThat(page.getByText("Se ejecutó la baja documental.")).isVisible();

        try (BrowserContext anonymous = newContextWithoutJavaScript()) {
            Page reader = anonymous.newPage();
            reader.navigate(url("/archivos/" + SLUG + "/bajas/1"));
            assertThat(reader.locator("h1")).hasText("Baja documental 1");
            assertThat(reader.getByText("AB-01/2026")).isVisible();
            assertThat(reader.getByText("CDG.1C.2/2019-0001")).isVisible();
        }
        open("/archivos/" + SLUG + "/bajas/1");
        check("archives-acta");
    }

    /**
     * The fichas técnicas de valoración: everyone reads the executive's, with the catálogo's vigencias beside each;
     * an archivist imports a draft's fichas, a bad file first (every problem, nothing saved).
     */
    @Test
    void valuationSheetsReadForEveryoneAndAnArchivistImportsADraftsSheets() throws Exception {
        open("/archivos/poder-ejecutivo-durango");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fichas técnicas de valoración")).click();
        assertThat(page.locator("h1")).containsText("Fichas técnicas de valoración");
        assertThat(page.locator("#ficha-PEED\\.1C\\.2")).containsText("PEED.1C.2 · ");
        check("archives-fichas");

        String slug = "fichas-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        SystemActor.run(() -> directory.createInstitution(new org.apertura.jurisdiction.InstitutionDraft(slug,
                "Instituto de fichas", null, "durango", org.apertura.jurisdiction.Branch.AUTONOMOUS, false, null,
                null)));
        String email = TestAccounts.uniqueEmail("fichas");
        Account archivist = accounts.signUp(email, TestAccounts.PASSWORD, "Archivista de fichas");
        SystemActor.run(() -> accounts.grant(archivist.getId(), Role.ARCHIVIST, slug, null));
        signIn(email, TestAccounts.PASSWORD);
        open("/archivos/" + slug + "/gestion");
        Path catalog = Files.createTempFile("cadido", ".csv");
        Files.writeString(catalog, ArchivesTesting.CATALOG);
        page.getByLabel("Archivo CSV o XLSX").setInputFiles(catalog);
        clickFirst("Importar como borrador");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fichas técnicas de valoración")).click();
        Path bad = Files.createTempFile("fichas", ".csv");
        Files.writeString(bad, "Código,Áreas productoras,Contexto,Contenido,Años de trámite,Justificación\n"
                + "CDG.1C.1,Secretaría General,Ley Orgánica art. 10,Iniciativas,3,Testimonian la labor legislativa\n");
        page.getByLabel("Archivo CSV o XLSX").setInputFiles(bad);
        clickFirst("Importar las fichas");
        assertThat(page.locator(".error-summary")).containsText("no dice lo mismo que el catálogo");
        check("archives-fichas-errors");
        Path good = Files.createTempFile("fichas", ".csv");
        Files.writeString(good, "Código,Áreas productoras,Contexto,Contenido,Años de trámite,Justificación\n"
                + "CDG.1C.1,Secretaría General,Ley Orgánica art. 10,Iniciativas,2,Testimonian la labor legislativa\n");
        page.getByLabel("Archivo CSV o XLSX").setInputFiles(good);
        clickFirst("Importar las fichas");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Se importó una ficha");
        assertThat(page.getByText("Testimonian la labor legislativa")).isVisible();
        check("archives-fichas-draft");
    }

    /** The área coordinadora designates an archive's responsible person on the guía; a missing post is refused. */
    @Test
    void theCoordinatorDesignatesAnArchivesResponsiblePersonOnTheGuide() {
        String email = TestAccounts.uniqueEmail("coordinacion");
        Account coordinator = accounts.signUp(email, TestAccounts.PASSWORD, "Coordinación de archivos");
        SystemActor.run(() -> accounts.grant(coordinator.getId(), Role.COORDINATING_ARCHIVIST,
                "poder-ejecutivo-durango", null));
        signIn(email, TestAccounts.PASSWORD);
        open("/archivos/poder-ejecutivo-durango/guia");
        page.getByLabel("Archivo", new Page.GetByLabelOptions().setExact(true)).selectOption("TRAMITE");
        page.getByLabel("Unidad administrativa").fill("Secretaría de Salud");
        page.getByLabel("Persona responsable").fill("Dra. Elena Ibarra Ruiz");
        page.getByLabel("Ubicación").fill("Edificio de Salud, sótano");
        clickFirst("Designar y publicar");
        assertThat(page.locator(".error-summary")).containsText("Falta el cargo");
        check("archives-guide-designate-errors");
        page.getByLabel("Cargo").fill("Responsable del archivo de trámite");
        clickFirst("Designar y publicar");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Se registró la persona responsable");
        assertThat(page.getByRole(AriaRole.ROWHEADER, new Page.GetByRoleOptions()
                .setName("Archivo de trámite · Secretaría de Salud"))).isVisible();
        check("archives-guide-designate");
    }

    /**
     * The Grupo Interdisciplinario: everyone reads the executive's members and the session that approved its
     * instruments; an institution's área coordinadora registers members (a bad one first) and a session's minutes.
     */
    @Test
    void theGroupsMembersAndSessionsReadForEveryoneAndTheCoordinatorKeepsThem() {
        open("/archivos/poder-ejecutivo-durango");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Grupo Interdisciplinario").setExact(true))
                .click();
        assertThat(page.locator("h1")).hasText("Grupo Interdisciplinario");
        assertThat(page.getByRole(AriaRole.ROWHEADER, new Page.GetByRoleOptions()
                .setName("Lic. Ana Sofía Herrera Galindo"))).isVisible();
        assertThat(page.getByText(ArchivesDemoActs.firstSession(today))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Versión 1 del cuadro, el catálogo y las fichas"))).isVisible();
        // the session that approved the demo's two bajas links to each, and each baja's acta back to it
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Baja documental 1 · dictamen " + ArchivesDemoActs.dictamen(1, today))).click();
        assertThat(page.locator("h1")).hasText("Baja documental 1");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Acta de la sesión del Grupo Interdisciplinario")).click();
        assertThat(page.getByText(ArchivesDemoActs.secondSession(today))).isVisible();
        check("archives-group");

        String slug = "grupo-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        SystemActor.run(() -> directory.createInstitution(new org.apertura.jurisdiction.InstitutionDraft(slug,
                "Instituto del grupo", null, "durango", org.apertura.jurisdiction.Branch.AUTONOMOUS, false, null,
                null)));
        String email = TestAccounts.uniqueEmail("grupo");
        Account coordinator = accounts.signUp(email, TestAccounts.PASSWORD, "Coordinación de archivos");
        SystemActor.run(() -> accounts.grant(coordinator.getId(), Role.COORDINATING_ARCHIVIST, slug, null));
        signIn(email, TestAccounts.PASSWORD);
        open("/archivos/" + slug + "/grupo");
        page.getByLabel("Cargo", new Page.GetByLabelOptions().setExact(true)).fill("Coordinadora de Archivos");
        clickFirst("Registrar y publicar");
        assertThat(page.locator(".error-summary")).containsText("Escriba el nombre de la persona");
        check("archives-group-errors");
        page.getByLabel("Nombre", new Page.GetByLabelOptions().setExact(true)).fill("Lic. Ana Herrera");
        page.getByLabel("Área que encabeza").selectOption("ARCHIVES");
        clickFirst("Registrar y publicar");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Se registró al integrante");
        page.getByLabel("Nombre", new Page.GetByLabelOptions().setExact(true)).fill("Mtro. Julio Ríos");
        page.getByLabel("Cargo", new Page.GetByLabelOptions().setExact(true)).fill("Director Jurídico");
        page.getByLabel("Área que encabeza").selectOption("LEGAL");
        clickFirst("Registrar y publicar");
        page.getByLabel("Número de acta").fill("GI-01/2026");
        page.getByLabel("Acuerdos").fill("Primero. Se aprueban las fichas técnicas de valoración.");
        clickFirst("Registrar el acta y publicarla");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Se registró el acta de la sesión");
        assertThat(page.locator("article")).containsText("Mtro. Julio Ríos, Director Jurídico");
        check("archives-group-session");
    }

    @Test
    void theDemoArchivesReadForEveryone() {
        open("/archivos");
        assertThat(page.locator("h1")).hasText("Archivos");
        check("archives-index");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Poder Ejecutivo del Estado de Durango"))
                .first().click();
        assertThat(page.getByText(ArchivesDemoActs.firstSession(today))).isVisible();
        check("archives-institution");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Índice de expedientes clasificados como "
                + "reservados")).click();
        check("archives-reserved");
        page.goBack();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Guía de archivo documental")).click();
        assertThat(page.locator("h1")).hasText("Guía de archivo documental");
        assertThat(page.getByRole(AriaRole.ROWHEADER, new Page.GetByRoleOptions().setName("PEED.1C.2").setExact(true))).isVisible();
        assertThat(page.getByRole(AriaRole.ROWHEADER, new Page.GetByRoleOptions().setName("Archivo histórico")))
                .isVisible();
        check("archives-guide");
        // the lists of actas de baja and of transfers, each row leading to its acta or inventory
        open("/archivos/poder-ejecutivo-durango");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Actas de baja documental")).click();
        assertThat(page.locator("h1")).hasText("Actas de baja documental");
        assertThat(page.getByRole(AriaRole.ROWHEADER, new Page.GetByRoleOptions().setName("Baja documental 2")))
                .isVisible();
        assertThat(page.getByText("No ejecutada: había retenciones")).isVisible();
        check("archives-disposals");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Baja documental 1")).click();
        assertThat(page.locator("h1")).hasText("Baja documental 1");
        open("/archivos/poder-ejecutivo-durango");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Transferencias de expedientes")).click();
        assertThat(page.locator("h1")).hasText("Transferencias de expedientes");
        check("archives-transfers");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Transferencia primaria 1")).click();
        assertThat(page.locator("h1")).hasText("Transferencia primaria 1");
        // the exercise's own records, filed by themselves: the demo's access requests and the secretariat's sessions
        open("/archivos/poder-ejecutivo-durango/expedientes");
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("Solicitud de acceso a la información"))
                .first()).isVisible();
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("Sesión")).first()).isVisible();
        check("archives-general");
        page.locator("tr", new Page.LocatorOptions().setHasText("Sesión")).first().locator("a").first().click();
        check("archives-filed-session");
        open("/archivos/poder-ejecutivo-durango/bajas/2");
        assertThat(page.getByText("Hay una solicitud de acceso a la información abierta sobre él",
                new Page.GetByTextOptions().setExact(false)).first()).isVisible();
        check("archives-refused");
    }

    @Test
    void theFondsDescriptionAndItsDevelopmentReadForEveryoneAndTheCoordinatorRecordsThem() {
        open("/archivos/poder-ejecutivo-durango");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Descripción archivística (ISAD(G)) y "
                + "exportación EAD3")).click();
        assertThat(page.locator("h1")).hasText("Descripción archivística: Poder Ejecutivo del Estado de Durango");
        assertThat(page.getByText("3.7 Área de control de la descripción")).isVisible();
        check("archives-isad-fonds");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("PEED.1C Gobierno y coordinación")).first().click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("PEED.1C.2 Correspondencia")).first().click();
        assertThat(page.getByText("Destino final: Baja.")).isVisible();
        check("archives-isad-series");

        open("/archivos/poder-ejecutivo-durango/desarrollo");
        assertThat(page.getByText("Cumplimiento: 60 %", new Page.GetByTextOptions().setExact(false))).isVisible();
        check("archives-development");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Programa anual de desarrollo archivístico")).last().click();
        assertThat(page.getByText("Informe anual de cumplimiento")).isVisible();
        check("archives-pada");

        String email = TestAccounts.uniqueEmail("coordinacion");
        Account coordinator = accounts.signUp(email, TestAccounts.PASSWORD, "Coordinación de archivos del Ejecutivo");
        SystemActor.run(() -> accounts.grant(coordinator.getId(), Role.COORDINATING_ARCHIVIST,
                "poder-ejecutivo-durango", null));
        signIn(email, TestAccounts.PASSWORD);
        open("/archivos/poder-ejecutivo-durango/desarrollo");
        page.getByLabel("Tema", new Page.GetByLabelOptions().setExact(true)).fill("Descripción archivística con ISAD(G)");
        page.getByLabel("Otras personas asistentes").fill("0");
        clickFirst("Registrar la sesión");
        assertThat(page.locator(".error-summary")).containsText("al menos una");
        page.getByLabel("Tema", new Page.GetByLabelOptions().setExact(true)).fill("Descripción archivística con ISAD(G)");
        page.getByLabel("Personal que asistió").fill("Mtra. Elena Ríos Vega, Jefa del Archivo de Trámite");
        page.getByLabel("Otras personas asistentes").fill("23");
        clickFirst("Registrar la sesión");
        assertThat(page.getByText("Se registró la sesión.")).isVisible();
        assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("Descripción archivística con ISAD(G)")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("24").setExact(true))).isVisible();
        check("archives-development-desk");
    }
}
