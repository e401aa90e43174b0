package org.apertura.infographics;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apertura.infographics.CitizenVersion.Branch;
import org.apertura.infographics.CitizenVersion.Point;
import org.apertura.infographics.CitizenVersion.Step;
import org.apertura.deadlines.BusinessCalendars;
import org.apertura.deadlines.CalendarService;
import org.apertura.deadlines.GuarantorCalendar;
import org.apertura.jurisdiction.Institution;
import org.apertura.jurisdiction.Jurisdiction;
import org.apertura.jurisdiction.JurisdictionLevel;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.deadlines.LawRules;
import org.apertura.deadlines.Provision;
import org.apertura.deadlines.RuleSet;
import org.apertura.deadlines.Term;
import org.apertura.platform.time.Today;
import org.springframework.stereotype.Component;

/**
 * The law rule sets Apertura already applies, as citizen versions: "Cómo pedir información pública" and "Cómo
 * presentar un recurso de revisión", generated on every read from the rule set in force today for a jurisdiction
 * (jurisdiction module's {@link LawRules}) and counted on its guarantor's business calendar — so when a rule set or
 * an adoption changes, the page, the diagram and the tríptico change with it. Nothing is stored.
 *
 * <p>The terms and their articles come from the rule set. The few acts that start no term of the set (filing, its
 * requirements, what an appeal can be against) cite the LGTAIP 2025 when it is the set in force, and otherwise name
 * the law without an article rather than cite a wrong one.
 */
@Component
public class LawNorms {

    public static final String ACCESS = "como-pedir-informacion-publica";
    public static final String APPEAL = "como-presentar-un-recurso-de-revision";
    static final Set<String> SLUGS = Set.of(ACCESS, APPEAL);
    private static final String LGTAIP_2025 = "LGTAIP-2025";

    private final LawRules rules;
    private final BusinessCalendars calendars;
    private final CalendarService calendarService;
    private final JurisdictionService directory;
    private final Today today;

    LawNorms(LawRules rules, BusinessCalendars calendars, CalendarService calendarService,
            JurisdictionService directory, Today today) {
        this.rules = rules;
        this.calendars = calendars;
        this.calendarService = calendarService;
        this.directory = directory;
        this.today = today;
    }

    /**
     * The jurisdictions a generated norm can be read for: those with a guarantor authority, states first (Apertura
     * serves local government; since the 2025 model the federation has its own authority too), then the federation.
     */
    public List<Jurisdiction> jurisdictions() {
        return directory.all().stream().filter(j -> directory.guarantorFor(j).isPresent())
                .sorted(Comparator.comparing((Jurisdiction j) -> j.getLevel() != JurisdictionLevel.STATE)
                        .thenComparing(Jurisdiction::getLevel).thenComparing(Jurisdiction::getName)).toList();
    }

    /** The jurisdiction shown when none is asked for: the first with a guarantor body. */
    public Optional<Jurisdiction> defaultJurisdiction() {
        return jurisdictions().stream().findFirst();
    }

    /** Both generated norms for a jurisdiction (the default one when the slug is null or unknown). */
    public List<NormView> all(String jurisdictionSlug) {
        return jurisdiction(jurisdictionSlug).map(j -> List.of(access(j), appeal(j))).orElse(List.of());
    }

    /** A generated norm for a jurisdiction, if the slug is one. */
    public Optional<NormView> find(String slug, String jurisdictionSlug) {
        if (!SLUGS.contains(slug)) {
            return Optional.empty();
        }
        return jurisdiction(jurisdictionSlug).map(j -> ACCESS.equals(slug) ? access(j) : appeal(j));
    }

    private Optional<Jurisdiction> jurisdiction(String slug) {
        if (slug != null) {
            Optional<Jurisdiction> asked = jurisdictions().stream().filter(j -> j.getSlug().equals(slug)).findFirst();
            if (asked.isPresent()) {
                return asked;
            }
        }
        return defaultJurisdiction();
    }

    /** How to ask for public information, under the rule set in force today for the jurisdiction. */
    NormView access(Jurisdiction jurisdiction) {
        RuleSet set = rules.forAct(jurisdiction, today.date());
        Rules r = new Rules(set);
        Institution guarantor = directory.guarantorFor(jurisdiction).orElseThrow();
        List<Step> steps = List.of(
                new Step("Tú (persona solicitante)", "Presentas tu solicitud en la Plataforma Nacional de "
                        + "Transparencia, en la Unidad de Transparencia, por correo o de palabra. No tienes que dar tu "
                        + "nombre ni decir para qué la quieres.", null, DayType.BUSINESS, r.fixed("art. 124"), false,
                        List.of()),
                new Step("Unidad de Transparencia", "Revisa tu solicitud.", r.days(Term.CLARIFICATION_REQUEST),
                        DayType.BUSINESS, r.article(Term.CLARIFICATION_REQUEST), true, List.of(
                                new Branch("No le toca a esta institución", 3),
                                new Branch("Le falta detalle para encontrar la información", 4),
                                new Branch("Está clara", 5))),
                new Step("Unidad de Transparencia", "Te avisa que no le toca y te dice a qué institución preguntar.",
                        r.days(Term.NOT_COMPETENT_NOTICE), DayType.BUSINESS, r.article(Term.NOT_COMPETENT_NOTICE),
                        false, List.of(new Branch("Presentas tu solicitud donde te indican", null))),
                new Step("Tú (persona solicitante)", "Aclaras o corriges tu solicitud, una sola vez.",
                        r.days(Term.CLARIFICATION_REPLY), DayType.BUSINESS, r.article(Term.CLARIFICATION_REPLY), true,
                        List.of(new Branch("Aclaras a tiempo", 5),
                                new Branch("No aclaras: la solicitud se tiene por no presentada", null))),
                new Step("Unidad de Transparencia", "Turna tu solicitud a las áreas que pueden tener la información.",
                        null, DayType.BUSINESS, set.law() + " " + set.provision(Provision.TURN), false, List.of()),
                new Step("Unidad de Transparencia", "Te responde: te entrega la información, te dice dónde está "
                        + "publicada o te explica por qué no puede darla.", r.days(Term.ANSWER), DayType.BUSINESS,
                        r.article(Term.ANSWER), true, List.of(new Branch("Responde a tiempo", 8),
                                new Branch("Necesita más tiempo", 7))),
                new Step("Comité de Transparencia", "Amplía el plazo para responder, una sola vez y explicando por qué.",
                        r.days(Term.EXTENSION), DayType.BUSINESS, r.article(Term.EXTENSION), false, List.of()),
                new Step("Tú (persona solicitante)", "Recibes la respuesta. Si no estás de acuerdo, o no te "
                        + "respondieron a tiempo, puedes presentar un recurso de revisión.", r.days(Term.APPEAL),
                        DayType.BUSINESS, r.article(Term.APPEAL), false, List.of()));
        CitizenVersion version = new CitizenVersion(
                List.of(new Point("Sirve para que cualquier persona pida información a una institución pública.",
                        r.fixed("art. 124"))),
                List.of(new Point("Se aplica a todas las instituciones públicas de " + jurisdiction.getName()
                        + ": gobierno, congreso, tribunales, municipios y organismos autónomos.", r.fixed("art. 124"))),
                List.of(new Point("Puedes pedir cualquier documento que una institución tenga, genere o guarde.",
                                r.fixed("art. 124")),
                        new Point("Puedes pedirla en copia, por correo, en consulta directa o en un formato accesible o "
                                + "en tu lengua.", r.fixed("art. 126 fr. III"))),
                List.of(new Point("Un medio para recibir avisos, como un correo.", r.fixed("art. 126 fr. I")),
                        new Point("Describir la información que buscas.", r.fixed("art. 126 fr. II")),
                        new Point("No te pueden pedir tu nombre ni para qué la quieres.", r.fixed("art. 126"))),
                steps,
                List.of(new Point("Preguntar es gratis. Solo pagas las copias o el envío, si los pides; tienes "
                        + r.days(Term.PAYMENT) + " días hábiles para pagar y la información te espera "
                        + r.days(Term.AVAILABILITY) + " días hábiles.", r.article(Term.PAYMENT))),
                List.of(new Point("En línea: Plataforma Nacional de Transparencia, o en Apertura (/solicitudes).", null),
                        new Point("En persona: la Unidad de Transparencia de la institución.", null)),
                List.of(new Point("Recibir una respuesta en " + r.days(Term.ANSWER) + " días hábiles, o en "
                        + (r.days(Term.ANSWER) + r.days(Term.EXTENSION)) + " si se amplía el plazo.",
                        r.article(Term.ANSWER))),
                List.of(new Point("Si no te responden o no estás de acuerdo, presenta un recurso de revisión ante "
                        + guarantor.getName() + " en " + r.days(Term.APPEAL) + " días hábiles.", r.article(Term.APPEAL))),
                List.of(new Point(guarantor.getName() + (guarantor.getWebsite() == null ? "" : ": " + guarantor.getWebsite()),
                        null)));
        return view(ACCESS, "Cómo pedir información pública", jurisdiction, guarantor, set, version);
    }

    /** How to file an appeal (recurso de revisión), under the rule set in force today for the jurisdiction. */
    NormView appeal(Jurisdiction jurisdiction) {
        RuleSet set = rules.forAct(jurisdiction, today.date());
        Rules r = new Rules(set);
        Institution guarantor = directory.guarantorFor(jurisdiction).orElseThrow();
        List<Step> steps = List.of(
                new Step("Tú (persona recurrente)", "Presentas el recurso ante " + guarantor.getName() + ", contado "
                        + "desde que recibiste la respuesta o desde que venció el plazo para darla.", r.days(Term.APPEAL),
                        DayType.BUSINESS, r.article(Term.APPEAL), false, List.of()),
                new Step(guarantor.getName(), "Revisa tu recurso.", null, DayType.BUSINESS, r.fixed("art. 147"), true,
                        List.of(new Branch("Le falta algún dato: te pide corregirlo", 3),
                                new Branch("Está completo: lo admite", 4),
                                new Branch("No procede: lo desecha y te explica por qué", null))),
                new Step("Tú (persona recurrente)", "Corriges tu recurso, una sola vez.",
                        r.days(Term.APPEAL_CLARIFICATION_REPLY), DayType.BUSINESS,
                        r.article(Term.APPEAL_CLARIFICATION_REPLY), true, List.of(new Branch("Corriges a tiempo", 4),
                                new Branch("No corriges: se desecha", null))),
                new Step("Tú y la institución", "Presentan sus argumentos y pruebas (alegatos).",
                        r.days(Term.APPEAL_ALLEGATIONS), DayType.BUSINESS, r.article(Term.APPEAL_ALLEGATIONS), false,
                        List.of()),
                new Step(guarantor.getName(), "Resuelve: confirma, modifica o revoca la respuesta de la institución.",
                        r.days(Term.APPEAL_RESOLUTION), DayType.BUSINESS, r.article(Term.APPEAL_RESOLUTION), true,
                        List.of(new Branch("Resuelve a tiempo", 7), new Branch("Necesita más tiempo", 6))),
                new Step(guarantor.getName(), "Amplía el plazo para resolver, una sola vez.",
                        r.days(Term.APPEAL_RESOLUTION_EXTENSION), DayType.BUSINESS,
                        r.article(Term.APPEAL_RESOLUTION_EXTENSION), false, List.of()),
                new Step("La institución", "Cumple la resolución y lo informa.", r.days(Term.COMPLIANCE),
                        DayType.BUSINESS, r.article(Term.COMPLIANCE), false, List.of()),
                new Step("Tú (persona recurrente)", "Si no estás de acuerdo con el cumplimiento, lo dices.",
                        r.days(Term.OBJECTION), DayType.BUSINESS, r.article(Term.OBJECTION), false, List.of()),
                new Step(guarantor.getName(), "Verifica si la institución cumplió.", r.days(Term.VERIFICATION),
                        DayType.BUSINESS, r.article(Term.VERIFICATION), false, List.of()));
        CitizenVersion version = new CitizenVersion(
                List.of(new Point("Sirve para que " + guarantor.getName() + " revise la respuesta que te dieron, o la "
                        + "falta de respuesta.", r.fixed("art. 145"))),
                List.of(new Point("A quien pidió información a una institución pública de " + jurisdiction.getName()
                        + ".", r.fixed("art. 145"))),
                List.of(new Point("Que te entreguen la información, completa y en el formato que pediste.",
                                r.fixed("art. 145")),
                        new Point("Que revisen si la información se clasificó bien como reservada o confidencial.",
                                r.fixed("art. 145 fr. I"))),
                List.of(new Point("La institución a la que preguntaste y el folio de tu solicitud.", r.fixed("art. 146")),
                        new Point("Un medio para recibir avisos.", r.fixed("art. 146")),
                        new Point("La respuesta que recibiste, si la hubo, y por qué no estás de acuerdo.",
                                r.fixed("art. 146"))),
                steps,
                List.of(new Point("Presentar el recurso es gratis.", r.fixed("art. 146"))),
                List.of(new Point("En línea: Plataforma Nacional de Transparencia, o en Apertura desde tu solicitud.", null),
                        new Point("En persona: " + guarantor.getName() + ".", null)),
                List.of(new Point("Que resuelvan en " + r.days(Term.APPEAL_RESOLUTION) + " días hábiles, o en "
                        + (r.days(Term.APPEAL_RESOLUTION) + r.days(Term.APPEAL_RESOLUTION_EXTENSION))
                        + " si amplían el plazo.", r.article(Term.APPEAL_RESOLUTION))),
                List.of(new Point("Si la institución no cumple, dilo en " + r.days(Term.OBJECTION) + " días hábiles.",
                        r.article(Term.OBJECTION))),
                List.of(new Point(guarantor.getName() + (guarantor.getWebsite() == null ? "" : ": " + guarantor.getWebsite()),
                        null)));
        return view(APPEAL, "Cómo presentar un recurso de revisión", jurisdiction, guarantor, set, version);
    }

    private NormView view(String slug, String title, Jurisdiction jurisdiction, Institution guarantor, RuleSet set,
            CitizenVersion version) {
        String calendarSlug = calendars.calendarOf(jurisdiction);
        String calendar = calendarService.calendars().stream().filter(c -> c.slug().equals(calendarSlug))
                .map(GuarantorCalendar::name).findFirst().orElse("Calendario nacional de días inhábiles");
        String sha = org.apertura.platform.Hashing.sha256Hex(NormService.JSON.writeValueAsString(version)
                + calendarSlug + calendars.version(calendarSlug));
        LocalDate published = set.effectiveFrom();
        return new NormView(slug, title + " (" + jurisdiction.getName() + ")", NormType.LEY, guarantor.getSlug(),
                guarantor.getName(), set.name(), published, null, null, 1, 1, null, sha, version,
                new NormView.Generated(set.code(), set.law(), jurisdiction.getSlug(), jurisdiction.getName(), calendar));
    }

    /** The days and articles of one rule set. */
    private record Rules(RuleSet set) {

        int days(Term term) {
            return set.term(term).businessDays();
        }

        String article(Term term) {
            return set.law() + " " + set.term(term).article();
        }

        /** An article of the LGTAIP 2025 for acts with no term in the set; for other sets, the law alone. */
        String fixed(String article) {
            return LGTAIP_2025.equals(set.code()) ? set.law() + " " + article : set.law();
        }
    }
}
