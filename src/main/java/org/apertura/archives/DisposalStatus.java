package org.apertura.archives;

import org.apertura.platform.web.Labels;

/**
 * A baja documental's steps: proposed by the archivo de concentración with its inventory, confirmed by the producing
 * unit, approved by the Grupo Interdisciplinario (dictamen and acta, published), executed; or refused at execution
 * because a hold applied by then.
 */
@Labels("archives.disposalStatus")
public enum DisposalStatus {
    PROPOSED, CONFIRMED, APPROVED, EXECUTED, REFUSED
}
