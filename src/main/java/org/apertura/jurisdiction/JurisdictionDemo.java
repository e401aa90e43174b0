package org.apertura.jurisdiction;

import org.apertura.platform.demo.DemoSeed;
import org.apertura.platform.security.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The demo directory loaded on an empty database (turn off with APERTURA_DEMO=false): the federation,
 * the state of Durango with three municipalities, their main institutions and guarantor authorities, through the
 * same services (and so the same rules and public history) administrators use. Then it says so with
 * {@link DemoDirectoryLoaded}, on which the deadlines module adds the IDAIP's demo calendar.
 */
@DemoSeed.Seed(name = "jurisdiction")
class JurisdictionDemo implements DemoSeed {

    private static final Logger log = LoggerFactory.getLogger(JurisdictionDemo.class);

    private final JurisdictionService service;
    private final ApplicationEventPublisher events;
    private final GuarantorService guarantors;
    private final org.apertura.platform.time.Today today;

    JurisdictionDemo(JurisdictionService service, ApplicationEventPublisher events, GuarantorService guarantors,
            org.apertura.platform.time.Today today) {
        this.service = service;
        this.events = events;
        this.guarantors = guarantors;
        this.today = today;
    }

    /**
     * The day the demo's Durango harmonisation gives the Congress and the Judiciary their own guarantor
     * authorities: a demo date a few days before the demo loads (so the demo shows a pending appeal following the
     * new authority), not a verified one: the research could not confirm when Durango's new law took effect.
     */
    static java.time.LocalDate harmonisedOn(java.time.LocalDate loadDay) {
        return loadDay.minusDays(5);
    }

    @Override
    public void seed() {
        if (service.isEmpty()) {
            SystemActor.run(this::load);
            log.info("Demo directory loaded: the federation, Durango and three of its municipalities, and the "
                    + "IDAIP's demo calendar.");
        }
    }

    private void load() {
        jurisdiction("mexico", "Estados Unidos Mexicanos", JurisdictionLevel.FEDERAL, null, null,
                "La Federación: el orden federal de gobierno.");
        jurisdiction("durango", "Durango", JurisdictionLevel.STATE, "mexico", "10",
                "Entidad federativa que firmó en 2015 la primera Declaración Conjunta para un Gobierno Abierto local.");
        jurisdiction("municipio-de-durango", "Durango (municipio)", JurisdictionLevel.MUNICIPALITY, "durango", "10005",
                "Municipio capital del estado de Durango.");
        jurisdiction("gomez-palacio", "Gómez Palacio", JurisdictionLevel.MUNICIPALITY, "durango", "10007",
                "Municipio de la Comarca Lagunera, en el estado de Durango.");
        jurisdiction("tepehuanes", "Tepehuanes", JurisdictionLevel.MUNICIPALITY, "durango", "10035",
                "Municipio de la sierra del estado de Durango.");

        institution("poder-ejecutivo-durango", "Poder Ejecutivo del Estado de Durango", null, "durango",
                Branch.EXECUTIVE, false);
        institution("congreso-durango", "H. Congreso del Estado de Durango", null, "durango", Branch.LEGISLATIVE, false);
        institution("poder-judicial-durango", "Poder Judicial del Estado de Durango", null, "durango", Branch.JUDICIAL,
                false);
        institution("idaip", "Instituto Duranguense de Acceso a la Información Pública y de Protección de Datos Personales",
                "IDAIP", "durango", Branch.AUTONOMOUS, true);
        institution("secretaria-contraloria-durango", "Secretaría de la Contraloría del Estado de Durango", null,
                "durango", Branch.EXECUTIVE, false);
        institution("oic-congreso-durango", "Órgano Interno de Control del H. Congreso del Estado de Durango", null,
                "durango", Branch.LEGISLATIVE, false);
        institution("disciplina-judicial-durango", "Órgano de Control y Disciplina del Poder Judicial del Estado de Durango",
                null, "durango", Branch.JUDICIAL, false);
        institution("transparencia-para-el-pueblo", "Transparencia para el Pueblo", null, "mexico", Branch.EXECUTIVE,
                false);
        institution("ayuntamiento-durango", "H. Ayuntamiento del Municipio de Durango", null, "municipio-de-durango",
                Branch.MUNICIPAL, false);
        institution("ayuntamiento-gomez-palacio", "R. Ayuntamiento de Gómez Palacio", null, "gomez-palacio",
                Branch.MUNICIPAL, false);
        institution("ayuntamiento-tepehuanes", "H. Ayuntamiento de Tepehuanes", null, "tepehuanes", Branch.MUNICIPAL,
                false);

        authorities();
        events.publishEvent(new DemoDirectoryLoaded());
    }

    /**
     * The guarantor authorities of the 2025 law in the demo (LGTAIP 2025 art. 3 fr. III–V). The IDAIP appears as
     * what it was: the guarantor of the 2015 declaration, operating as the transitional state institute under
     * Transitorio Décimo Noveno, with the dates the research supports and a note where they are uncertain; on the
     * demo's harmonisation day the Congress and the Judiciary pass to their own bodies (art. 3 fr. V), while the
     * executive and the municipalities stay with the IDAIP until its extinction, whose date is not verified.
     */
    private void authorities() {
        java.time.LocalDate harmonised = harmonisedOn(today.date());
        String uncertain = "Fecha de demostración: la investigación no pudo confirmar cuándo entró en vigor la nueva ley "
                + "de transparencia de Durango (revisión legal 2026-12, §6).";
        authority("idaip", GuarantorKind.TRANSITIONAL_STATE_INSTITUTE, "LGTAIP 2025, Transitorio Décimo Noveno; "
                + "Constitución Política del Estado de Durango", null, null, "Organismo garante de la Declaración "
                + "Conjunta de 2015. La reforma constitucional de Durango de 2025 lo extingue (nota de prensa de "
                + "Notigram, 10-04-2025: conserva su personalidad solo para liquidarse); la fecha de su extinción no está "
                + "verificada. Sigue operando como organismo en transición hasta la armonización.");
        authority("secretaria-contraloria-durango", GuarantorKind.LOCAL_COMPTROLLER, "LGTAIP 2025, art. 3 fr. IV", null,
                null, "Señalada por notas de prensa como sucesora del IDAIP; no verificado en el decreto.");
        authority("oic-congreso-durango", GuarantorKind.LEGISLATIVE_COMPTROLLER, "LGTAIP 2025, art. 3 fr. V",
                harmonised.toString(), null, uncertain);
        authority("disciplina-judicial-durango", GuarantorKind.JUDICIAL_DISCIPLINE, "LGTAIP 2025, art. 3 fr. V",
                harmonised.toString(), null, uncertain);
        authority("transparencia-para-el-pueblo", GuarantorKind.FEDERAL, "LGTAIP 2025, art. 3 fr. III; Transitorio "
                + "Primero (en vigor el 21-03-2025)", "2025-03-21", null, null);
        for (Branch kind : Branch.values()) {
            assign("durango", kind, null, "idaip", null, "LGTAIP 2025, Transitorio Décimo Noveno: el organismo garante "
                    + "estatal sigue operando hasta que Durango armonice su ley");
        }
        assign("durango", Branch.LEGISLATIVE, null, "oic-congreso-durango", harmonised.toString(),
                "LGTAIP 2025, art. 3 fr. V (contraloría interna del Poder Legislativo del estado); armonización de "
                        + "demostración");
        assign("durango", Branch.JUDICIAL, null, "disciplina-judicial-durango", harmonised.toString(),
                "LGTAIP 2025, art. 3 fr. V (órgano de control y disciplina del Poder Judicial del estado); armonización "
                        + "de demostración");
        for (Branch kind : java.util.List.of(Branch.EXECUTIVE, Branch.TRUST, Branch.PUBLIC_FUNDS)) {
            assign("mexico", kind, null, "transparencia-para-el-pueblo", "2025-03-21", "LGTAIP 2025, art. 3 fr. III");
        }
    }

    private void authority(String slug, GuarantorKind kind, String basis, String from, String to, String note) {
        guarantors.register(new GuarantorDrafts.Authority(slug, kind, basis, from, to, note));
    }

    private void assign(String jurisdiction, Branch kind, String institution, String authority, String from,
            String basis) {
        guarantors.assign(new GuarantorDrafts.Assignment(jurisdiction, kind, institution, authority, from, null, basis));
    }

    private void jurisdiction(String slug, String name, JurisdictionLevel level, String parent, String inegi,
            String description) {
        service.createJurisdiction(new JurisdictionDraft(slug, name, level, parent, inegi, description, null));
    }

    private void institution(String slug, String name, String acronym, String jurisdiction, Branch branch,
            boolean guarantor) {
        service.createInstitution(new InstitutionDraft(slug, name, acronym, jurisdiction, branch, guarantor, null, null));
    }
}
