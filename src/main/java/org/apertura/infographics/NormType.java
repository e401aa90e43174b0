package org.apertura.infographics;

/** The kinds of normative instrument an institution publishes. */
@org.apertura.platform.web.Labels("norm.type")
public enum NormType {
    LEY,
    REGLAMENTO,
    MANUAL,
    LINEAMIENTOS,
    REGLAS_DE_OPERACION
}
