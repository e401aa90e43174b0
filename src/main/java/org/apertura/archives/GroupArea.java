package org.apertura.archives;

import org.apertura.platform.web.Labels;

/**
 * The areas whose heads sit on the Grupo Interdisciplinario (LGA art. 50 as the research notes map it from the
 * Chihuahua state law, which copies the LGA's wording; unverified against the LGA's text): jurídica, planeación y/o
 * mejora continua, coordinación de archivos, tecnologías de la información, unidad de transparencia, órgano interno de
 * control, and the producing areas of the documents.
 */
@Labels("archives.groupArea")
public enum GroupArea {
    LEGAL, PLANNING, ARCHIVES, IT, TRANSPARENCY, INTERNAL_CONTROL, PRODUCING
}
