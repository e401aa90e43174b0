package org.apertura.platform.kits;

import org.apertura.platform.web.Labels;

/**
 * The licence an exercise's content is published under (issue 18): every page of the exercise states it in words and
 * as {@code <link rel="license">}, and the API gives its identifier and address. CC-BY-4.0 unless the exercise chose
 * another; each allows reuse and adaptation with attribution (CC0 without).
 */
@Labels("licence")
public enum ContentLicence {
    CC_BY_4_0("CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/"),
    CC_BY_SA_4_0("CC-BY-SA-4.0", "https://creativecommons.org/licenses/by-sa/4.0/"),
    CC0_1_0("CC0-1.0", "https://creativecommons.org/publicdomain/zero/1.0/"),
    LIBRE_USO_MX("LIBRE-USO-MX", "https://datos.gob.mx/libreusomx");

    private final String id;
    private final String url;

    ContentLicence(String id, String url) {
        this.id = id;
        this.url = url;
    }

    /** The identifier (SPDX where SPDX has one). */
    public String id() {
        return id;
    }

    public String url() {
        return url;
    }

    /** The licence with this identifier ({@code CC-BY-4.0}), or null. */
    public static ContentLicence byId(String id) {
        for (ContentLicence l : values()) {
            if (l.id.equals(id)) {
                return l;
            }
        }
        return null;
    }
}
