package dev.contentlint.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The words a spelling run did not know, counted as a word list wants them: one entry per word whatever its case
 * (lower case when any use is, so the list accepts it in any case; else as written most often), and a plural or
 * possessive folded into its singular when that is listed too, because the dictionary accepts both from one entry.
 */
final class UnknownWords {
    /** One word to list, with its uses and the number of files using it. */
    record Entry(String word, int uses, int files) {}

    private final Map<String, Map<String, Integer>> spellings = new TreeMap<>();
    private final Map<String, Set<String>> files = new LinkedHashMap<>();

    void add(String word, String path) {
        String key = word.toLowerCase(Locale.ROOT);
        spellings.computeIfAbsent(key, k -> new TreeMap<>()).merge(word, 1, Integer::sum);
        files.computeIfAbsent(key, k -> new HashSet<>()).add(path);
    }

    /** The words used at least {@code minCount} times, most used first, then in alphabetical order. */
    List<Entry> entries(int minCount) {
        Map<String, String> into = new LinkedHashMap<>();
        for (String key : spellings.keySet()) {
            for (String ending : List.of("'s", "\u2019s", "s")) {
                String base = key.endsWith(ending) ? key.substring(0, key.length() - ending.length()) : null;
                if (base != null && base.length() > 1 && spellings.containsKey(base)) {
                    into.put(key, base);
                    break;
                }
            }
        }
        Map<String, int[]> uses = new TreeMap<>();
        Map<String, Set<String>> in = new TreeMap<>();
        for (var e : spellings.entrySet()) {
            String target = into.getOrDefault(e.getKey(), e.getKey());
            uses.computeIfAbsent(target, k -> new int[1])[0] += e.getValue().values().stream().mapToInt(Integer::intValue).sum();
            in.computeIfAbsent(target, k -> new HashSet<>()).addAll(files.get(e.getKey()));
        }
        List<Entry> out = new ArrayList<>();
        for (var e : uses.entrySet())
            if (e.getValue()[0] >= minCount) out.add(new Entry(spelling(e.getKey()), e.getValue()[0], in.get(e.getKey()).size()));
        out.sort(Comparator.comparingInt(Entry::uses).reversed().thenComparing(Entry::word, String.CASE_INSENSITIVE_ORDER));
        return out;
    }

    private String spelling(String key) {
        Map<String, Integer> forms = spellings.get(key);
        if (forms.containsKey(key)) return key;
        return forms.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
    }

    /**
     * The word list file: a header saying what it is, then one word a line with its counts as a comment. The
     * header uses only dictionary words: the list is a text file that a later check reads as a document too.
     */
    String wordList(List<Entry> entries, int fileCount) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Words the spelling check did not know in ").append(fileCount).append(fileCount == 1 ? " file" : " files")
                .append(", most used first.\n")
                .append("# Delete the typos and fix them in the documents; a word in lower case is accepted in any case.\n");
        int width = entries.stream().mapToInt(e -> e.word().length()).max().orElse(0);
        for (Entry e : entries)
            sb.append(e.word()).append(" ".repeat(width - e.word().length() + 2)).append("# ").append(e.uses())
                    .append(e.uses() == 1 ? " use" : " uses").append(" in ").append(e.files())
                    .append(e.files() == 1 ? " file" : " files").append('\n');
        return sb.toString();
    }
}
