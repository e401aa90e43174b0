package org.apertura.jurisdiction;

import org.apertura.platform.security.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo directory loaded on an empty database (turn off with APERTURA_DEMO=false): the federation,
 * the state of Durango with three municipalities, and their main institutions, through the same
 * service (and so the same rules and public history) that administrators use.
 */
@Component
@Order(10)
class JurisdictionDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(JurisdictionDemo.class);

    private final JurisdictionService service;
    private final boolean enabled;

    JurisdictionDemo(JurisdictionService service, @Value("${apertura.demo:true}") boolean enabled) {
        this.service = service;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled && service.isEmpty()) {
            SystemActor.run(this::load);
            log.info("Demo directory loaded: the federation, Durango and three of its municipalities.");
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
        institution("ayuntamiento-durango", "H. Ayuntamiento del Municipio de Durango", null, "municipio-de-durango",
                Branch.MUNICIPAL, false);
        institution("ayuntamiento-gomez-palacio", "R. Ayuntamiento de Gómez Palacio", null, "gomez-palacio",
                Branch.MUNICIPAL, false);
        institution("ayuntamiento-tepehuanes", "H. Ayuntamiento de Tepehuanes", null, "tepehuanes", Branch.MUNICIPAL,
                false);
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
