package org.apertura.infographics;

import java.util.List;
import org.apertura.platform.storage.StoredContentOwner;
import org.springframework.stereotype.Component;

/** Where this module records the stored content it owns (kept while named; see the platform's ContentRemoval). */
@Component
class InfographicsStoredContents implements StoredContentOwner {

    @Override
    public List<ContentColumn> contentColumns() {
        return List.of(
                new ContentColumn("infographics_norm", "official_file_sha256"),
                new ContentColumn("infographics_norm_version", "content_sha256"),
                new ContentColumn("infographics_norm_version", "official_file_sha256"));
    }
}
