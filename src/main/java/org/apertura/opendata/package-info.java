/**
 * The open data catalog (themes d and k): every dataset of every institution, as useful to a publisher as CKAN and
 * harvestable by CKAN and DCAT tools.
 *
 * <h2>The model</h2>
 * <ul>
 * <li>{@link org.apertura.opendata.Dataset} — a CKAN package / DCAT-AP 3 dataset: {@code uid} (CKAN {@code id}, a
 * UUID), {@code name} (unique, URL-safe, CKAN {@code name}), the owning institution's slug (CKAN {@code owner_org},
 * DCAT publisher), title, description, keywords (CKAN tags), {@link org.apertura.opendata.DataTheme themes} (EU data
 * themes), contact point name and e-mail, landing page, {@link org.apertura.opendata.Frequency update frequency}
 * (ISO 8601 and EU frequency URIs), {@link org.apertura.opendata.Licence licence} (CC BY 4.0 by default, CC0,
 * CC BY-SA, Libre Uso MX; with CKAN id, title and URL), temporal coverage, spatial coverage as INEGI keys;
 * {@code issued} (first published), {@code modified} (last public data change), {@code metadataCreated} and
 * {@code metadataModified} (CKAN's); a {@link org.apertura.opendata.DatasetState state} (DRAFT, PUBLISHED, WITHDRAWN
 * with a public reason — nothing is ever deleted) and a {@link org.apertura.opendata.DatasetKind kind} (UPLOADED, or
 * PLATFORM_LIST: one of Apertura's own public lists, registered automatically with its live CSV and JSON).</li>
 * <li>{@link org.apertura.opendata.Resource} — a CKAN resource / DCAT distribution, id a UUID that never changes:
 * a FILE (kept here; its current version's number, SHA-256, size, media type and {@code format} copied onto it) or a
 * LINK (url, format; a platform list's links are paths of this site, {@code Resource.isSitePath()}, to make absolute
 * with {@code platform.PublicUrl}), in a position, with its data dictionary ({@link org.apertura.opendata.DictionaryField}: name,
 * type, description, unit, allowed values).</li>
 * <li>{@link org.apertura.opendata.ResourceVersion} — every file ever uploaded for a resource: number, Storage key
 * (SHA-256), size, media type detected from content, original name, upload time, its
 * {@link org.apertura.opendata.QualityReport} (CSV, XLSX) and the ledger entry that made it public. Files are served
 * at {@code /datos/{name}/recursos/{resourceId}/versiones/{n}/{fileName}}; the resource's public page is
 * {@code /datos/{name}/recursos/{resourceId}}, a version's quality report {@code …/versiones/{n}/calidad}.</li>
 * <li>{@link org.apertura.opendata.QualityReport} — what the streamed check of a CSV or XLSX found (encoding,
 * delimiter, rows, a profile and detected type per column, findings by {@link org.apertura.opendata.QualityProblem});
 * {@link org.apertura.opendata.Completeness} — the 0–100 score (five criteria) per dataset and per institution.</li>
 * </ul>
 *
 * <h2>Reading and writing</h2>
 * {@link org.apertura.opendata.Catalog} reads: public datasets by name or CKAN id, resources (in batches for a page
 * of results), versions and their bytes as streams, {@code search(CatalogQuery)} → {@link org.apertura.opendata.CatalogResult}
 * (count, a page, facet counts by institution, theme, format, licence and keyword; CKAN's q/fq/rows/start/sort map
 * onto it), {@code names(offset, limit)} for package_list, {@code preview} (first rows of a CSV/XLSX),
 * {@code completeness} and {@code ranking}; {@link org.apertura.opendata.DatasetPublishing} writes, authorised by
 * {@link org.apertura.opendata.OpenDataPolicy} (the institution's DATA_PUBLISHER role), each public change in the
 * ledger (module {@code opendata}: dataset.published|updated|withdrawn, resource.version with its SHA-256,
 * resource.updated). Datasets are never deleted; names are never reused ({@link org.apertura.opendata.Dataset#RESERVED_NAMES}
 * are the catalog's own addresses under /datos). Apertura's own lists are registered by
 * {@code PlatformLists} at start-up, owned by the top jurisdiction's guarantor body. Protocols ({@code api}: CKAN Action API, DCAT, data.json) and pages
 * ({@code web}) build on these two services only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Open data catalog",
        allowedDependencies = {"platform", "ledger", "jurisdiction", "identity"}) // identity: the demo's publisher account
package org.apertura.opendata;
