package org.apertura.archives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apertura.platform.TableFile;
import org.apertura.platform.Workbook;
import org.junit.jupiter.api.Test;

/** Reading a CGCA with its catalog: the tree, the catalog rows, and every problem of a bad file at once. */
class CatalogReaderTest {

    private static List<CatalogRow> read(String csv) {
        return CatalogReader.read(TableFile.of(ArchivesTesting.bytes(csv)));
    }

    private static List<String> problems(String csv) {
        try {
            read(csv);
        } catch (CatalogImportException e) {
            return e.problems().stream().map(p -> p.line() + " " + p.messageKey()).toList();
        }
        throw new AssertionError("the file was accepted");
    }

    @Test
    void readsTheTreeAndTheCatalog() {
        List<CatalogRow> rows = read(ArchivesTesting.CATALOG);
        assertThat(rows).hasSize(9);
        CatalogRow audits = rows.get(8);
        assertThat(audits.level()).isEqualTo(Level.SERIE);
        assertThat(audits.parentCode()).isEqualTo("CDG.2C");
        assertThat(audits.values()).containsExactlyInAnyOrder(PrimaryValue.A, PrimaryValue.L, PrimaryValue.FC);
        assertThat(audits.yearsActive()).isEqualTo(2);
        assertThat(audits.yearsSemiactive()).isEqualTo(10);
        assertThat(audits.destination()).isEqualTo(Destination.BAJA);
        assertThat(audits.classification()).isEqualTo(Classification.RESERVED);
        CatalogRow appointments = rows.get(6);
        assertThat(appointments.parentCode()).isEqualTo("CDG.2C.1");
        assertThat(appointments.producingUnit()).as("a subseries inherits its series' unit")
                .isEqualTo("Dirección de Administración");
        assertThat(appointments.destination()).isEqualTo(Destination.MUESTREO);
    }

    @Test
    void theColumnSetArchivesAlreadyKeepIsReadWithoutLevelsFromTheCodes() {
        List<CatalogRow> rows = read("""
                ID Serie;Nombre Serie;Unidad productora;Atribución;Valor documental;Años de trámite;Años de concentración;Técnica de selección;Datos personales;Observaciones
                PEED;Poder Ejecutivo;;;;;;;;
                PEED.1C;Gobierno;;;;;;;;
                PEED.1C.1;Acuerdos;Secretaría General;Ley Orgánica art. 3;A, L;2;5;C;No;Se conservan
                """);
        assertThat(rows).extracting(CatalogRow::level).containsExactly(Level.FONDO, Level.SECCION, Level.SERIE);
        assertThat(rows.get(2).destination()).isEqualTo(Destination.CONSERVACION);
        assertThat(rows.get(2).classification()).as("public unless the catalog says otherwise")
                .isEqualTo(Classification.PUBLIC);
    }

    @Test
    void aSeriesWithoutACatalogEntryAndVigenciasThatDoNotAddUpAreRefusedTogether() {
        assertThat(problems("""
                Nivel,Código,Nombre,Unidad productora,Atribución,Valor documental,Años de trámite,Años de concentración,Total,Técnica de selección
                Fondo,X,Fondo,,,,,,,
                Sección,X.1,Sección,,,,,,,
                Serie,X.1.1,Sin catálogo,Unidad,Atribución,,,,,
                Serie,X.1.2,Mal sumada,Unidad,Atribución,A,2,3,6,Baja
                Serie,X.1.3,Años raros,Unidad,Atribución,A,dos,3,,Baja
                """)).containsExactlyInAnyOrder("4 archives.import.error.noCatalog",
                        "5 archives.import.error.totalMismatch", "6 archives.import.error.badYears");
        assertThat(problems("""
                Nivel,Código,Nombre,Unidad productora,Atribución,Valor documental,Años de trámite,Años de concentración,Total,Técnica de selección
                Fondo,X,Fondo,,,,,,,
                Sección,X.1,Sección,,,,,,,
                Serie,X.1.1,Sin catálogo,Unidad,Atribución,,,,,
                Serie,X.1.2,Sin unidad,,,A,1,1,2,Destruir todo
                Serie,X.1.2,Repetida,Unidad,Atribución,A,1,1,2,Baja
                """)).containsExactlyInAnyOrder("4 archives.import.error.noCatalog",
                        "5 archives.import.error.unknownDestination", "6 archives.import.error.duplicateCode");
    }

    @Test
    void theTreeMustHangFromOneFonds() {
        assertThat(problems("""
                Nivel,Código,Nombre,Unidad productora,Atribución,Valor documental,Años de trámite,Años de concentración,Técnica de selección
                Sección,X.1,Sección,,,,,,
                Serie,X.1.1,Serie,Unidad,Atribución,A,1,1,Baja
                """)).contains("2 archives.import.error.noParent.SECCION", "0 archives.import.error.noFonds");
        assertThat(problems("Código,Nombre\n")).containsExactly("0 archives.import.error.noRows");
        assertThat(problems("Nombre,Años\nX,1\n")).containsExactly("0 archives.import.error.missingColumn.CODE");
    }

    @Test
    void anXlsxWithEnglishHeadersReadsTheSame() {
        List<List<Object>> sheet = new ArrayList<>();
        sheet.add(List.of("Level", "Code", "Name", "Producing unit", "Attribution", "Primary values",
                "Years in the active archive", "Years in the semi-active archive", "Total years", "Final destination",
                "Classification", "Personal data"));
        sheet.add(List.of("Fonds", "F", "Fonds", "", "", "", "", "", "", "", "", ""));
        sheet.add(List.of("Section", "F.1", "Section", "", "", "", "", "", "", "", "", ""));
        sheet.add(List.of("Series", "F.1.1", "Minutes", "Secretariat", "Rules art. 1", "A/L", BigDecimal.valueOf(2),
                BigDecimal.valueOf(5), BigDecimal.valueOf(7), "Conservation", "Public", "No"));
        List<CatalogRow> rows = CatalogReader.read(TableFile.of(Workbook.write("CADIDO", sheet)));
        assertThat(rows.get(2).yearsActive()).isEqualTo(2);
        assertThat(rows.get(2).destination()).isEqualTo(Destination.CONSERVACION);
        assertThat(rows.get(2).personalData()).isFalse();
    }

    @Test
    void aBinaryFileIsATableProblem() {
        assertThatThrownBy(() -> TableFile.of(new byte[] {0, 1, 2, 3, 0, 0}))
                .isInstanceOf(TableFile.TableException.class);
    }

    /** Spanish and English words of the import's messages, as the page and the API show them. */
    private static final org.springframework.context.support.ResourceBundleMessageSource WORDS =
            new org.springframework.context.support.ResourceBundleMessageSource();

    static {
        WORDS.setBasename("i18n/archives");
        WORDS.setDefaultEncoding("UTF-8");
        WORDS.setFallbackToSystemLocale(false);
    }

    private static List<CatalogProblem> problemsOf(String csv) {
        try {
            read(csv);
        } catch (CatalogImportException e) {
            return e.problems();
        }
        throw new AssertionError("the file was accepted");
    }

    @Test
    void everyProblemOfABadRowIsNamedInSpanishAndEnglish() {
        String longName = "N".repeat(301);
        List<CatalogProblem> problems = new ArrayList<>(problemsOf("""
                Nivel,Código,Nombre,Unidad productora,Atribución,Valor documental,Años de trámite,Años de concentración,Total,Técnica de selección,Clasificación,Datos personales,Observaciones
                Fondo,X,Fondo,,,,,,,,,,
                Fondo,Y,Otro fondo,,,,,,,,,,
                Sección,X.1,Sección,,,,,,,,,,
                Serie,,Sin código,U,At,A,1,1,2,Baja,,,
                Serie,X.1.2,,U,At,A,1,1,2,Baja,,,
                Serie,X.1.3 $,Código raro,U,At,A,1,1,2,Baja,,,
                Carpeta,X.1.4,Nivel raro,U,At,A,1,1,2,Baja,,,
                Serie,X.1.5,Valor raro,U,At,Z,1,1,2,Baja,,,
                Serie,X.1.6,Sin vigencia,U,At,A,0,0,0,Baja,,,
                Serie,X.1.7,Clasificación rara,U,At,A,1,1,2,Baja,Secreta,,
                Serie,X.1.8,Datos raros,U,At,A,1,1,2,Baja,Pública,Quizá,
                Serie,X.1.9,Sin unidad,,,A,1,1,2,Baja,,,
                Sección,X.2,Sección con vigencias,,,A,1,1,2,Baja,,,
                Serie,X.2.1,Con subseries,U,At,A,1,1,2,Baja,,,
                Subserie,X.2.1.1,Subserie,,,A,1,1,2,Baja,,,
                Serie,X.2.2,%s,U,At,A,1,1,2,Baja,,,
                """.formatted(longName)));
        problems.addAll(problemsOf("Código,Nombre\nA.B.C.D.E,Cinco niveles\n"));
        problems.addAll(problemsOf("Nivel,Código,Nombre\nFondo,X,Fondo\nSección,X.1,Sección\n"));
        assertThat(problems).extracting(p -> p.line() + " " + p.messageKey()).contains(
                "3 archives.import.error.twoFonds", "5 archives.import.error.emptyCode",
                "6 archives.import.error.emptyName", "7 archives.import.error.badCode",
                "8 archives.import.error.unknownLevel", "9 archives.import.error.unknownValue",
                "10 archives.import.error.noVigencia", "11 archives.import.error.unknownClassification",
                "12 archives.import.error.unknownYesNo", "13 archives.import.error.noUnit",
                "13 archives.import.error.noAttribution", "14 archives.import.error.dispositionOnLevel",
                "15 archives.import.error.dispositionOnParent", "17 archives.import.error.tooLong",
                "2 archives.import.error.tooDeep", "0 archives.import.error.noSeries");
        for (CatalogProblem p : problems) {
            for (java.util.Locale locale : List.of(java.util.Locale.forLanguageTag("es-MX"), java.util.Locale.ENGLISH)) {
                String words = WORDS.getMessage(p.messageKey(), p.args(), locale);
                assertThat(words).as(p.messageKey() + " in " + locale).isNotBlank().doesNotContain("{0}")
                        .isNotEqualTo(p.messageKey());
            }
        }
        assertThat(words(problems, "archives.import.error.dispositionOnParent", "es-MX"))
                .isEqualTo("La serie X.2.1 tiene subseries: las vigencias van en cada subserie, no en la serie.");
        assertThat(words(problems, "archives.import.error.tooLong", "es-MX"))
                .isEqualTo("El texto es demasiado largo (hasta 300 caracteres).");
        assertThat(words(problems, "archives.import.error.twoFonds", "en")).isNotEqualTo(
                words(problems, "archives.import.error.twoFonds", "es-MX"));
    }

    private static String words(List<CatalogProblem> problems, String key, String language) {
        CatalogProblem p = problems.stream().filter(q -> q.messageKey().equals(key)).findFirst().orElseThrow();
        return WORDS.getMessage(key, p.args(), java.util.Locale.forLanguageTag(language));
    }
}
