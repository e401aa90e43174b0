package org.apertura.appeal;

import org.apertura.platform.web.Labels;

/**
 * Who executes a medida de apremio (LGTAIP 2025 art. 200: imposed by the guarantor authority "y ejecutadas por sí
 * mismas o con el apoyo de la autoridad competente"; art. 202).
 */
@Labels("appeal.executor")
public enum MeasureExecutor {
    /** A public reprimand, on anyone but a public servant (art. 202 ¶1). */
    GUARANTOR_AUTHORITY,
    /** A public reprimand on a public servant: "ejecutada por el superior jerárquico inmediato" (art. 202 ¶1). */
    IMMEDIATE_SUPERIOR,
    /** A fine of a federal guarantor authority: "ante el Servicio de Administración Tributaria" (art. 202 ¶2). */
    TAX_ADMINISTRATION,
    /** A fine of a state's guarantor authority: "las Secretarías de Finanzas de las entidades federativas" (¶2). */
    STATE_FINANCE_SECRETARIAT;

    /** Who executes a measure of this kind on this person, imposed by a federal authority or a state's one. */
    static MeasureExecutor of(CoerciveMeasure kind, EnforcedPerson person, boolean federal) {
        if (kind == CoerciveMeasure.PUBLIC_REPRIMAND) {
            return person.publicServant() ? IMMEDIATE_SUPERIOR : GUARANTOR_AUTHORITY;
        }
        return federal ? TAX_ADMINISTRATION : STATE_FINANCE_SECRETARIAT;
    }
}
