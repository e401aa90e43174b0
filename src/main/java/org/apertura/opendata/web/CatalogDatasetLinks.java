package org.apertura.opendata.web;

import java.net.URI;
import java.util.Optional;
import org.apertura.opendata.Catalog;
import org.apertura.opendata.Completeness;
import org.apertura.opendata.Dataset;
import org.apertura.opendata.DatasetState;
import org.apertura.platform.PublicUrl;
import org.apertura.platform.web.DatasetLinks;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recognises the catalog's datasets in web addresses: a dataset page on this site ({@code <public address>/datos/{name}},
 * or the path alone) or any address whose path is {@code /datos/{name}} or {@code /dataset/{name}} (CKAN's) on this
 * site's host. Only public datasets are found; a withdrawn one is found and says so.
 */
@Component
class CatalogDatasetLinks implements DatasetLinks {

    private final Catalog catalog;
    private final CatalogWords words;
    private final PublicUrl publicUrl;

    CatalogDatasetLinks(Catalog catalog, CatalogWords words, PublicUrl publicUrl) {
        this.catalog = catalog;
        this.words = words;
        this.publicUrl = publicUrl;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DatasetLink> find(String address) {
        return name(address).flatMap(catalog::find).map(this::link);
    }

    private DatasetLink link(Dataset d) {
        String note = d.getState() == DatasetState.WITHDRAWN ? words.message("opendata.catalog.link.withdrawn")
                : words.message("opendata.catalog.completeness.short",
                        Completeness.of(d, catalog.resources(d), words.today().date(), words.today().zone()).score());
        return new DatasetLink(d.getTitle(), "/datos/" + d.getName(), words.institution(d.getInstitutionSlug()), note);
    }

    /** The dataset name an address points at, if it is a catalog address of this site. */
    Optional<String> name(String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = URI.create(address.strip());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (uri.getHost() != null && !sameHost(uri)) {
            return Optional.empty();
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        for (String prefix : new String[] {"/datos/", "/dataset/"}) {
            if (path.startsWith(prefix)) {
                String rest = path.substring(prefix.length());
                String name = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
                name = name.replaceFirst("\\.(ttl|rdf|xml|jsonld)$", "");
                if (!name.isEmpty()) {
                    return Optional.of(name);
                }
            }
        }
        return Optional.empty();
    }

    private boolean sameHost(URI uri) {
        try {
            return uri.getHost().equalsIgnoreCase(URI.create(publicUrl.base()).getHost());
        } catch (RuntimeException e) {
            return false;
        }
    }
}
