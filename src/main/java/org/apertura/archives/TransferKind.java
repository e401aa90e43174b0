package org.apertura.archives;

import org.apertura.platform.web.Labels;

/** Primary (archivo de trámite → concentración, LGA art. 30) or secondary (concentración → histórico, art. 31 fr. X). */
@Labels("archives.transferKind")
public enum TransferKind {
    PRIMARY, SECONDARY;

    /** The stage files leave. */
    public Stage from() {
        return this == PRIMARY ? Stage.TRAMITE : Stage.CONCENTRACION;
    }

    /** The stage files reach once the receiving archive accepts them. */
    public Stage to() {
        return this == PRIMARY ? Stage.CONCENTRACION : Stage.HISTORICO;
    }
}
