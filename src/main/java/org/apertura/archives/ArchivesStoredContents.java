package org.apertura.archives;

import java.util.List;
import org.apertura.platform.storage.StoredContentOwner;
import org.springframework.stereotype.Component;

/** Where this module records the stored content it owns (kept while named; see the platform's ContentRemoval). */
@Component
class ArchivesStoredContents implements StoredContentOwner {

    @Override
    public List<ContentColumn> contentColumns() {
        return List.of(
                new ContentColumn("archives_document", "sha256"),
                new ContentColumn("archives_instrument", "file_sha256"));
    }
}
