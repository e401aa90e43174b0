package org.apertura.contracting;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The Mexican procurement procedures and the OCDS method codelist they map to. The three procedures are those of
 * the Ley de Adquisiciones, Arrendamientos y Servicios del Sector Público, art. 26 (and of the Ley de Obras
 * Públicas y Servicios Relacionados con las Mismas, art. 27; the states' laws use the same three):
 * licitación pública → {@code open}, invitación a cuando menos tres personas → {@code selective},
 * adjudicación directa → {@code direct}. The Mexican name goes into {@code procurementMethodDetails}.
 */
public enum ProcedureMethod {
    PUBLIC_TENDER("open", "Licitación pública"),
    INVITATION_TO_THREE("selective", "Invitación a cuando menos tres personas"),
    DIRECT_AWARD("direct", "Adjudicación directa");

    private final String code;
    private final String mexicanName;

    ProcedureMethod(String code, String mexicanName) {
        this.code = code;
        this.mexicanName = mexicanName;
    }

    /** The OCDS {@code procurementMethod} code. */
    public String code() {
        return code;
    }

    /** The procedure's name in Mexican law, as published in {@code procurementMethodDetails}. */
    public String mexicanName() {
        return mexicanName;
    }

    /** The procedure a person wrote by its Mexican name (accents and case aside), or by its OCDS code. */
    public static Optional<ProcedureMethod> byName(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = plain(text);
        for (ProcedureMethod method : values()) {
            if (plain(method.mexicanName).equals(wanted) || method.code.equals(wanted)
                    || method == INVITATION_TO_THREE && wanted.startsWith("invitacion")) {
                return Optional.of(method);
            }
        }
        return Optional.empty();
    }

    private static String plain(String text) {
        return Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("\\s+", " ");
    }
}
