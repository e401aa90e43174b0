package org.apertura.archives;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.apertura.platform.security.Authority;
import org.apertura.platform.security.PublicActor;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.SystemActor;

/** Files and actors for the archives' tests. */
public final class ArchivesTesting {

    private ArchivesTesting() {
    }

    /** A small, valid CGCA with its catalog: one fondo, two sections, four series (one with two subseries). */
    public static final String CATALOG = """
            Nivel,Código,Nombre,Unidad productora,Atribución,Valor documental,Años de trámite,Años de concentración,Total,Técnica de selección,Clasificación,Datos personales,Observaciones
            Fondo,CDG,Congreso del Estado,,,,,,,,,,
            Sección,CDG.1C,Legislación,,,,,,,,,,
            Serie,CDG.1C.1,Iniciativas de ley,Secretaría General,Ley Orgánica del Congreso art. 10,A/L,2,8,10,Conservación,Pública,No,
            Serie,CDG.1C.2,Correspondencia,Oficialía de Partes,Reglamento interior art. 5,A,1,2,3,Baja,Pública,Sí,
            Sección,CDG.2C,Recursos humanos,,,,,,,,,,
            Serie,CDG.2C.1,Expedientes de personal,Dirección de Administración,Reglamento interior art. 40,,,,,,,,
            Subserie,CDG.2C.1.1,Nombramientos,,,A/L,3,7,10,Muestreo,Confidencial,Sí,
            Subserie,CDG.2C.1.2,Incidencias,,,A,1,4,5,Baja,Pública,Sí,
            Serie,CDG.2C.2,Auditorías,Contraloría Interna,Ley de Fiscalización art. 7,A/L/F-C,2,10,12,Baja,Reservada,No,
            """;

    /** A ficha técnica de valoración for each of {@link #CATALOG}'s five series and subseries: its approval needs them. */
    public static final String FICHAS = """
            Código,Áreas productoras,Contexto,Contenido,Justificación de la valoración
            CDG.1C.1,Secretaría General,Ley Orgánica del Congreso art. 10,Iniciativas y sus dictámenes,Testimonian la labor legislativa
            CDG.1C.2,Oficialía de Partes,Reglamento interior art. 5,Oficios recibidos y enviados,Sin valor secundario: baja al terminar
            CDG.2C.1.1,Dirección de Administración,Reglamento interior art. 40,Nombramientos del personal,Se conserva una muestra
            CDG.2C.1.2,Dirección de Administración,Reglamento interior art. 40,Incidencias del personal,Sin valor secundario: baja al terminar
            CDG.2C.2,Contraloría Interna,Ley de Fiscalización art. 7,Auditorías practicadas,Sin valor secundario: baja al terminar
            """;

    /** Imports {@link #FICHAS} into a draft of {@link #CATALOG}, as the institution's archivist. */
    public static void fichas(ValuationSheets sheets, Instrument draft) {
        as(Role.ARCHIVIST, draft.getInstitutionSlug(), () -> sheets.importFile(draft.getInstitutionSlug(),
                draft.getNumber(), bytes(FICHAS)));
    }

    public static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Runs the work as someone holding the role in the institution's scope. */
    public static <T> T as(Role role, String institution, Supplier<T> work) {
        return as("test-" + role, role, institution, work);
    }

    /** Runs the work as a named person (acts that record who acted) holding the role in the scope. */
    public static <T> T asPerson(String name, Role role, String scope, Supplier<T> work) {
        return as(new Person(name), role, scope, work);
    }

    private record Person(String displayName) implements PublicActor {
        @Override
        public Long accountId() {
            return null;
        }
    }

    private static <T> T as(Object principal, Role role, String institution, Supplier<T> work) {
        return SystemActor.callAs(principal, SystemActor.grants(Authority.of(role, institution)), work);
    }
}
