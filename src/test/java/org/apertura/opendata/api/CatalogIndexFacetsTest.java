package org.apertura.opendata.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apertura.opendata.api.CatalogIndex.Entry;
import org.apertura.opendata.api.CatalogIndex.Facet;
import org.apertura.opendata.api.CatalogIndex.FacetCounts;
import org.apertura.opendata.api.CatalogIndex.FacetValues;
import org.junit.jupiter.api.Test;

/**
 * The search index counts facets by the codes of their values, over the entries a search matched only: the counts are
 * CKAN's (largest first, ties by name, {@code facet.mincount}, {@code facet.limit}, negative for all), and a compiled
 * query matches as the query says.
 */
class CatalogIndexFacetsTest {

    private final FacetValues[] values = {new FacetValues(), new FacetValues(), new FacetValues(), new FacetValues(),
        new FacetValues()};

    private Entry entry(long id, String organization, Set<String> tags, Set<String> formats, String title) {
        int[][] codes = new int[Facet.values().length][];
        codes[Facet.ORGANIZATION.ordinal()] = new int[] {values[0].code(organization)};
        codes[Facet.TAGS.ordinal()] = values[1].codes(tags);
        codes[Facet.RES_FORMAT.ordinal()] = values[2].codes(formats);
        codes[Facet.LICENSE_ID.ordinal()] = new int[] {values[3].code("CC-BY-4.0")};
        codes[Facet.GROUPS.ordinal()] = values[4].codes(Set.of());
        return new Entry(id, "uid-" + id, "conjunto-" + id, organization, "CC-BY-4.0", "PUBLISHED", Instant.EPOCH,
                Instant.EPOCH, title, tags, Set.of(), formats, org.apertura.platform.SpanishSearch.words(title),
                org.apertura.platform.SpanishSearch.words(title + " " + String.join(" ", tags)), CatalogIndex.pack(codes));
    }

    @Test
    void countsTheMatchedEntriesOnlyLargestFirstThenByName() {
        List<Entry> all = List.of(
                entry(1, "congreso", Set.of("agua", "obras"), Set.of("CSV"), "Pozos de agua"),
                entry(2, "congreso", Set.of("agua"), Set.of("CSV", "JSON"), "Tomas de agua"),
                entry(3, "idaip", Set.of("agua", "becas"), Set.of("PDF"), "Becas y agua"),
                entry(4, "municipio", Set.of("becas"), Set.of("XLSX"), "Becas escolares"));
        CatalogIndex.Matcher water = CatalogIndex.compile(CkanQuery.parse("agua", List.of()));
        FacetCounts counts = new FacetCounts(List.of(Facet.ORGANIZATION, Facet.TAGS, Facet.RES_FORMAT), values);
        List<Entry> matched = new ArrayList<>();
        for (Entry e : all) {
            if (water.matches(e)) {
                matched.add(e);
                counts.add(e);
            }
        }
        assertThat(matched).extracting(Entry::id).containsExactly(1L, 2L, 3L);
        assertThat(counts.top(Facet.ORGANIZATION, 50, 1)).containsExactly(Map.entry("congreso", 2),
                Map.entry("idaip", 1));
        // ties by name; a value only the unmatched entry has is not counted
        assertThat(counts.top(Facet.TAGS, -1, 1)).containsExactly(Map.entry("agua", 3), Map.entry("becas", 1),
                Map.entry("obras", 1));
        assertThat(counts.top(Facet.RES_FORMAT, 2, 1)).containsExactly(Map.entry("CSV", 2), Map.entry("JSON", 1));
        assertThat(counts.top(Facet.TAGS, 50, 2)).containsExactly(Map.entry("agua", 3));
        assertThat(counts.top(Facet.TAGS, 50, 0)).as("never a zero count").extracting(Map.Entry::getKey)
                .doesNotContain("escolares").containsExactly("agua", "becas", "obras");
    }

    @Test
    void aCompiledQueryMatchesAsTheQuerySays() {
        Entry pozos = entry(1, "congreso", Set.of("agua", "obras"), Set.of("CSV"), "Pozos de agua");
        Entry becas = entry(4, "municipio", Set.of("becas"), Set.of("XLSX"), "Becas escolares");
        assertThat(CatalogIndex.compile(CkanQuery.parse("Pozos", List.of("res_format:csv"))).matches(pozos)).isTrue();
        assertThat(CatalogIndex.compile(CkanQuery.parse("*:*", List.of("-organization:congreso"))).matches(pozos))
                .isFalse();
        assertThat(CatalogIndex.compile(CkanQuery.parse("title:escolares OR tags:agua", List.of())).matches(becas))
                .isTrue();
        assertThat(CatalogIndex.compile(CkanQuery.parse("becas agua", List.of())).matches(becas)).isFalse();
        assertThat(CatalogIndex.compile(CkanQuery.parse("", List.of("metadata_modified:[2000-01-01 TO *]")))
                .matches(pozos)).isFalse();
    }
}
