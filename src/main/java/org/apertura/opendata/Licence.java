package org.apertura.opendata;

import java.util.Arrays;
import java.util.Optional;
import org.apertura.platform.web.Labels;

/**
 * The licences a dataset may carry, all open (Open Definition conformant): CC BY 4.0 by default, CC0 1.0, CC BY-SA 4.0
 * and the Mexican government's Términos de Libre Uso MX (datos.gob.mx/libreusomx, which OCP's registry lists as
 * compatible with CC BY 4.0). {@link #id()} is the CKAN {@code license_id} (SPDX where SPDX has one), {@link #title()}
 * the CKAN {@code license_title}, {@link #url()} the licence's address (CKAN {@code license_url}, DCAT {@code dct:license}).
 */
@Labels("opendata.licence")
public enum Licence {
    CC_BY_4_0("CC-BY-4.0", "Creative Commons Attribution 4.0", "https://creativecommons.org/licenses/by/4.0/"),
    CC0_1_0("CC0-1.0", "Creative Commons CCZero 1.0", "https://creativecommons.org/publicdomain/zero/1.0/"),
    CC_BY_SA_4_0("CC-BY-SA-4.0", "Creative Commons Attribution Share-Alike 4.0",
            "https://creativecommons.org/licenses/by-sa/4.0/"),
    LIBRE_USO_MX("libre-uso-mx", "Términos de Libre Uso MX", "https://datos.gob.mx/libreusomx");

    public static final Licence DEFAULT = CC_BY_4_0;

    private final String id;
    private final String title;
    private final String url;

    Licence(String id, String title, String url) {
        this.id = id;
        this.title = title;
        this.url = url;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String url() {
        return url;
    }

    /** Every licence here is open (CKAN {@code isopen}, and the completeness score's "open licence"). */
    public boolean isOpen() {
        return true;
    }

    /**
     * The licence a person or a program named (CKAN id or constant name); blank means the default; any other text is
     * refused as not in the list.
     */
    public static Licence parse(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT;
        }
        return byId(text).orElseThrow(() -> new org.apertura.platform.InvalidInputException("licence",
                "opendata.error.licence"));
    }

    /** The licence with that CKAN id (case-insensitive), or with that constant's name. */
    public static Optional<Licence> byId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(l -> l.id.equalsIgnoreCase(id.strip()) || l.name().equals(id.strip()))
                .findFirst();
    }
}
