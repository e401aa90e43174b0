package org.apertura.opendata.api;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apertura.jurisdiction.Institution;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.opendata.DataTheme;
import org.apertura.opendata.Frequency;
import org.apertura.opendata.Licence;
import org.apertura.platform.PublicUrl;
import org.apertura.platform.time.Today;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * The catalog as CKAN's dictionaries: datasets (CKAN's {@code package_show} schema, with the DCAT-AP and Mexican
 * fields CKAN has no column for as {@code extras}), resources, organizations (institutions), groups (the EU data
 * themes), licences and tags. Read straight from the tables in a handful of queries per page, so that a harvester's
 * page of 1,000 datasets costs the same as one of 10. Dates are written as CKAN writes them: ISO 8601 in UTC without
 * a zone ({@code 2026-12-04T16:37:35.123456}).
 *
 * <p>The same {@link Dataset} records feed the DCAT and data.json outputs.
 */
@Component
class CkanDicts {

    /** CKAN's timestamp format: UTC, microseconds, no zone. */
    private static final DateTimeFormatter CKAN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS")
            .withZone(ZoneOffset.UTC);

    private final JdbcTemplate jdbc;
    private final JurisdictionService directory;
    private final PublicUrl url;
    private final MessageSource messages;

    CkanDicts(JdbcTemplate jdbc, JurisdictionService directory, PublicUrl url, MessageSource messages) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.url = url;
        this.messages = messages;
    }

    /** A dataset with everything the outputs need, read in one go. */
    record Dataset(long id, String uid, String name, String institution, String title, String description,
            String contactName, String contactEmail, String landingPage, Frequency frequency, Licence licence,
            LocalDate temporalStart, LocalDate temporalEnd, String kind, String state, String withdrawalReason,
            Instant issued, Instant modified, Instant created, Instant metadataModified, List<String> keywords,
            List<DataTheme> themes, List<String> spatial, List<Resource> resources) {

        boolean isPublic() {
            return !"DRAFT".equals(state);
        }
    }

    /** A resource (a DCAT distribution). */
    record Resource(String id, long datasetId, int position, String name, String description, String kind, String url,
            String format, String mediaType, Integer currentVersion, String sha256, Long byteSize, Instant created,
            Instant lastModified, String fileName, List<Field> fields) {

        boolean isFile() {
            return "FILE".equals(kind);
        }
    }

    /** A field of a resource's data dictionary. */
    record Field(String name, String type, String description, String unit, String allowedValues) {
    }

    // ---- reading

    /** The datasets with these ids, in the order of the ids. */
    List<Dataset> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Dataset> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
            loadChunk(chunk).forEach(d -> found.put(d.id(), d));
        }
        List<Dataset> out = new ArrayList<>(ids.size());
        for (Long id : ids) {
            Dataset d = found.get(id);
            if (d != null) {
                out.add(d);
            }
        }
        return out;
    }

    private List<Dataset> loadChunk(List<Long> ids) {
        String in = String.join(",", Collections.nCopies(ids.size(), "?"));
        Object[] args = ids.toArray();
        Map<Long, List<String>> keywords = strings("SELECT dataset_id, keyword FROM opendata_keyword WHERE dataset_id IN ("
                + in + ") ORDER BY keyword", args);
        Map<Long, List<String>> themes = strings("SELECT dataset_id, theme FROM opendata_theme WHERE dataset_id IN ("
                + in + ") ORDER BY theme", args);
        Map<Long, List<String>> spatial = strings("SELECT dataset_id, inegi_key FROM opendata_spatial WHERE dataset_id IN ("
                + in + ") ORDER BY inegi_key", args);
        Map<String, List<Field>> fields = new HashMap<>();
        jdbc.query("SELECT f.resource_id, f.name, f.type, f.description, f.unit, f.allowed_values FROM opendata_field f "
                + "JOIN opendata_resource r ON r.id = f.resource_id WHERE r.dataset_id IN (" + in + ") "
                + "ORDER BY f.resource_id, f.position", (ResultSet rs) -> {
                    fields.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Field(rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
                }, args);
        Map<Long, List<Resource>> resources = new HashMap<>();
        jdbc.query("SELECT r.id, r.dataset_id, r.position, r.name, r.description, r.kind, r.url, r.format, r.media_type, "
                + "r.current_version, r.sha256, r.byte_size, r.created_at, r.last_modified, v.file_name "
                + "FROM opendata_resource r LEFT JOIN opendata_version v ON v.resource_id = r.id "
                + "AND v.number = r.current_version WHERE r.dataset_id IN (" + in + ") ORDER BY r.dataset_id, r.position",
                (ResultSet rs) -> {
                    String id = rs.getString(1);
                    resources.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new Resource(id, rs.getLong(2),
                            rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                            rs.getString(8), rs.getString(9), (Integer) rs.getObject(10, Integer.class),
                            rs.getString(11), (Long) rs.getObject(12, Long.class), instant(rs.getTimestamp(13)),
                            instant(rs.getTimestamp(14)), rs.getString(15), fields.getOrDefault(id, List.of())));
                }, args);
        return jdbc.query("SELECT id, uid, name, institution_slug, title, description, contact_name, contact_email, "
                + "landing_page, frequency, licence, temporal_start, temporal_end, kind, state, withdrawal_reason, issued, "
                + "modified, metadata_created, metadata_modified FROM opendata_dataset WHERE id IN (" + in + ")",
                (rs, i) -> {
                    long id = rs.getLong(1);
                    return new Dataset(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                            Frequency.valueOf(rs.getString(10)), Licence.valueOf(rs.getString(11)),
                            date(rs, 12), date(rs, 13), rs.getString(14), rs.getString(15), rs.getString(16),
                            instant(rs.getTimestamp(17)), instant(rs.getTimestamp(18)), instant(rs.getTimestamp(19)),
                            instant(rs.getTimestamp(20)), keywords.getOrDefault(id, List.of()),
                            themes.getOrDefault(id, List.of()).stream().map(DataTheme::valueOf).toList(),
                            spatial.getOrDefault(id, List.of()), resources.getOrDefault(id, List.of()));
                }, args);
    }

    private Map<Long, List<String>> strings(String sql, Object[] args) {
        Map<Long, List<String>> out = new HashMap<>();
        jdbc.query(sql, (ResultSet rs) -> {
            out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
        }, args);
        return out;
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /** The id of a dataset's resource's dataset, for resource_show. */
    Long datasetOfResource(String resourceId) {
        List<Long> ids = jdbc.queryForList("SELECT dataset_id FROM opendata_resource WHERE id = ?", Long.class,
                resourceId);
        return ids.isEmpty() ? null : ids.get(0);
    }

    // ---- addresses

    /** The dataset's page on this site. */
    String datasetPage(String name) {
        return url.of("/datos/" + name);
    }

    /** Where a resource's data is: its current file here, or the link's address (made absolute). */
    String resourceUrl(Dataset dataset, Resource r) {
        if (r.isFile()) {
            return url.of("/datos/" + dataset.name() + "/recursos/" + r.id() + "/versiones/" + r.currentVersion() + "/"
                    + UriUtils.encodePathSegment(r.fileName() == null ? "archivo" : r.fileName(), StandardCharsets.UTF_8));
        }
        String link = r.url();
        return link != null && link.startsWith("/") ? url.of(link) : link;
    }

    /** CKAN's organization id for an institution: a UUID derived from its slug, stable across restarts. */
    static String organizationId(String slug) {
        return UUID.nameUUIDFromBytes(("apertura-institution:" + slug).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** CKAN's group id for a theme. */
    static String groupId(DataTheme theme) {
        return UUID.nameUUIDFromBytes(("apertura-theme:" + theme.name()).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** CKAN's dataset state for ours. */
    static String state(String state) {
        return switch (state) {
            case "PUBLISHED" -> "active";
            case "WITHDRAWN" -> "deleted";
            default -> "draft";
        };
    }

    static String time(Instant instant) {
        return instant == null ? null : CKAN_TIME.format(instant);
    }

    // ---- dictionaries

    /** The institutions by slug. */
    Map<String, Institution> institutions() {
        return directory.allInstitutions().stream().collect(Collectors.toMap(Institution::getSlug, i -> i, (a, b) -> a,
                LinkedHashMap::new));
    }

    /** CKAN's organization dict. */
    Map<String, Object> organization(String slug, Institution institution, Integer packageCount) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", organizationId(slug));
        o.put("name", slug);
        o.put("title", institution == null ? slug : institution.getName());
        o.put("display_name", institution == null ? slug : institution.getName());
        o.put("type", "organization");
        o.put("description", institution == null || institution.getAcronym() == null ? ""
                : institution.getAcronym() + " — " + institution.getJurisdiction().getName());
        o.put("image_url", "");
        o.put("image_display_url", "");
        o.put("created", institution == null ? null : time(institution.getUpdatedAt()));
        o.put("is_organization", true);
        o.put("approval_status", "approved");
        o.put("state", "active");
        o.put("url", url.of("/instituciones/" + slug));
        if (packageCount != null) {
            o.put("package_count", packageCount);
        }
        return o;
    }

    /** CKAN's group dict for a theme. */
    Map<String, Object> group(DataTheme theme, Integer packageCount) {
        Map<String, Object> g = new LinkedHashMap<>();
        String title = themeTitle(theme);
        g.put("id", groupId(theme));
        g.put("name", theme.name().toLowerCase(Locale.ROOT));
        g.put("title", title);
        g.put("display_name", title);
        g.put("type", "group");
        g.put("description", theme.uri());
        g.put("image_url", "");
        g.put("image_display_url", "");
        g.put("is_organization", false);
        g.put("approval_status", "approved");
        g.put("state", "active");
        if (packageCount != null) {
            g.put("package_count", packageCount);
        }
        return g;
    }

    String themeTitle(DataTheme theme) {
        return messages.getMessage("opendata.theme." + theme.name(), null, theme.name(), Today.LOCALE);
    }

    /** CKAN's licence dict ({@code license_list}). */
    static Map<String, Object> licence(Licence licence) {
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("id", licence.id());
        l.put("title", licence.title());
        l.put("url", licence.url());
        l.put("status", "active");
        l.put("maintainer", "");
        l.put("family", "");
        l.put("od_conformance", "approved");
        l.put("osd_conformance", "not reviewed");
        l.put("domain_content", true);
        l.put("domain_data", true);
        l.put("domain_software", false);
        l.put("is_generic", false);
        l.put("is_okd_compliant", licence.isOpen());
        l.put("is_osi_compliant", false);
        return l;
    }

    static Map<String, Object> tag(String name) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("id", UUID.nameUUIDFromBytes(("apertura-tag:" + name).getBytes(StandardCharsets.UTF_8)).toString());
        t.put("name", name);
        t.put("display_name", name);
        t.put("state", "active");
        t.put("vocabulary_id", null);
        return t;
    }

    /** CKAN's package dict. */
    Map<String, Object> dataset(Dataset d, Map<String, Institution> institutions) {
        Map<String, Object> p = new LinkedHashMap<>();
        Institution institution = institutions.get(d.institution());
        p.put("id", d.uid());
        p.put("name", d.name());
        p.put("title", d.title());
        p.put("notes", d.description());
        p.put("owner_org", organizationId(d.institution()));
        p.put("organization", organization(d.institution(), institution, null));
        p.put("private", !d.isPublic());
        p.put("state", state(d.state()));
        p.put("type", "dataset");
        p.put("url", d.landingPage() == null ? datasetPage(d.name()) : d.landingPage());
        p.put("version", null);
        p.put("author", institution == null ? null : institution.getName());
        p.put("author_email", null);
        p.put("maintainer", d.contactName());
        p.put("maintainer_email", d.contactEmail());
        p.put("license_id", d.licence().id());
        p.put("license_title", d.licence().title());
        p.put("license_url", d.licence().url());
        p.put("isopen", d.licence().isOpen());
        p.put("metadata_created", time(d.created()));
        p.put("metadata_modified", time(d.metadataModified()));
        p.put("creator_user_id", null);
        List<Map<String, Object>> tags = d.keywords().stream().map(CkanDicts::tag).toList();
        p.put("tags", tags);
        p.put("num_tags", tags.size());
        p.put("groups", d.themes().stream().map(t -> group(t, null)).toList());
        p.put("extras", extras(d, institution));
        List<Map<String, Object>> resources = d.resources().stream().map(r -> resource(d, r)).toList();
        p.put("resources", resources);
        p.put("num_resources", resources.size());
        p.put("relationships_as_object", List.of());
        p.put("relationships_as_subject", List.of());
        return p;
    }

    /**
     * The fields CKAN has no column for, under the names ckanext-dcat reads ({@code issued}, {@code modified},
     * {@code frequency}, {@code temporal_start}, {@code temporal_end}, {@code theme}, {@code identifier},
     * {@code publisher_*}, {@code contact_*}, {@code language}), plus the INEGI keys of the spatial coverage and the
     * reason a dataset was withdrawn.
     */
    private List<Map<String, Object>> extras(Dataset d, Institution institution) {
        Map<String, String> e = new LinkedHashMap<>();
        e.put("identifier", d.uid());
        e.put("issued", d.issued() == null ? null : d.issued().toString());
        e.put("modified", (d.modified() == null ? d.metadataModified() : d.modified()).toString());
        e.put("frequency", d.frequency().euUri());
        e.put("accrual_periodicity", d.frequency().iso8601());
        e.put("temporal_start", d.temporalStart() == null ? null : d.temporalStart().toString());
        e.put("temporal_end", d.temporalEnd() == null ? null : d.temporalEnd().toString());
        e.put("theme", d.themes().isEmpty() ? null
                : "[" + d.themes().stream().map(t -> "\"" + t.uri() + "\"").collect(Collectors.joining(", ")) + "]");
        e.put("spatial_inegi", d.spatial().isEmpty() ? null : String.join(",", d.spatial()));
        e.put("publisher_name", institution == null ? d.institution() : institution.getName());
        e.put("publisher_uri", url.of("/instituciones/" + d.institution()));
        e.put("contact_name", d.contactName());
        e.put("contact_email", d.contactEmail());
        e.put("language", "es");
        e.put("landing_page", datasetPage(d.name()));
        e.put("withdrawal_reason", d.withdrawalReason());
        List<Map<String, Object>> out = new ArrayList<>();
        new java.util.TreeMap<>(e).forEach((k, v) -> {
            if (v != null) {
                Map<String, Object> extra = new LinkedHashMap<>();
                extra.put("key", k);
                extra.put("value", v);
                out.add(extra);
            }
        });
        return out;
    }

    /** CKAN's resource dict. */
    Map<String, Object> resource(Dataset d, Resource r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("package_id", d.uid());
        m.put("name", r.name());
        m.put("description", r.description() == null ? "" : r.description());
        m.put("url", resourceUrl(d, r));
        m.put("url_type", r.isFile() ? "upload" : null);
        m.put("format", r.format());
        m.put("mimetype", r.mediaType());
        m.put("mimetype_inner", null);
        m.put("size", r.byteSize());
        m.put("hash", r.sha256() == null ? "" : r.sha256());
        m.put("created", time(r.created()));
        m.put("last_modified", time(r.lastModified()));
        m.put("metadata_modified", time(r.lastModified()));
        m.put("position", r.position());
        m.put("resource_type", null);
        m.put("state", "active");
        m.put("datastore_active", false);
        m.put("cache_url", null);
        m.put("version", r.currentVersion());
        if (!r.fields().isEmpty()) {
            // The data dictionary as a Frictionless Table Schema (what ckanext-validation and -scheming read).
            List<Map<String, Object>> fields = new ArrayList<>();
            for (Field f : r.fields()) {
                Map<String, Object> field = new LinkedHashMap<>();
                field.put("name", f.name());
                field.put("type", f.type().toLowerCase(Locale.ROOT));
                if (f.description() != null) {
                    field.put("description", f.description());
                }
                if (f.unit() != null) {
                    field.put("unit", f.unit());
                }
                if (f.allowedValues() != null && !f.allowedValues().isBlank()) {
                    field.put("constraints", Map.of("enum", new ArrayList<>(new TreeSet<>(List.of(
                            f.allowedValues().split("\\s*[,;|]\\s*"))))));
                }
                fields.add(field);
            }
            m.put("schema", Map.of("fields", fields));
        }
        return m;
    }

    static Collection<Licence> licences() {
        return List.of(Licence.values());
    }
}
