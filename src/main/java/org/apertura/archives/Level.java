package org.apertura.archives;

import org.apertura.platform.web.Labels;

/** The levels of the Cuadro General de Clasificación Archivística (LGA art. 13: fondo, sección, serie; subserie). */
@Labels("archives.level")
public enum Level {
    FONDO, SECCION, SERIE, SUBSERIE;

    /** The level a node of this level hangs from (none for the fondo). */
    public Level parent() {
        return switch (this) {
            case FONDO -> null;
            case SECCION -> FONDO;
            case SERIE -> SECCION;
            case SUBSERIE -> SERIE;
        };
    }

    /** Series and subseries are the levels the catálogo de disposición gives vigencias to. */
    public boolean isSeries() {
        return this == SERIE || this == SUBSERIE;
    }
}
