package org.apertura.opendata.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apertura.platform.PublicUrl;
import org.springframework.stereotype.Component;

/**
 * The content of a dataset page's "how to use it" box: the CKAN API call that returns the dataset, and the code that
 * loads one of its resources in Python (pandas), R and a spreadsheet, chosen by the resource's format (CSV, XLSX,
 * JSON, GeoJSON; anything else is downloaded as a file). Only code and addresses, never words: the page gives each
 * snippet its label and explanation in the reader's language.
 *
 * <p>For the pages: {@code usage.of(dataset.getName(), downloadPath, resource.getFormat())} with the path (or full
 * address) the page links the resource's current file or link to; every address in the snippets is absolute
 * ({@link PublicUrl}), so that code copied elsewhere works as it is.
 */
@Component
public class UsageSnippets {

    /**
     * The snippets for one resource.
     *
     * @param apiUrl       {@code GET} address of CKAN's {@code package_show} for the dataset (JSON)
     * @param curl         the same call as a {@code curl} command
     * @param downloadUrl  the resource's absolute address
     * @param python       pandas (geopandas for GeoJSON) code loading it into {@code df}
     * @param r            R code loading it into {@code datos}
     * @param spreadsheet  a formula (Google Sheets / LibreOffice {@code IMPORTDATA}) or, for formats a formula cannot
     *                     read, Excel's Power Query ({@code Web.Contents}) expression
     * @param searchUrl    {@code GET} address of CKAN's {@code package_search} for the datasets of the same
     *                     institution, for paging through a whole collection
     */
    public record Usage(String apiUrl, String curl, String downloadUrl, String python, String r, String spreadsheet,
            String searchUrl) {
    }

    private final PublicUrl url;

    UsageSnippets(PublicUrl url) {
        this.url = url;
    }

    /**
     * @param datasetName  the dataset's name
     * @param download     the resource's address: a path on this site ({@code /datos/...}) or an absolute URL
     * @param format       the resource's format as the catalog keeps it (CSV, XLSX, JSON, GEOJSON, …); may be null
     * @param institution  the owning institution's slug (for {@link Usage#searchUrl()}); may be null
     */
    public Usage of(String datasetName, String download, String format, String institution) {
        String api = url.of("/api/3/action/package_show?id=" + enc(datasetName));
        String address = download == null ? "" : download.startsWith("/") ? url.of(download) : download;
        String quoted = quote(address);
        String kind = format == null ? "" : format.toUpperCase(Locale.ROOT);
        String python;
        String r;
        String sheet;
        switch (kind) {
            case "CSV" -> {
                python = "import pandas as pd\n\ndf = pd.read_csv(" + quoted + ")\ndf.head()";
                r = "datos <- read.csv(" + quoted + ", encoding = \"UTF-8\")\nhead(datos)";
                sheet = "=IMPORTDATA(" + quoted + ")";
            }
            case "XLSX", "XLS" -> {
                python = "import pandas as pd\n\ndf = pd.read_excel(" + quoted + ")\ndf.head()";
                r = "library(readxl)\n\narchivo <- tempfile(fileext = \"." + kind.toLowerCase(Locale.ROOT) + "\")\n"
                        + "download.file(" + quoted + ", archivo, mode = \"wb\")\ndatos <- read_excel(archivo)\nhead(datos)";
                sheet = "= Excel.Workbook(Web.Contents(" + quoted + "), true)";
            }
            case "JSON" -> {
                python = "import pandas as pd\n\ndf = pd.read_json(" + quoted + ")\ndf.head()";
                r = "library(jsonlite)\n\ndatos <- fromJSON(" + quoted + ")\nhead(datos)";
                sheet = "= Json.Document(Web.Contents(" + quoted + "))";
            }
            case "GEOJSON" -> {
                python = "import geopandas as gpd\n\ndf = gpd.read_file(" + quoted + ")\ndf.head()";
                r = "library(sf)\n\ndatos <- st_read(" + quoted + ")\nhead(datos)";
                sheet = "= Json.Document(Web.Contents(" + quoted + "))";
            }
            default -> {
                python = "import urllib.request\n\nurllib.request.urlretrieve(" + quoted + ", " + quote(fileName(address))
                        + ")";
                r = "download.file(" + quoted + ", " + quote(fileName(address)) + ", mode = \"wb\")";
                sheet = "= Web.Contents(" + quoted + ")";
            }
        }
        String search = url.of("/api/3/action/package_search?rows=100&start=0&sort=" + enc("id asc")
                + (institution == null ? "" : "&fq=" + enc("organization:" + institution)));
        return new Usage(api, "curl -s " + quote(api), address, python, r, sheet, search);
    }

    private static String fileName(String address) {
        String path = address.contains("?") ? address.substring(0, address.indexOf('?')) : address;
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.isBlank() ? "datos" : java.net.URLDecoder.decode(last, StandardCharsets.UTF_8);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
