package org.apertura.national;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/** A member's stored snapshot read back (cached by its text, which only a good harvest changes). */
@Component
class Snapshots {

    private final ObjectMapper json;
    private final Map<Long, Map.Entry<String, Snapshot>> cache = new ConcurrentHashMap<>();

    Snapshots(ObjectMapper json) {
        this.json = json;
    }

    /** The member's last verified snapshot, or null before its first good harvest. */
    Snapshot of(NationalMember m) {
        String text = m.getSnapshot();
        if (text == null) {
            return null;
        }
        Map.Entry<String, Snapshot> cached = cache.get(m.getId());
        if (cached != null && cached.getKey().equals(text)) {
            return cached.getValue();
        }
        Snapshot snapshot = json.readValue(text, Snapshot.class);
        cache.put(m.getId(), Map.entry(text, snapshot));
        return snapshot;
    }

    String write(Snapshot snapshot) {
        return json.writeValueAsString(snapshot);
    }
}
