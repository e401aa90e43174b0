package org.apertura.meetings;

import java.util.List;
import org.apertura.platform.storage.StoredContentOwner;
import org.springframework.stereotype.Component;

/** Where this module records the stored content it owns (kept while named; see the platform's ContentRemoval). */
@Component
class MeetingStoredContents implements StoredContentOwner {

    @Override
    public List<ContentColumn> contentColumns() {
        return List.of(new ContentColumn("meeting", "minutes_sha256"));
    }
}
