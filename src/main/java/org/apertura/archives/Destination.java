package org.apertura.archives;

import org.apertura.platform.web.Labels;

/**
 * Destino final of a series once its vigencias end (técnica de selección of the catálogo): baja (destroyed after a
 * dictamen and acta), conservación (secondary transfer to the archivo histórico, LGA art. 31 fr. X) or muestreo
 * (a sample is kept, the rest goes to baja).
 */
@Labels("archives.destination")
public enum Destination {
    BAJA, CONSERVACION, MUESTREO
}
