package dev.contentlint.rules.grammar;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The daemon's memory of recent LanguageTool results, by {@link ProseUnit#cacheKey paragraph cache key}: the
 * least recently used entries go once the estimated size of all entries passes a byte budget, so the memory
 * a daemon holds stays bounded however many runs it serves. Safe for the daemon's connection threads.
 */
final class RecentResults {
    /** 32 MiB: a result takes a few hundred bytes, so this holds the results of about 100,000 paragraphs. */
    static final long DEFAULT_MAX_BYTES = 32L << 20;
    /** What an entry costs besides its strings: the map entry, the key, the list and the record headers. */
    private static final long ENTRY_BYTES = 300;
    private static final long MATCH_BYTES = 120;

    private final long maxBytes;
    private final LinkedHashMap<String, List<LtMatch>> entries = new LinkedHashMap<>(1024, 0.75f, true);
    private long bytes;
    private long hits;

    /** Results held within an estimated {@code maxBytes}. */
    RecentResults(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The matches stored for {@code key}, now the most recently used entry; null when there are none. */
    synchronized List<LtMatch> get(String key) {
        List<LtMatch> matches = entries.get(key);
        if (matches != null) hits++;
        return matches;
    }

    /** Stores {@code matches} for {@code key}, evicting the least recently used entries over the budget. */
    synchronized void put(String key, List<LtMatch> matches) {
        List<LtMatch> value = List.copyOf(matches);
        List<LtMatch> old = entries.put(key, value);
        if (old != null) bytes -= size(key, old);
        bytes += size(key, value);
        Iterator<Map.Entry<String, List<LtMatch>>> oldest = entries.entrySet().iterator();
        // The entry just stored stays even when it alone is over the budget: it is the one being asked for.
        while (bytes > maxBytes && entries.size() > 1) {
            Map.Entry<String, List<LtMatch>> e = oldest.next();
            bytes -= size(e.getKey(), e.getValue());
            oldest.remove();
        }
    }

    /** How many results are held. */
    synchronized int size() {
        return entries.size();
    }

    /** How many lookups found a result. */
    synchronized long hits() {
        return hits;
    }

    /** The estimated bytes held. */
    synchronized long bytes() {
        return bytes;
    }

    private static long size(String key, List<LtMatch> matches) {
        long n = ENTRY_BYTES + 2L * key.length();
        for (LtMatch m : matches) {
            n += MATCH_BYTES + 2L * (m.ruleId().length() + m.category().length() + m.message().length());
            for (String s : m.suggestions()) n += 40 + 2L * s.length();
        }
        return n;
    }
}
