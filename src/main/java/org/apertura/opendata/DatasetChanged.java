package org.apertura.opendata;

/**
 * A dataset changed (created, edited, published, withdrawn, a resource added, replaced or described), published by
 * {@link DatasetPublishing} inside the transaction that changed it. Listeners that keep copies of the catalog (the
 * protocols' search index) refresh that dataset once the transaction commits, whatever time it was stamped with.
 *
 * @param datasetId the dataset's row id
 */
public record DatasetChanged(long datasetId) {
}
