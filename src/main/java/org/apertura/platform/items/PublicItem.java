package org.apertura.platform.items;

/**
 * A public item as other modules see it.
 *
 * @param kind            the kind, e.g. {@code commitment}, {@code milestone}, {@code plan}, {@code minutes}
 * @param id              its identifier within the kind
 * @param title           its public title
 * @param path            the address of its public page, e.g. {@code /compromisos/3}
 * @param institutionSlug the institution that answers for it, or {@code null}
 */
public record PublicItem(String kind, String id, String title, String path, String institutionSlug) {
}
