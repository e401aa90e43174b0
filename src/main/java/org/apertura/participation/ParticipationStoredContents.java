package org.apertura.participation;

import java.util.List;
import org.apertura.platform.storage.StoredContentOwner;
import org.springframework.stereotype.Component;

/** Where this module records the stored content it owns (kept while named; see the platform's ContentRemoval). */
@Component
class ParticipationStoredContents implements StoredContentOwner {

    @Override
    public List<ContentColumn> contentColumns() {
        return List.of(
                new ContentColumn("pb_project_file", "sha256"),
                new ContentColumn("pb_table_tally", "act_sha256"),
                new ContentColumn("pc_table_tally", "act_sha256"));
    }
}
