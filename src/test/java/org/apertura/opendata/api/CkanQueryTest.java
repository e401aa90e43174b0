package org.apertura.opendata.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.apertura.opendata.api.CkanQuery.All;
import org.apertura.opendata.api.CkanQuery.And;
import org.apertura.opendata.api.CkanQuery.Not;
import org.apertura.opendata.api.CkanQuery.Or;
import org.apertura.opendata.api.CkanQuery.Range;
import org.apertura.opendata.api.CkanQuery.Term;
import org.apertura.opendata.api.CkanQuery.Words;
import org.junit.jupiter.api.Test;

/** The Solr query subset of CKAN's package_search, as harvesters and clients send it. */
class CkanQueryTest {

    @Test
    void blankAndMatchAllAreEverything() {
        assertThat(CkanQuery.parse("")).isInstanceOf(All.class);
        assertThat(CkanQuery.parse(null)).isInstanceOf(All.class);
        assertThat(CkanQuery.parse("*:*")).isInstanceOf(All.class);
        assertThat(CkanQuery.parse(" * ")).isInstanceOf(All.class);
    }

    @Test
    void fieldsWithPlainAndQuotedValues() {
        assertThat(CkanQuery.parse("organization:secretaria-de-salud"))
                .isEqualTo(new Term("organization", "secretaria-de-salud"));
        assertThat(CkanQuery.parse("tags:\"agua potable\"")).isEqualTo(new Term("tags", "agua potable"));
        assertThat(CkanQuery.parse("res_format:CSV license_id:CC-BY-4.0")).isEqualTo(new And(List.of(
                new Term("res_format", "CSV"), new Term("license_id", "CC-BY-4.0"))));
        assertThat(CkanQuery.parse("name:obras\\:2026")).isEqualTo(new Term("name", "obras:2026"));
    }

    @Test
    void theIncrementalHarvestFilterOfCkanextHarvest() {
        // ckanharvester.py: ' '.join(fq_terms) with metadata_modified:[{isoformat()}Z TO *]
        CkanQuery.Node node = CkanQuery.parse(
                "organization:ayuntamiento-durango OR organization:ieed metadata_modified:[2026-12-01T10:15:30.123456Z TO *]");
        assertThat(node).isEqualTo(new And(List.of(
                new Or(List.of(new Term("organization", "ayuntamiento-durango"), new Term("organization", "ieed"))),
                new Range("metadata_modified", Instant.parse("2026-12-01T10:15:30.123456Z"), true, null, true))));
    }

    @Test
    void rangesAreInclusiveOrExclusiveAndOpen() {
        Range range = (Range) CkanQuery.parse("metadata_modified:{2026-01-01T00:00:00Z TO 2026-02-01}");
        assertThat(range.contains(Instant.parse("2026-01-01T00:00:00Z"))).isFalse();
        assertThat(range.contains(Instant.parse("2026-01-01T00:00:01Z"))).isTrue();
        assertThat(range.contains(Instant.parse("2026-02-01T00:00:00Z"))).isFalse();
        Range open = (Range) CkanQuery.parse("metadata_created:[* TO 2026-02-01T00:00:00]");
        assertThat(open.contains(Instant.parse("1999-01-01T00:00:00Z"))).isTrue();
        assertThat(open.contains(Instant.parse("2026-02-01T00:00:00Z"))).isTrue();
        assertThat(open.contains(Instant.parse("2026-02-01T00:00:01Z"))).isFalse();
    }

    @Test
    void groupsNegationAndExplicitOperators() {
        assertThat(CkanQuery.parse("tags:(agua OR drenaje)")).isEqualTo(new Or(List.of(new Term("tags", "agua"),
                new Term("tags", "drenaje"))));
        assertThat(CkanQuery.parse("tags:(agua drenaje)")).isEqualTo(new And(List.of(new Term("tags", "agua"),
                new Term("tags", "drenaje"))));
        assertThat(CkanQuery.parse("-organization:ieed AND +res_format:CSV")).isEqualTo(new And(List.of(
                new Not(new Term("organization", "ieed")), new Term("res_format", "CSV"))));
        assertThat(CkanQuery.parse("NOT tags:agua || (res_format:CSV && res_format:JSON)")).isEqualTo(new Or(List.of(
                new Not(new Term("tags", "agua")),
                new And(List.of(new Term("res_format", "CSV"), new Term("res_format", "JSON"))))));
        assertThat(CkanQuery.parse("organization:*")).isEqualTo(new Term("organization", "*"));
    }

    @Test
    void wordsWithoutAFieldSearchTheText() {
        assertThat(CkanQuery.parse("obras públicas")).isEqualTo(new And(List.of(new Words("text", "obras"),
                new Words("text", "públicas"))));
        assertThat(CkanQuery.parse("title:\"obra pública\"")).isEqualTo(new Words("title", "obra pública"));
    }

    @Test
    void qAndEveryFilterMustAllMatch() {
        assertThat(CkanQuery.parse("*:*", List.of("organization:a", "tags:b"))).isEqualTo(new And(List.of(
                new Term("organization", "a"), new Term("tags", "b"))));
        assertThat(CkanQuery.parse("", List.of())).isInstanceOf(All.class);
    }

    @Test
    void malformedQueriesAreRefusedWithWhere() {
        assertThatThrownBy(() -> CkanQuery.parse("organization:(")).isInstanceOf(CkanQuery.SyntaxError.class)
                .hasMessageContaining("organization:(");
        for (String bad : List.of("organization:", "(tags:a", "tags:a)", "tags:\"agua", "colour:red", "tags:a OR",
                "metadata_modified:[NOW-1DAY TO *]", "metadata_modified:[2026-01-01 TO *", "metadata_modified:[x TO *]",
                "tags:[a TO b]", "{!lucene}tags:a", "*:x", "a AND", "tags:a\\")) {
            assertThatThrownBy(() -> CkanQuery.parse(bad)).as(bad).isInstanceOf(CkanQuery.SyntaxError.class);
        }
    }

    @Test
    void sortsCkanAndHarvestersUse() {
        assertThat(CkanSort.parse(null).keys()).containsExactly(new CkanSort.Key("score", false),
                new CkanSort.Key("metadata_modified", false));
        assertThat(CkanSort.parse("id asc").keys()).containsExactly(new CkanSort.Key("id", true));
        assertThat(CkanSort.parse("title_string asc, name desc").keys()).containsExactly(
                new CkanSort.Key("title", true), new CkanSort.Key("name", false));
        for (String bad : List.of("colour asc", "name", "name upwards", ",")) {
            assertThatThrownBy(() -> CkanSort.parse(bad)).as(bad).isInstanceOfSatisfying(CkanError.class,
                    e -> assertThat(e.type()).isEqualTo("Search Query Error"));
        }
    }
}
