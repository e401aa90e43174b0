package org.apertura.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import org.apertura.accessinfo.AccessRequestService;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.platform.security.Role;
import org.apertura.identity.TestAccounts;
import org.apertura.deadlines.BusinessCalendars;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A request in the browser from filing without a name to the answer: the acuse with its due date and the
 * private follow-up link, the unit's clarification, the requester's reply through that link, the committee's
 * extension and the answer with a file, each page checked with axe-core on a phone, and the public page
 * showing every step without who asked.
 */
class AccessRequestBrowserTest extends BrowserTest {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    AccountService accounts;
    @Autowired
    AccessRequestService service;
    @Autowired
    BusinessCalendars calendars;
    @Autowired
    JurisdictionService jurisdictions;

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** A two-page document: the first names a private person, the second is ordinary text. */
    static byte[] stenographicVersion() {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument();
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            var font = new org.apache.pdfbox.pdmodel.font.PDType1Font(
                    org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
            String[][] pages = {{"Comparecencia de Rosalba Quiñones Treviño,", "con domicilio en Calle Pino Suárez 412."},
                    {"Sesión de la Comisión de Transparencia", "del 12 de marzo de 2025."}};
            for (String[] lines : pages) {
                var p = new org.apache.pdfbox.pdmodel.PDPage();
                doc.addPage(p);
                try (var c = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, p)) {
                    c.beginText();
                    c.setFont(font, 14);
                    c.newLineAtOffset(72, 700);
                    for (String line : lines) {
                        c.showText(line);
                        c.newLineAtOffset(0, -20);
                    }
                    c.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String pdfText(byte[] pdf) {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aPersonFilesWithoutANameAndTheUnitAndCommitteeCarryTheRequestToItsAnswer() {
        Account unit = TestAccounts.person(accounts, "Unidad de Transparencia del Congreso");
        Account committee = TestAccounts.person(accounts, "Comité de Transparencia del Congreso");
        SystemActor.run(() -> {
            accounts.grant(unit.getId(), Role.TRANSPARENCY_UNIT, "congreso-durango", null);
            accounts.grant(committee.getId(), Role.COMMITTEE, "congreso-durango", null);
        });
        String email = "solicitante-" + System.nanoTime() + "@correo.mx";

        open("/solicitudes");
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Presentar una solicitud")).first().click();
        assertThat(page.getByText("No necesita dar su nombre")).isVisible();
        page.getByLabel("H. Congreso del Estado de Durango", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Qué información busca").fill("Las versiones estenográficas de las sesiones de comisiones de 2025.");
        page.getByLabel("Electrónica (archivos)").check();
        page.getByLabel("Por correo electrónico").check();
        page.getByLabel("Correo electrónico para avisos").fill(email);
        assertAccessible();
        assertFitsThePhone();
        button("Presentar la solicitud").click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Acuse de recibo de solicitud de acceso a la información"))).isVisible();
        String due = calendars.dueDate(calendars.calendarOf(jurisdictions.institution("congreso-durango").getJurisdiction()),
                service.today(), 20).dueDate().format(DAY);
        assertThat(page.getByText(due).first()).isVisible();
        // Durango's own law is not modelled: the acuse says the general law applies as the fallback.
        assertThat(page.getByText("Se aplica la ley general como supletoria").first()).isVisible();
        assertThat(page.getByText(email)).hasCount(0);
        assertAccessible();
        assertFitsThePhone();
        String follow = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Abrir mi página de seguimiento"))
                .getAttribute("href");
        String folio = page.locator("h2").filter(new Locator.FilterOptions().setHasText("Folio")).first().textContent()
                .replace("Folio", "").strip();
        assertThat(folio).startsWith("congreso-durango-");

        signIn(unit.getEmail(), TestAccounts.PASSWORD);
        open("/unidad");
        // The unit's inbox heads each request with its question, says its folio and the business days left, and
        // finds it by words of the question.
        Locator asked = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Las versiones estenográficas de las sesiones de comisiones de 2025."));
        assertThat(asked).isVisible();
        assertThat(page.getByText("Folio " + folio)).isVisible();
        assertThat(page.locator("li").filter(new Locator.FilterOptions().setHasText("Folio " + folio))
                .getByText(java.util.regex.Pattern.compile("Quedan \\d+ días hábiles \\(vence el "))).isVisible();
        page.getByText("Filtrar").click();
        page.getByLabel("Palabras de la pregunta o folio").fill("estenografica comisiones");
        page.getByLabel("Urgencia", new Page.GetByLabelOptions().setExact(true)).selectOption("Con tiempo");
        button("Buscar").click();
        assertThat(page.getByText("Se muestra 1 de")).isVisible();
        assertThat(asked).isVisible();
        checkPage("unit-inbox");
        asked.click();
        button("Turnar a las áreas competentes").click();
        assertThat(page.getByText("Se turnó la solicitud.")).isVisible();
        page.getByLabel("Pedir una aclaración (una sola vez, dentro de los primeros días)")
                .fill("¿De qué comisiones y de qué meses?");
        assertAccessible();
        button("Pedir la aclaración").click();
        assertThat(page.getByText("el plazo de respuesta quedó detenido")).isVisible();
        signOut();

        // Without the link at hand, the requester types the key of the acuse from the requests page.
        open("/solicitudes");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("¿Ya presentó una solicitud? Ábrala con su clave de seguimiento")).click();
        page.getByLabel("Clave de seguimiento").fill(follow.substring("/seguimiento/".length()));
        checkPage("follow-form");
        button("Abrir mi seguimiento").click();
        page.waitForURL(url(follow));
        assertThat(page.getByText("Esta página es privada")).isVisible();
        assertAccessible();
        assertThat(page.getByText("Folio " + folio)).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Las versiones estenográficas de las sesiones de comisiones de 2025.")).click();
        page.getByLabel("Su aclaración").fill("De la Comisión de Transparencia, de enero a junio de 2025.");
        assertAccessible();
        button("Enviar la aclaración").click();
        assertThat(page.getByText("el plazo de respuesta empezó de nuevo")).isVisible();

        signIn(committee.getEmail(), TestAccounts.PASSWORD);
        open("/solicitudes/" + folio);
        page.getByLabel("Asunto").selectOption("EXTENSION");
        page.getByLabel("Sentido").selectOption("CONFIRM");
        page.getByLabel("Fundamento y motivación").fill("Las versiones suman 1,200 páginas que deben revisarse.");
        page.getByLabel("Sesión del Comité").fill("CT-EXT-07/2026");
        assertAccessible();
        button("Registrar la resolución").click();
        assertThat(page.getByText("Se registró la resolución del Comité.")).isVisible();
        assertThat(page.getByText("Prorrogada").first()).isVisible();

        // The versions name a private person: the committee confirms it as confidential before the answer.
        page.getByLabel("Asunto").selectOption("CONFIDENTIAL");
        page.getByLabel("Sentido").selectOption("CONFIRM");
        page.getByLabel("Fundamento y motivación").fill("Nombre y domicilio de una persona particular (art. 115).");
        page.getByLabel("Sesión del Comité").fill("CT-CLA-08/2026");
        button("Registrar la resolución").click();
        assertThat(page.getByText("Se registró la resolución del Comité.")).isVisible();
        signOut();

        signIn(unit.getEmail(), TestAccounts.PASSWORD);
        open("/solicitudes/" + folio);
        page.getByLabel("Resultado").selectOption("PARTIALLY_DELIVERED");
        page.getByLabel("Texto de la respuesta").fill("Se entregan las versiones estenográficas en versión pública.");
        page.getByLabel("Archivos que se entregan (se publican)").setInputFiles(new FilePayload("indice.pdf",
                "application/pdf", "%PDF-1.4\n% indice\n%%EOF".getBytes(StandardCharsets.UTF_8)));
        page.getByLabel("Documento original (PDF)").setInputFiles(new FilePayload("version-estenografica.pdf",
                "application/pdf", stenographicVersion()));
        page.getByLabel("Frases a testar").fill("Rosalba Quiñones Treviño\nCalle Pino Suárez 412");
        page.getByLabel("Fundamento legal de lo testado").fill("LGTAIP 2025 art. 115: datos personales");
        assertAccessible();
        button("Enviar la respuesta").click();
        assertThat(page.getByText("Se envió la respuesta.")).isVisible();
        signOut();

        open("/solicitudes/" + folio);
        assertThat(page.getByText("Entregada en versión pública").first()).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("indice.pdf"))).isVisible();
        Locator publicVersion = page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("version-estenografica-version-publica.pdf"));
        assertThat(publicVersion).isVisible();
        assertThat(page.getByText("2 partes testadas").first()).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("version-estenografica.pdf")))
                .hasCount(0);
        byte[] published = page.request().get(url(publicVersion.getAttribute("href"))).body();
        String text = pdfText(published);
        assertThat(text).doesNotContain("Rosalba").doesNotContain("Quiñones").doesNotContain("Pino Suárez")
                .contains("Sesión de la Comisión de Transparencia");
        assertThat(page.getByText("Se amplió el plazo de respuesta").first()).isVisible();
        assertThat(page.getByText("De la Comisión de Transparencia, de enero a junio de 2025.")).isVisible();
        assertThat(page.getByText(email)).hasCount(0);
        assertAccessible();
        assertFitsThePhone();
        open("/solicitudes?q=estenograficas");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Las versiones estenográficas de las sesiones de comisiones de 2025."))).isVisible();
        assertThat(page.getByText("Folio " + folio)).isVisible();
        assertAccessible();
        open("/solicitudes/cifras");
        assertAccessible();
        assertFitsThePhone();
    }
}
