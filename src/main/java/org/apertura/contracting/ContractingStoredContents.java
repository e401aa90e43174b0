package org.apertura.contracting;

import java.util.List;
import org.apertura.platform.storage.StoredContentOwner;
import org.springframework.stereotype.Component;

/** Where this module records the stored content it owns (kept while named; see the platform's ContentRemoval). */
@Component
class ContractingStoredContents implements StoredContentOwner {

    @Override
    public List<ContentColumn> contentColumns() {
        return List.of(
                new ContentColumn("ocds_document", "sha256"),
                new ContentColumn("ocds_pending_upload", "content_sha256"),
                new ContentColumn("ocds_release", "sha256"));
    }
}
