package org.apertura.budget;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A column an import reads, for expenditure or revenue, with the names it goes by in the common Mexican layouts
 * (Transparencia Presupuestaria's open data, the CONAC formats of the Ley de Disciplina Financiera's quarterly reports,
 * Fiscal Data Packages) so the mapping screen can guess it. Names are compared without accents, case, spaces or
 * punctuation.
 */
public enum ImportField {
    INSTITUTION(BudgetKind.EXPENDITURE, false, "ramo", "ente", "entepublico", "institucion", "dependencia", "desramo"),
    YEAR(BudgetKind.EXPENDITURE, false, "ciclo", "ejerciciofiscal", "anio", "ano", "year", "fiscalyear"),
    PERIOD(BudgetKind.EXPENDITURE, false, "periodo", "trimestre", "quarter", "fecha", "fechacorte"),
    UNIT(BudgetKind.EXPENDITURE, true, "ur", "idur", "unidadresponsable", "claveur", "unidadadministrativa",
            "administrativa", "unit", "unitcode"),
    UNIT_NAME(BudgetKind.EXPENDITURE, false, "desur", "nombreur", "descripcionur", "nombreunidadresponsable",
            "unitname", "descur"),
    /** The programme's modality letter when the key comes in two columns (Transparencia's ID_MODALIDAD + ID_PP). */
    MODALITY(BudgetKind.EXPENDITURE, false, "idmodalidad", "modalidad", "clavemodalidad", "modality"),
    PROGRAMME(BudgetKind.EXPENDITURE, true, "pp", "programa", "programapresupuestario", "idprograma", "claveprograma",
            "clavepp", "idpp", "modalidadpp", "programme", "programmeid"),
    PROGRAMME_NAME(BudgetKind.EXPENDITURE, false, "despp", "nombreprograma", "nombredelprograma", "nombrepp", "descripcionprograma",
            "desprograma", "programmetitle", "programmename", "descpp"),
    OBJECTIVE(BudgetKind.EXPENDITURE, false, "objetivo", "objetivomir", "objetivoprograma", "fin", "proposito",
            "objective"),
    PARTIDA(BudgetKind.EXPENDITURE, true, "partida", "partidaespecifica", "idpartidaespecifica", "idpartida",
            "partidagenerica", "idpartidagenerica", "objetodelgasto", "cog", "clavecog", "objetogasto", "partidacode"),
    EXPENSE_TYPE(BudgetKind.EXPENDITURE, true, "tipodegasto", "tipogasto", "idtipogasto", "tg", "expensetype"),
    FINALIDAD(BudgetKind.EXPENDITURE, false, "finalidad", "idfinalidad", "fi", "gpofuncional", "idgpofuncional",
            "grupofuncional"),
    FUNCTION(BudgetKind.EXPENDITURE, true, "funcion", "idfuncion", "fn", "clasificacionfuncional", "function",
            "functioncode"),
    SUBFUNCTION(BudgetKind.EXPENDITURE, false, "subfuncion", "idsubfuncion", "sf"),
    SOURCE(BudgetKind.EXPENDITURE, true, "fuente", "ff", "idfuente", "fuentedefinanciamiento", "idff",
            "fuentefinanciamiento", "source", "sourcecode"),
    GEO(BudgetKind.EXPENDITURE, false, "geografica", "clavegeografica", "identidadfederativa", "entidadfederativa",
            "municipio", "inegi", "geo", "geocode", "location"),
    APPROVED(BudgetKind.EXPENDITURE, true, "aprobado", "montoaprobado", "pefaprobado", "presupuestoaprobado",
            "approved"),
    EXPANSIONS(BudgetKind.EXPENDITURE, false, "ampliaciones", "ampliacion", "ampliacionesreducciones", "expansions"),
    REDUCTIONS(BudgetKind.EXPENDITURE, false, "reducciones", "reduccion", "reductions"),
    MODIFIED(BudgetKind.EXPENDITURE, false, "modificado", "montomodificado", "presupuestomodificado", "modified"),
    COMMITTED(BudgetKind.EXPENDITURE, false, "comprometido", "montocomprometido", "committed"),
    ACCRUED(BudgetKind.EXPENDITURE, false, "devengado", "montodevengado", "accrued"),
    EXERCISED(BudgetKind.EXPENDITURE, false, "ejercido", "montoejercido", "ejercicio", "exercised"),
    PAID(BudgetKind.EXPENDITURE, false, "pagado", "montopagado", "paid"),

    REVENUE_YEAR(BudgetKind.REVENUE, false, "ciclo", "ejerciciofiscal", "anio", "ano", "year", "fiscalyear"),
    REVENUE_PERIOD(BudgetKind.REVENUE, false, "periodo", "trimestre", "quarter", "fecha"),
    CRI(BudgetKind.REVENUE, true, "cri", "rubro", "claverubro", "clavecri", "concepto", "idcri", "cricode"),
    CRI_NAME(BudgetKind.REVENUE, false, "descripcion", "nombre", "nombrerubro", "desrubro", "concepto", "criname"),
    REVENUE_SOURCE(BudgetKind.REVENUE, false, "fuente", "ff", "fuentedefinanciamiento", "source"),
    ESTIMATED(BudgetKind.REVENUE, true, "estimado", "ingresoestimado", "leydeingresos", "estimated"),
    REVENUE_MODIFIED(BudgetKind.REVENUE, false, "modificado", "ingresomodificado", "modified"),
    REVENUE_ACCRUED(BudgetKind.REVENUE, false, "devengado", "ingresodevengado", "accrued"),
    COLLECTED(BudgetKind.REVENUE, false, "recaudado", "ingresorecaudado", "collected");

    private final BudgetKind kind;
    private final boolean required;
    private final List<String> names;

    ImportField(BudgetKind kind, boolean required, String... names) {
        this.kind = kind;
        this.required = required;
        this.names = List.of(names);
    }

    public BudgetKind kind() {
        return kind;
    }

    public boolean required() {
        return required;
    }

    /** The lower-case key of forms, saved mappings and messages ({@code budget.field.<key>}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static ImportField ofKey(String key) {
        for (ImportField field : values()) {
            if (field.key().equals(key)) {
                return field;
            }
        }
        return null;
    }

    public static List<ImportField> of(BudgetKind kind) {
        return Arrays.stream(values()).filter(f -> f.kind == kind).toList();
    }

    /** Whether a column name is one this field goes by. */
    public boolean answersTo(String columnName) {
        return names.contains(normalise(columnName));
    }

    /**
     * How closely a column name fits: the position of the name in this field's list (lower is closer), or -1 when it
     * is none of them; so of {@code ID_PARTIDA_GENERICA} and {@code ID_PARTIDA_ESPECIFICA} the partida is the latter.
     */
    public int rank(String columnName) {
        return names.indexOf(normalise(columnName));
    }

    /** A column name without accents, case, spaces or punctuation, as the names above are written. */
    public static String normalise(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
