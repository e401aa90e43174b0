package org.apertura.infographics;

import java.time.LocalDate;
import java.util.List;
import org.apertura.infographics.CitizenVersion.Branch;
import org.apertura.infographics.CitizenVersion.Point;
import org.apertura.infographics.CitizenVersion.Step;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.platform.HtmlPdf;
import org.apertura.platform.demo.DemoSeed;
import org.apertura.platform.security.Authority;
import org.apertura.platform.time.Today;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo norms: the access procedure and the appeal are generated from the law rule sets (nothing to load), and one
 * fictional state programme's reglas de operación ("Programa Estatal de Becas de Transporte Escolar", an EXAMPLE, not
 * a real programme) is published by the state executive with a stand-in official text (a PDF saying it is an example),
 * in two versions so the earlier one stays readable. The
 * trípticos of the demo plan and of DGO-02 are printed from their data on request. Loaded once.
 */
@DemoSeed.Seed(name = "infographics", needs = "jurisdiction", after = "challenge")
class InfographicsDemo implements DemoSeed {

    private static final Logger log = LoggerFactory.getLogger(InfographicsDemo.class);
    static final String STATE = "poder-ejecutivo-durango";
    static final String SLUG = "reglas-becas-transporte-escolar";

    private final NormService norms;
    private final NormRepository repository;
    private final JurisdictionService directory;
    private final Today today;

    InfographicsDemo(NormService norms, NormRepository repository, JurisdictionService directory, Today today) {
        this.norms = norms;
        this.repository = repository;
        this.directory = directory;
        this.today = today;
    }

    @Override
    public void seed() {
        if (repository.existsBySlug(SLUG)
                || directory.allInstitutions().stream().noneMatch(i -> STATE.equals(i.getSlug()))) {
            return;
        }
        SystemActor.runHolding(() -> {
            LocalDate published = today.date().minusMonths(6);
            norms.create(draft(published, 30, null), new NormService.OfficialFile("reglas-becas-transporte-ejemplo.pdf",
                    HtmlPdf.render("<h1>Reglas de Operación del Programa Estatal de Becas de Transporte Escolar</h1>"
                            + "<p>Texto de demostración: no es una publicación oficial ni un programa real.</p>",
                            "Reglas de operación (ejemplo)")));
            norms.revise(SLUG, draft(published, 20, "Se redujo el plazo para entregar la beca de 30 a 20 días hábiles "
                    + "(reforma de demostración)."), null);
        }, Authority.of(Role.NORMS_EDITOR, STATE));
        log.info("Demo norms: the reglas de operación of a fictional state programme, in two versions.");
    }

    static NormDraft draft(LocalDate published, int deliveryDays, String note) {
        CitizenVersion version = new CitizenVersion(
                List.of(new Point("Ayuda con el pasaje del transporte a estudiantes de secundaria y bachillerato que "
                        + "viven lejos de su escuela.", "art. 1")),
                List.of(new Point("Estudiantes de escuelas públicas de Durango que viven a más de tres kilómetros de su "
                        + "escuela.", "art. 4")),
                List.of(new Point("Una beca de 600 pesos al mes durante el ciclo escolar.", "art. 6"),
                        new Point("Una tarjeta para pagar el transporte.", "art. 7")),
                List.of(new Point("Constancia de estudios del ciclo escolar.", "art. 9 fr. I"),
                        new Point("Comprobante de domicilio.", "art. 9 fr. II"),
                        new Point("CURP del estudiante.", "art. 9 fr. III")),
                List.of(new Step("Tú (estudiante o familia)", "Llenas la solicitud en línea o en tu escuela.", 15,
                                DayType.CALENDAR, "art. 10", false, List.of()),
                        new Step("Secretaría de Educación", "Revisa que la solicitud esté completa.", 10,
                                DayType.BUSINESS, "art. 11", true, List.of(new Branch("Falta un documento", 3),
                                        new Branch("Está completa", 4))),
                        new Step("Tú (estudiante o familia)", "Entregas el documento que falta.", 5, DayType.BUSINESS,
                                "art. 11", true, List.of(new Branch("Lo entregas a tiempo", 2),
                                        new Branch("No lo entregas: la solicitud se cancela", null))),
                        new Step("Comité de Becas", "Decide quién recibe la beca, según la distancia y el ingreso de "
                                + "la familia.", 20, DayType.BUSINESS, "art. 13", true, List.of(
                                        new Branch("Te dan la beca", 5), new Branch("No te la dan: te explican por qué",
                                                null))),
                        new Step("Secretaría de Educación", "Te entrega la tarjeta con la beca.", deliveryDays,
                                DayType.BUSINESS, "art. 15", false, List.of())),
                List.of(new Point("Pedir la beca es gratis.", "art. 8")),
                List.of(new Point("En línea: becas.durango.example.mx (sitio de demostración).", null),
                        new Point("En persona: la dirección de tu escuela.", null)),
                List.of(new Point("Recibir un trato igual, sin pagar nada a nadie.", "art. 20"),
                        new Point("Saber por qué no te dieron la beca.", "art. 13")),
                List.of(new Point("Si no estás de acuerdo, presenta una queja en el Órgano Interno de Control en 15 "
                        + "días hábiles.", "art. 22")),
                List.of(new Point("Teléfono 618 000 0000 (número de demostración).", null)));
        return new NormDraft(SLUG, STATE, NormType.REGLAS_DE_OPERACION,
                "Reglas de Operación del Programa Estatal de Becas de Transporte Escolar (ejemplo)",
                "Periódico Oficial del Gobierno del Estado de Durango (publicación de demostración)",
                published, null, version, note);
    }
}
