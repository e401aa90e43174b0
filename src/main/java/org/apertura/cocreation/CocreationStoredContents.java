package org.apertura.cocreation;

import java.util.List;
import org.apertura.platform.storage.StoredContentOwner;
import org.springframework.stereotype.Component;

/** Where this module records the stored content it owns (kept while named; see the platform's ContentRemoval). */
@Component
class CocreationStoredContents implements StoredContentOwner {

    @Override
    public List<ContentColumn> contentColumns() {
        return List.of(
                new ContentColumn("proposal", "original_sha256"),
                new ContentColumn("proposal_file", "sha256"));
    }
}
