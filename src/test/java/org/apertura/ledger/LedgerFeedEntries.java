package org.apertura.ledger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a ledger Atom feed lists, read back from its text, and what it should list, read from the ledger subject by subject. */
public final class LedgerFeedEntries {

    private static final Pattern ENTRY = Pattern.compile(
            "<entry>\\s*<id>[^<]*/historial#(\\d+)</id>.*?<link href=\"[^\"]*?(/[^\"/]+/[^\"/]+)\"/>", Pattern.DOTALL);

    private LedgerFeedEntries() {
    }

    /** The feed's entries in order: each entry's sequence number and the path it links to. */
    public static List<Map.Entry<Long, String>> of(String feed) {
        List<Map.Entry<Long, String>> entries = new ArrayList<>();
        Matcher m = ENTRY.matcher(feed);
        while (m.find()) {
            entries.add(Map.entry(Long.parseLong(m.group(1)), m.group(2)));
        }
        return entries;
    }

    /**
     * The newest {@code limit} changes about any of the subjects (by kind, their ids), each once, newest first, as the
     * page of each subject's own history lists them ({@link LedgerService#newestFirst}, one subject at a time).
     */
    public static List<LedgerEntry> expected(LedgerService ledger, Map<String, ? extends Collection<String>> subjects,
            int limit) {
        Map<Long, LedgerEntry> all = new LinkedHashMap<>();
        subjects.forEach((kind, ids) -> ids.forEach(id -> ledger.newestFirst(kind, id, 0, 10_000).getContent()
                .forEach(e -> all.put(e.getSeq(), e))));
        return all.values().stream().sorted(Comparator.comparingLong(LedgerEntry::getSeq).reversed()).limit(limit)
                .toList();
    }
}
