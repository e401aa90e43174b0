package org.apertura.opendata;

import org.apertura.platform.web.Labels;

/**
 * The themes a dataset is classified under: the EU Publications Office data themes that DCAT-AP 3 requires for
 * {@code dcat:theme} ({@link #uri()}), which also cover datos.gob.mx's categories (education, health, security and
 * justice, economy, environment, government and public finance, …).
 */
@Labels("opendata.theme")
public enum DataTheme {
    AGRI, ECON, EDUC, ENER, ENVI, GOVE, HEAL, INTR, JUST, REGI, SOCI, TECH, TRAN;

    public static final String EU_BASE = "http://publications.europa.eu/resource/authority/data-theme/";

    public String uri() {
        return EU_BASE + name();
    }
}
