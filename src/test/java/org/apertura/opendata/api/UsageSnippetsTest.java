package org.apertura.opendata.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.apertura.IntegrationTest;
import org.apertura.platform.PublicUrl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The "how to use it" box: code that loads the resource, with absolute addresses, chosen by format. */
@IntegrationTest
class UsageSnippetsTest {

    @Autowired
    UsageSnippets usage;
    @Autowired
    PublicUrl url;

    @Test
    void aCsvLoadsInPandasRAndASpreadsheet() {
        UsageSnippets.Usage u = usage.of("obras-2025", "/datos/obras-2025/recursos/abc/versiones/1/obras.csv", "CSV",
                "ayuntamiento-durango");
        String file = url.of("/datos/obras-2025/recursos/abc/versiones/1/obras.csv");
        assertThat(u.downloadUrl()).isEqualTo(file);
        assertThat(u.apiUrl()).isEqualTo(url.of("/api/3/action/package_show?id=obras-2025"));
        assertThat(u.curl()).isEqualTo("curl -s \"" + u.apiUrl() + "\"");
        assertThat(u.python()).contains("import pandas as pd", "pd.read_csv(\"" + file + "\")");
        assertThat(u.r()).contains("read.csv(\"" + file + "\"");
        assertThat(u.spreadsheet()).isEqualTo("=IMPORTDATA(\"" + file + "\")");
        assertThat(u.searchUrl()).contains("/api/3/action/package_search?rows=100&start=0&sort=id%20asc",
                "fq=organization%3Aayuntamiento-durango");
    }

    @Test
    void otherFormatsUseTheirReaders() {
        assertThat(usage.of("x", "https://otro.example.mx/d.xlsx", "XLSX", null).python()).contains("pd.read_excel");
        assertThat(usage.of("x", "https://otro.example.mx/d.xlsx", "xlsx", null).r()).contains("read_excel",
                "download.file");
        assertThat(usage.of("x", "https://otro.example.mx/d.json", "JSON", null).r()).contains("fromJSON");
        assertThat(usage.of("x", "https://otro.example.mx/m.geojson", "GEOJSON", null).python())
                .contains("geopandas", "read_file");
        assertThat(usage.of("x", "https://otro.example.mx/informe%20final.pdf", "PDF", null).python())
                .contains("urlretrieve", "\"informe final.pdf\"");
        assertThat(usage.of("x", "https://otro.example.mx/d.csv", null, null).searchUrl()).doesNotContain("fq=");
    }
}
