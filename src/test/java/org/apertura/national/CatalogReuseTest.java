package org.apertura.national;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An archival catalog travels when the adopter's Grupo Interdisciplinario approves a version adapted from a kit: the
 * node reads that {@code archives/instrument.approved} entry as a reuse (the institution's archives page, its name),
 * and an approval of a catalog the archive wrote itself as none.
 */
class CatalogReuseTest {

    @Test
    void anApprovedAdaptedCatalogIsAReuseAndAnOwnCatalogIsNot() {
        assertThat(ReuseKind.of("archives", "instrument.approved")).isEqualTo(ReuseKind.CATALOG);
        Snapshot.Reuse reuse = ChainEntry.reuse(ReuseKind.CATALOG, """
                {"institution":"congreso-durango","institutionName":"H. Congreso del Estado","version":2,
                 "adaptedFrom":{"institution":"Poder Ejecutivo","exercise":"Instrumentos archivísticos, versión 1",
                 "code":null,"date":"2026-01-15","url":"https://durango.example/archivos/poder-ejecutivo-durango",
                 "licence":"CC-BY-4.0"}}""", "7", 40);
        assertThat(reuse).isNotNull();
        assertThat(reuse.code()).isEqualTo("congreso-durango");
        assertThat(reuse.title()).isEqualTo("H. Congreso del Estado");
        assertThat(reuse.originUrl()).isEqualTo("https://durango.example/archivos/poder-ejecutivo-durango");

        assertThat(ChainEntry.reuse(ReuseKind.CATALOG, """
                {"institution":"congreso-durango","institutionName":"H. Congreso del Estado","version":1}""", "6", 39))
                .isNull();
        assertThat(ChainEntry.reuse(ReuseKind.CATALOG, """
                {"institution":"../admin","adaptedFrom":{"url":"https://durango.example/archivos/x"}}""", "8", 41))
                .as("an address that is not a plain slug").isNull();
    }
}
