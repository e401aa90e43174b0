package org.apertura.opendata.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apertura.jurisdiction.Institution;
import org.apertura.opendata.Catalog;
import org.apertura.opendata.CatalogResult;
import org.apertura.opendata.Completeness;
import org.apertura.opendata.Dataset;
import org.apertura.opendata.DatasetState;
import org.apertura.opendata.Facet;
import org.apertura.opendata.QualityReport;
import org.apertura.opendata.Resource;
import org.apertura.opendata.ResourceVersion;
import org.apertura.opendata.TablePreview;
import org.apertura.opendata.api.UsageSnippets;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.PublicUrl;
import org.apertura.platform.time.Today;
import org.apertura.platform.web.CsvExport;
import org.apertura.platform.web.Paging;
import org.apertura.platform.web.PublicDataset;
import org.apertura.platform.web.SitemapSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * The public catalog for data users: the search with facets ({@code /datos}, its results as CSV and JSON), a
 * dataset's page (metadata in words, resources, every version with its SHA-256 and ledger entry, quality report,
 * dictionary, preview of the first rows, map of a GeoJSON, citation, licence, completeness, how to use it) and the
 * institutions ranked by completeness with each one's datasets. The platform's own lists are datasets of this
 * catalog; their field-by-field dictionary stays at {@code /datos/diccionario}.
 */
@Controller
class CatalogPages implements SitemapSource, PublicDataset.Source {

    static final int PAGE_SIZE = 20;
    static final int PREVIEW_ROWS = 100;
    /** Most rows a CSV or JSON download of a search holds. */
    static final int DOWNLOAD_ROWS = 10_000;
    static final List<String> COLUMNS = List.of("opendata.catalog.name", "opendata.catalog.title",
            "opendata.catalog.institution", "opendata.catalog.institutionName", "opendata.catalog.formats",
            "opendata.catalog.themes", "opendata.catalog.keywords", "opendata.catalog.licence",
            "opendata.catalog.modified", "opendata.catalog.completeness", "opendata.catalog.state",
            "opendata.catalog.url");
    static final List<String> RANKING_COLUMNS = List.of("opendata.catalog.institution",
            "opendata.catalog.institutionName", "opendata.catalog.datasets", "opendata.catalog.averageScore",
            "opendata.catalog.complete", "opendata.catalog.url");
    static final List<String> ORDERS = List.of("recientes", "nuevos", "titulo");

    private final Catalog catalog;
    private final CatalogWords words;
    private final UsageSnippets usage;
    private final CsvExport csv;
    private final PublicUrl publicUrl;
    private final Today today;

    private final org.apertura.platform.web.ReaderLastModified lastModified;

    CatalogPages(Catalog catalog, CatalogWords words, UsageSnippets usage, CsvExport csv, PublicUrl publicUrl,
            Today today, org.apertura.platform.web.ReaderLastModified lastModified) {
        this.lastModified = lastModified;
        this.catalog = catalog;
        this.words = words;
        this.usage = usage;
        this.csv = csv;
        this.publicUrl = publicUrl;
        this.today = today;
    }

    @Override
    public List<PublicDataset> datasets() {
        return List.of(new PublicDataset("opendata.catalog", "/datos.csv", "/datos.json", COLUMNS),
                new PublicDataset("opendata.ranking", "/datos/instituciones.csv", "/datos/instituciones.json",
                        RANKING_COLUMNS));
    }

    @Override
    public List<String> sitemapPaths(int limit) {
        List<String> paths = new ArrayList<>(List.of("/datos", "/datos/instituciones", "/datos/diccionario"));
        catalog.search(org.apertura.opendata.CatalogQuery.all(0, Math.max(0, limit)))
                .datasets().forEach(d -> paths.add("/datos/" + d.getName()));
        return paths.stream().limit(limit).toList();
    }

    // ---- the search

    @GetMapping("/datos")
    String search(@RequestParam MultiValueMap<String, String> parameters,
            @RequestParam(name = "pagina", required = false, defaultValue = "1") long page, Model model) {
        CatalogFilters filters = CatalogFilters.from(parameters);
        Page<Dataset> results = Paging.orLast(Paging.index(page - 1), index -> {
            CatalogResult found = catalog.search(filters.query(index * PAGE_SIZE, PAGE_SIZE));
            model.addAttribute("facets", facets(found, filters));
            return new PageImpl<>(found.datasets(), PageRequest.of(index, PAGE_SIZE), found.count());
        }, model);
        Map<Long, List<Resource>> resources = catalog.resourcesOf(results.getContent());
        Map<Long, Completeness> completeness = new LinkedHashMap<>();
        Map<Long, List<String>> formats = new LinkedHashMap<>();
        for (Dataset d : results.getContent()) {
            List<Resource> some = resources.getOrDefault(d.getId(), List.of());
            completeness.put(d.getId(), Completeness.of(d, some, today.date(), today.zone()));
            formats.put(d.getId(), formats(some));
        }
        model.addAttribute("filters", filters);
        model.addAttribute("results", results);
        model.addAttribute("completeness", completeness);
        model.addAttribute("formats", formats);
        model.addAttribute("orders", ORDERS);
        model.addAttribute("total", catalog.count());
        return "opendata/catalog";
    }

    /** One facet as the page lists it: its parameter, and each value with its words, count and toggle link. */
    public record FacetView(Facet facet, String parameter, List<FacetValue> values) {

        public boolean anyChosen() {
            return values.stream().anyMatch(FacetValue::chosen);
        }
    }

    /** A facet value: its words, how many datasets, whether chosen, and the query that adds or removes it. */
    public record FacetValue(String value, String label, long count, boolean chosen, String query) {
    }

    private List<FacetView> facets(CatalogResult found, CatalogFilters filters) {
        List<FacetView> views = new ArrayList<>();
        Map<String, Institution> institutions = words.institutions();
        for (Facet facet : List.of(Facet.INSTITUTION, Facet.THEME, Facet.FORMAT, Facet.LICENCE, Facet.KEYWORD)) {
            List<FacetValue> values = new ArrayList<>();
            LinkedHashSet<String> shown = new LinkedHashSet<>();
            for (CatalogResult.FacetCount count : found.facets().getOrDefault(facet, List.of())) {
                if (count.value() == null) {
                    continue;
                }
                String value = facet == Facet.LICENCE ? org.apertura.opendata.Licence.valueOf(count.value()).id()
                        : count.value();
                shown.add(value);
                values.add(new FacetValue(value, label(facet, value, institutions), count.count(),
                        filters.has(facet, value), filters.toggle(facet, value)));
            }
            // a chosen value that no longer matches stays listed, so it can be removed
            for (String value : filters.chosen(facet)) {
                if (!shown.contains(value)) {
                    values.add(0, new FacetValue(value, label(facet, value, institutions), 0, true,
                            filters.toggle(facet, value)));
                }
            }
            views.add(new FacetView(facet, CatalogFilters.parameter(facet), values));
        }
        return views;
    }

    private String label(Facet facet, String value, Map<String, Institution> institutions) {
        return switch (facet) {
            case INSTITUTION -> Optional.ofNullable(institutions.get(value)).map(Institution::getName).orElse(value);
            case FORMAT -> words.format(value);
            case THEME -> words.message("opendata.theme." + value);
            case LICENCE -> org.apertura.opendata.Licence.byId(value)
                    .map(l -> words.message("opendata.licence." + l.name())).orElse(value);
            case KEYWORD -> value;
        };
    }

    private static List<String> formats(List<Resource> resources) {
        return resources.stream().map(Resource::getFormat).filter(f -> f != null).distinct().toList();
    }

    @GetMapping("/datos.csv")
    ResponseEntity<byte[]> searchCsv(@RequestParam MultiValueMap<String, String> parameters) {
        List<List<?>> rows = new ArrayList<>();
        for (Row r : rows(CatalogFilters.from(parameters))) {
            rows.add(Arrays.asList(r.name(), r.title(), r.institution(), r.institutionName(),
                    String.join("; ", r.formats().stream().map(words::format).toList()), r.themes(),
                    String.join("; ", r.keywords()), r.licence(), r.modified(), r.completeness(), r.state(), r.url()));
        }
        return csv.download("datos.csv", COLUMNS, rows);
    }

    @GetMapping(path = "/datos.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> searchJson(@RequestParam MultiValueMap<String, String> parameters) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Row r : rows(CatalogFilters.from(parameters))) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("name", r.name());
            item.put("title", r.title());
            item.put("institution", r.institution());
            item.put("institutionName", r.institutionName());
            item.put("formats", r.formats());
            item.put("themes", r.themes().stream().map(Enum::name).toList());
            item.put("keywords", r.keywords());
            item.put("licence", r.licence().id());
            item.put("modified", r.modified());
            item.put("completeness", r.completeness());
            item.put("state", r.state().name().toLowerCase(Locale.ROOT));
            item.put("url", r.url());
            items.add(item);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("count", items.size());
        body.put("datasets", items);
        return ResponseEntity.ok(body);
    }

    /** A dataset as the downloads of a search carry it. */
    record Row(String name, String title, String institution, String institutionName, List<String> formats,
            List<org.apertura.opendata.DataTheme> themes, List<String> keywords, org.apertura.opendata.Licence licence,
            String modified, int completeness, DatasetState state, String url) {
    }

    private List<Row> rows(CatalogFilters filters) {
        List<Row> rows = new ArrayList<>();
        Map<String, Institution> institutions = words.institutions();
        for (int page = 0; rows.size() < DOWNLOAD_ROWS; page++) {
            CatalogResult found = catalog.search(filters.query(page * 500, 500));
            Map<Long, List<Resource>> resources = catalog.resourcesOf(found.datasets());
            for (Dataset d : found.datasets()) {
                List<Resource> some = resources.getOrDefault(d.getId(), List.of());
                rows.add(new Row(d.getName(), d.getTitle(), d.getInstitutionSlug(),
                        Optional.ofNullable(institutions.get(d.getInstitutionSlug())).map(Institution::getName)
                                .orElse(d.getInstitutionSlug()),
                        formats(some), List.copyOf(d.getThemes()), d.getKeywords(), d.getLicence(),
                        d.getModified().or(() -> Optional.of(d.getMetadataModified()))
                                .map(m -> m.atZone(today.zone()).toLocalDate().toString()).orElse(null),
                        Completeness.of(d, some, today.date(), today.zone()).score(), d.getState(),
                        publicUrl.of("/datos/" + d.getName())));
            }
            if ((long) (page + 1) * 500 >= found.count()) {
                break;
            }
        }
        return rows;
    }

    // ---- a dataset

    /** A resource as its dataset's page shows it: the resource, its versions newest first, its current version. */
    public record ResourceView(Dataset dataset, Resource resource, List<ResourceVersion> versions,
            ResourceVersion current, QualityReport report, String href) {

        /** Where one of its versions is downloaded. */
        public String path(ResourceVersion version) {
            return versionPath(dataset, resource, version);
        }

        public boolean table() {
            return report != null;
        }
    }

    @GetMapping("/datos/{name}")
    @org.apertura.platform.web.ReaderPage
    String dataset(@PathVariable String name, @RequestParam(name = "recurso", required = false) String chosen,
            Model model, jakarta.servlet.http.HttpServletResponse response,
            org.springframework.web.context.request.NativeWebRequest webRequest) {
        // an RDF type in Accept gets the dataset's DCAT description at this address (opendata.api.DcatApi)
        response.addHeader(org.springframework.http.HttpHeaders.VARY, org.springframework.http.HttpHeaders.ACCEPT);
        Dataset dataset = catalog.find(name).orElseThrow(() -> new NotFoundException("dataset " + name));
        if (lastModified.notModified(webRequest)) {
            return null; // a reader's copy is still good: 304
        }
        List<Resource> resources = catalog.resources(dataset);
        List<ResourceView> views = new ArrayList<>();
        for (Resource r : resources) {
            List<ResourceVersion> versions = r.isFile() ? catalog.versions(r) : List.of();
            ResourceVersion current = versions.isEmpty() ? null : versions.get(0);
            QualityReport report = current == null ? null : current.getQualityReport().orElse(null);
            views.add(new ResourceView(dataset, r, versions, current, report, href(dataset, r, current)));
        }
        Completeness completeness = Completeness.of(dataset, resources, today.date(), today.zone());
        model.addAttribute("dataset", dataset);
        model.addAttribute("institution", words.institutions().get(dataset.getInstitutionSlug()));
        model.addAttribute("institutionName", words.institution(dataset.getInstitutionSlug()));
        model.addAttribute("resources", views);
        model.addAttribute("completeness", completeness);
        model.addAttribute("criteria", criteria(completeness));
        model.addAttribute("withdrawn", dataset.getState() == DatasetState.WITHDRAWN);
        model.addAttribute("pageUrl", publicUrl.of("/datos/" + dataset.getName()));
        model.addAttribute("consulted", today.date().toString());
        // the table previewed and the map drawn: the resource asked for, else the first that can be
        ResourceView tableView = pick(views, chosen, ResourceView::table);
        if (tableView != null) {
            model.addAttribute("previewOf", tableView);
            model.addAttribute("preview", catalog.preview(tableView.current(), PREVIEW_ROWS).orElse(null));
        }
        ResourceView geo = pick(views, chosen, v -> v.current() != null && "GEOJSON".equals(v.resource().getFormat()));
        if (geo != null) {
            model.addAttribute("mapOf", geo);
            model.addAttribute("map", map(geo.current()).orElse(null));
        }
        ResourceView first = views.stream().filter(v -> v.resource().isMachineReadable()).findFirst()
                .orElse(views.isEmpty() ? null : views.get(0));
        model.addAttribute("usage", usage.of(dataset.getName(), first == null ? null : first.href(),
                first == null ? null : first.resource().getFormat(), dataset.getInstitutionSlug()));
        model.addAttribute("usageOf", first);
        return "opendata/catalog-dataset";
    }

    private static ResourceView pick(List<ResourceView> views, String chosen, java.util.function.Predicate<ResourceView> can) {
        return views.stream().filter(can).filter(v -> v.resource().getId().equals(chosen)).findFirst()
                .orElse(views.stream().filter(can).findFirst().orElse(null));
    }

    /** Where a resource is downloaded: its current file on this site, or its link. */
    private static String href(Dataset dataset, Resource r, ResourceVersion current) {
        if (current != null) {
            return versionPath(dataset, r, current);
        }
        return r.getUrl().orElse(null);
    }

    static String versionPath(Dataset dataset, Resource r, ResourceVersion v) {
        return "/datos/" + dataset.getName() + "/recursos/" + r.getId() + "/versiones/" + v.getNumber() + "/"
                + UriUtils.encodePathSegment(v.getFileName(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Each completeness criterion and whether it is met. */
    private static Map<Completeness.Criterion, Boolean> criteria(Completeness completeness) {
        Map<Completeness.Criterion, Boolean> criteria = new EnumMap<>(Completeness.Criterion.class);
        for (Completeness.Criterion c : Completeness.Criterion.values()) {
            criteria.put(c, completeness.met(c));
        }
        return criteria;
    }

    private Optional<CatalogMap> map(ResourceVersion version) {
        if (version.getByteSize() > CatalogMap.MAX_BYTES) {
            return Optional.empty();
        }
        Optional<InputStream> in = catalog.open(version);
        if (in.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream stream = in.get()) {
            return CatalogMap.of(stream);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- institutions

    @GetMapping("/datos/instituciones")
    String ranking(Model model) {
        List<Completeness.InstitutionScore> ranking = catalog.ranking();
        model.addAttribute("ranking", ranking);
        model.addAttribute("names", names());
        model.addAttribute("without", words.institutions().values().stream()
                .filter(i -> ranking.stream().noneMatch(s -> s.institutionSlug().equals(i.getSlug())))
                .sorted(java.util.Comparator.comparing(Institution::getName)).toList());
        return "opendata/catalog-ranking";
    }

    @GetMapping("/datos/instituciones.csv")
    ResponseEntity<byte[]> rankingCsv() {
        Map<String, String> names = names();
        List<List<?>> rows = new ArrayList<>();
        catalog.ranking().forEach(s -> rows.add(Arrays.asList(s.institutionSlug(),
                names.getOrDefault(s.institutionSlug(), s.institutionSlug()), s.datasets(), s.averageScore(),
                s.complete(), publicUrl.of("/datos/instituciones/" + s.institutionSlug()))));
        return csv.download("datos-instituciones.csv", RANKING_COLUMNS, rows);
    }

    @GetMapping(path = "/datos/instituciones.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<Map<String, Object>>> rankingJson() {
        Map<String, String> names = names();
        List<Map<String, Object>> items = new ArrayList<>();
        catalog.ranking().forEach(s -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("institution", s.institutionSlug());
            item.put("institutionName", names.getOrDefault(s.institutionSlug(), s.institutionSlug()));
            item.put("datasets", s.datasets());
            item.put("averageScore", s.averageScore());
            item.put("complete", s.complete());
            item.put("url", publicUrl.of("/datos/instituciones/" + s.institutionSlug()));
            items.add(item);
        });
        return ResponseEntity.ok(items);
    }

    @GetMapping("/datos/instituciones/{slug}")
    String institution(@PathVariable String slug, Model model) {
        Institution institution = words.institutions().get(slug);
        if (institution == null) {
            throw new NotFoundException("institution " + slug);
        }
        List<Dataset> datasets = catalog.ofInstitution(slug);
        Map<Long, List<Resource>> resources = catalog.resourcesOf(datasets);
        Map<Long, Completeness> completeness = new LinkedHashMap<>();
        Map<Long, List<String>> formats = new LinkedHashMap<>();
        for (Dataset d : datasets) {
            List<Resource> some = resources.getOrDefault(d.getId(), List.of());
            completeness.put(d.getId(), Completeness.of(d, some, today.date(), today.zone()));
            formats.put(d.getId(), formats(some));
        }
        model.addAttribute("institution", institution);
        model.addAttribute("datasets", datasets);
        model.addAttribute("completeness", completeness);
        model.addAttribute("formats", formats);
        model.addAttribute("score", catalog.scoreOf(slug).orElse(null));
        model.addAttribute("filters", CatalogFilters.none());
        return "opendata/catalog-institution";
    }

    private Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        words.institutions().forEach((slug, i) -> names.put(slug, i.getName()));
        return names;
    }
}
