package org.apertura.archives;

import org.apertura.platform.web.Labels;

/**
 * The archives of a sistema institucional de archivos whose responsible people the Guía de archivo documental names
 * (LGA art. 20-21 per the research notes, unverified against the law's text): an archivo de trámite for each producing
 * unit, the archivo de concentración and the archivo histórico.
 */
@Labels("archives.archiveKind")
public enum ArchiveKind {
    TRAMITE, CONCENTRACION, HISTORICO
}
