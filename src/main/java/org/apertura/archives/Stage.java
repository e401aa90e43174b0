package org.apertura.archives;

import org.apertura.platform.web.Labels;

/**
 * Where a case file is in its life cycle (LGA art. 30-31): in the unit's archivo de trámite, in the archivo de
 * concentración after its primary transfer, in the archivo histórico after its secondary transfer, or destroyed by a
 * baja documental (only its metadata remain).
 */
@Labels("archives.stage")
public enum Stage {
    TRAMITE, CONCENTRACION, HISTORICO, BAJA
}
