package org.apertura.opendata;

import java.io.InputStream;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apertura.platform.SpanishSearch;
import org.apertura.platform.storage.Storage;
import org.apertura.platform.time.Today;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the catalog, for everyone: public datasets (published or withdrawn; drafts only for their institution's
 * publishers, through {@link #findForEditing}), their resources and every version of every file, searches with facets
 * (what the catalog pages, CKAN's package_search and DCAT's paged catalog need), and the names of every public dataset
 * for harvesters.
 */
@Service
@Transactional(readOnly = true)
public class Catalog {

    private final DatasetRepository datasets;
    private final ResourceRepository resources;
    private final ResourceVersionRepository versions;
    private final OpenDataPolicy policy;
    private final Storage storage;
    private final JdbcTemplate jdbc;
    private final Today today;

    Catalog(DatasetRepository datasets, ResourceRepository resources, ResourceVersionRepository versions,
            OpenDataPolicy policy, Storage storage, JdbcTemplate jdbc, Today today) {
        this.today = today;
        this.datasets = datasets;
        this.resources = resources;
        this.versions = versions;
        this.policy = policy;
        this.storage = storage;
        this.jdbc = jdbc;
    }

    /** A public dataset (published or withdrawn) by its name. */
    public Optional<Dataset> find(String name) {
        return datasets.findByName(name == null ? "" : name).filter(Dataset::isPublic);
    }

    /** A dataset the person of the current request may see (a draft too, for its institution's publishers). */
    public Optional<Dataset> findForEditing(String name) {
        return datasets.findByName(name == null ? "" : name).filter(policy::maySeeNow);
    }

    /** The datasets (drafts included) of the institutions the current person publishes for, newest change first. */
    public List<Dataset> forPublisher() {
        var institutions = policy.publishersNow();
        return institutions.isEmpty() ? List.of()
                : datasets.findByInstitutionSlugInOrderByMetadataModifiedDesc(institutions);
    }

    /** An institution's public datasets, by title. */
    public List<Dataset> ofInstitution(String institutionSlug) {
        return datasets.findByInstitutionSlugOrderByTitle(institutionSlug).stream().filter(Dataset::isPublic).toList();
    }

    /** How many datasets are published (not withdrawn). */
    public long count() {
        return datasets.countByState(DatasetState.PUBLISHED);
    }

    /** The names of published datasets in name order, a page of them (CKAN's package_list). */
    public List<String> names(int offset, int limit) {
        return jdbc.queryForList("SELECT name FROM opendata_dataset WHERE state = 'PUBLISHED' ORDER BY name "
                + "OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", String.class, Math.max(0, offset),
                Math.max(0, Math.min(limit, 100_000)));
    }

    /** A dataset's resources in their order. */
    public List<Resource> resources(Dataset dataset) {
        return resources.findByDatasetIdOrderByPosition(dataset.getId());
    }

    /** The resources of many datasets at once (a page of search results), by dataset id, each list in order. */
    public Map<Long, List<Resource>> resourcesOf(Collection<Dataset> some) {
        if (some.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Resource>> out = new LinkedHashMap<>();
        some.forEach(d -> out.put(d.getId(), new ArrayList<>()));
        resources.findByDatasetIdInOrderByDatasetIdAscPositionAsc(some.stream().map(Dataset::getId).toList())
                .forEach(r -> out.get(r.getDatasetId()).add(r));
        return out;
    }

    /** A resource of a public dataset by its id (CKAN's resource_show). */
    public Optional<Resource> resource(String id) {
        return resources.findById(id == null ? "" : id)
                .filter(r -> datasets.findById(r.getDatasetId()).filter(Dataset::isPublic).isPresent());
    }

    /** A resource the current person may see (of a draft too, for its publishers). */
    public Optional<Resource> resourceForEditing(String id) {
        return resources.findById(id == null ? "" : id)
                .filter(r -> datasets.findById(r.getDatasetId()).filter(policy::maySeeNow).isPresent());
    }

    /** The dataset a resource belongs to. */
    public Dataset datasetOf(Resource resource) {
        return datasets.findById(resource.getDatasetId()).orElseThrow();
    }

    /** Every version of a file resource, newest first. */
    public List<ResourceVersion> versions(Resource resource) {
        return versions.findByResourceIdOrderByNumberDesc(resource.getId());
    }

    /** One version of a resource by its number. */
    public Optional<ResourceVersion> version(String resourceId, int number) {
        return versions.findByResourceIdAndNumber(resourceId, number);
    }

    /** The current version of a file resource. */
    public Optional<ResourceVersion> currentVersion(Resource resource) {
        return resource.getCurrentVersion().flatMap(n -> versions.findByResourceIdAndNumber(resource.getId(), n));
    }

    /**
     * The data dictionary to offer for a resource: the one it has, or one row per column of its current file's quality
     * report with the detected type (for the publisher to describe), or none.
     */
    public List<DictionaryField> suggestedDictionary(Resource resource) {
        if (!resource.getDictionary().isEmpty()) {
            return resource.getDictionary();
        }
        return currentVersion(resource).flatMap(ResourceVersion::getQualityReport)
                .map(report -> report.columns().stream()
                        .map(c -> new DictionaryField(c.name(), c.type(), null, null, null)).toList())
                .orElse(List.of());
    }

    /** A version's bytes as a stream (the caller closes it). */
    public Optional<InputStream> open(ResourceVersion version) {
        return storage.open(version.getSha256());
    }

    /** How completely a dataset is published (today's schedule). */
    public Completeness completeness(Dataset dataset) {
        return Completeness.of(dataset, resources(dataset), today.date(), today.zone());
    }

    /**
     * Every institution with public datasets, its average completeness and how many are complete, best first (the
     * ranking that encourages publishing well); withdrawn datasets don't count.
     */
    public List<Completeness.InstitutionScore> ranking() {
        return scores(datasets.findByStateOrderByName(DatasetState.PUBLISHED));
    }

    /**
     * One institution's line of the {@link #ranking()}, read from its own datasets only (its page shows it; the
     * whole ranking reads every dataset of the portal); empty when it has published none.
     */
    public Optional<Completeness.InstitutionScore> scoreOf(String institutionSlug) {
        return scores(datasets.findByInstitutionSlugOrderByTitle(institutionSlug).stream()
                .filter(d -> d.getState() == DatasetState.PUBLISHED).toList()).stream().findFirst();
    }

    /** The completeness of published datasets, per institution, best first. */
    private List<Completeness.InstitutionScore> scores(List<Dataset> published) {
        Map<Long, List<Resource>> all = resourcesOf(published);
        Map<String, List<Completeness>> byInstitution = new java.util.TreeMap<>();
        for (Dataset d : published) {
            byInstitution.computeIfAbsent(d.getInstitutionSlug(), k -> new ArrayList<>())
                    .add(Completeness.of(d, all.get(d.getId()), today.date(), today.zone()));
        }
        return byInstitution.entrySet().stream().map(e -> new Completeness.InstitutionScore(e.getKey(),
                e.getValue().size(), (int) Math.round(e.getValue().stream().mapToInt(Completeness::score).average()
                        .orElse(0)), (int) e.getValue().stream().filter(c -> c.score() == 100).count()))
                .sorted(java.util.Comparator.comparingInt(Completeness.InstitutionScore::averageScore).reversed()
                        .thenComparing(Completeness.InstitutionScore::institutionSlug))
                .toList();
    }

    /** The first rows of a CSV or XLSX version (read as a stream; at most {@code maxRows}, up to 1000). */
    public Optional<TablePreview> preview(ResourceVersion version, int maxRows) {
        Optional<QualityReport> report = version.getQualityReport();
        if (report.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = storage.open(version.getSha256()).orElseThrow()) {
            return Optional.of(TableRows.first(in, report.get(), Math.max(0, Math.min(maxRows, 1000))));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Searches the catalog: the matches' count, a page of them and the facet counts over all matches. */
    public CatalogResult search(CatalogQuery query) {
        List<Object> args = new ArrayList<>();
        String where = where(query, args);
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM opendata_dataset d WHERE " + where, Long.class,
                args.toArray());
        List<Dataset> page = List.of();
        if (query.limit() > 0 && total != null && total > query.offset()) {
            List<Object> pageArgs = new ArrayList<>(args);
            pageArgs.add(query.offset());
            pageArgs.add(query.limit());
            List<Long> ids = jdbc.queryForList("SELECT d.id FROM opendata_dataset d WHERE " + where + " ORDER BY "
                    + order(query.sort()) + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", Long.class, pageArgs.toArray());
            Map<Long, Dataset> byId = datasets.findAllById(ids).stream()
                    .collect(Collectors.toMap(Dataset::getId, Function.identity()));
            page = ids.stream().map(byId::get).toList();
        }
        Map<Facet, List<CatalogResult.FacetCount>> facets = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            facets.put(facet, facet(facet, where, args));
        }
        return new CatalogResult(total == null ? 0 : total, page, facets);
    }

    private List<CatalogResult.FacetCount> facet(Facet facet, String where, List<Object> args) {
        String sql = switch (facet) {
            case INSTITUTION -> "SELECT d.institution_slug v, COUNT(*) n FROM opendata_dataset d WHERE " + where
                    + " GROUP BY d.institution_slug";
            case LICENCE -> "SELECT d.licence v, COUNT(*) n FROM opendata_dataset d WHERE " + where
                    + " GROUP BY d.licence";
            case THEME -> "SELECT t.theme v, COUNT(*) n FROM opendata_theme t JOIN opendata_dataset d ON d.id = "
                    + "t.dataset_id WHERE " + where + " GROUP BY t.theme";
            case KEYWORD -> "SELECT k.keyword v, COUNT(*) n FROM opendata_keyword k JOIN opendata_dataset d ON d.id = "
                    + "k.dataset_id WHERE " + where + " GROUP BY k.keyword";
            case FORMAT -> "SELECT r.format v, COUNT(DISTINCT r.dataset_id) n FROM opendata_resource r JOIN "
                    + "opendata_dataset d ON d.id = r.dataset_id WHERE " + where + " GROUP BY r.format";
        };
        return jdbc.query(sql + " ORDER BY n DESC, v FETCH FIRST " + CatalogResult.FACET_LIMIT + " ROWS ONLY",
                (rs, i) -> new CatalogResult.FacetCount(rs.getString("v"), rs.getLong("n")), args.toArray());
    }

    private static String where(CatalogQuery query, List<Object> args) {
        StringBuilder sql = new StringBuilder(query.includeWithdrawn() ? "d.state IN ('PUBLISHED', 'WITHDRAWN')"
                : "d.state = 'PUBLISHED'");
        for (String word : SpanishSearch.words(query.text())) {
            sql.append(" AND d.search_terms LIKE ?");
            args.add("% " + word + " %");
        }
        if (!query.institutions().isEmpty()) {
            sql.append(" AND d.institution_slug IN (").append(marks(query.institutions().size())).append(')');
            args.addAll(query.institutions().stream().sorted().toList());
        }
        if (!query.licences().isEmpty()) {
            sql.append(" AND d.licence IN (").append(marks(query.licences().size())).append(')');
            query.licences().stream().map(Enum::name).sorted().forEach(args::add);
        }
        for (DataTheme theme : query.themes()) {
            sql.append(" AND EXISTS (SELECT 1 FROM opendata_theme t WHERE t.dataset_id = d.id AND t.theme = ?)");
            args.add(theme.name());
        }
        for (String keyword : query.keywords()) {
            sql.append(" AND EXISTS (SELECT 1 FROM opendata_keyword k WHERE k.dataset_id = d.id AND k.keyword = ?)");
            args.add(keyword.strip().toLowerCase(Locale.ROOT));
        }
        for (String format : query.formats()) {
            sql.append(" AND EXISTS (SELECT 1 FROM opendata_resource r WHERE r.dataset_id = d.id AND r.format = ?)");
            args.add(format.strip().toUpperCase(Locale.ROOT));
        }
        if (query.modifiedFrom() != null) {
            sql.append(" AND d.metadata_modified >= ?");
            args.add(Timestamp.from(query.modifiedFrom()));
        }
        if (query.modifiedTo() != null) {
            sql.append(" AND d.metadata_modified <= ?");
            args.add(Timestamp.from(query.modifiedTo()));
        }
        return sql.toString();
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private static String order(CatalogSort sort) {
        return switch (sort) {
            case MODIFIED_DESC -> "d.metadata_modified DESC, d.id DESC";
            case CREATED_DESC -> "d.metadata_created DESC, d.id DESC";
            case NAME -> "d.name";
            case TITLE -> "LOWER(d.title), d.name";
            case ID -> "d.uid";
        };
    }
}
