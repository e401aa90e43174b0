package org.apertura.opendata;

import java.util.List;
import org.apertura.platform.storage.StoredContentOwner;
import org.springframework.stereotype.Component;

/** Where this module records the stored content it owns (kept while named; see the platform's ContentRemoval). */
@Component
class OpenDataStoredContents implements StoredContentOwner {

    @Override
    public List<ContentColumn> contentColumns() {
        return List.of(
                new ContentColumn("opendata_resource", "sha256"),
                new ContentColumn("opendata_version", "sha256"));
    }
}
