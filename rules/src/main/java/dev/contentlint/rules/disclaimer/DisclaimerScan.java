package dev.contentlint.rules.disclaimer;

import dev.contentlint.core.config.Glob;
import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.ProseBlock;
import dev.contentlint.core.document.Section;
import dev.contentlint.core.document.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** What one document says about disclaimer topics: which apply, and where its disclaimer sections are. */
final class DisclaimerScan {
    /** A section under a disclaimer-like heading, with its prose joined by spaces. */
    record DisclaimerSection(Section section, String text) {}

    private static final Map<String, Pattern> WORDS = new java.util.concurrent.ConcurrentHashMap<>();

    private final Document document;
    /** The prose as lower-case words, split where a letter or digit run ends. */
    private final List<String> words = new ArrayList<>();
    /** Where each word stands in {@link #words}. */
    private final Map<String, List<Integer>> positions = new HashMap<>();

    /** The scan of {@code document}, made once and shared by the disclaimer rules. */
    static DisclaimerScan of(Document document) {
        return document.derived(DisclaimerScan.class, DisclaimerScan::new);
    }

    DisclaimerScan(Document document) {
        this.document = document;
        // Keywords and phrases are counted on words found once, not with one case-insensitive regex scan of
        // the whole page per keyword, which made this rule slower than parsing the page.
        for (ProseBlock block : document.prose()) {
            for (String w : split(block.text())) {
                positions.computeIfAbsent(w, k -> new ArrayList<>()).add(words.size());
                words.add(w);
            }
        }
    }

    /** Lower-case words of {@code text}: maximal runs of letters and digits. */
    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean wordChar = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (wordChar && start < 0) start = i;
            else if (!wordChar && start >= 0) {
                out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return out;
    }

    /** How often {@code phrase} occurs in the prose as whole words, in order. */
    int count(String phrase) {
        List<String> want = split(phrase);
        if (want.isEmpty()) return 0;
        List<Integer> starts = positions.get(want.get(0));
        if (starts == null) return 0;
        int n = 0;
        outer:
        for (int start : starts) {
            if (start + want.size() > words.size()) continue;
            for (int k = 1; k < want.size(); k++) if (!words.get(start + k).equals(want.get(k))) continue outer;
            n++;
        }
        return n;
    }

    /**
     * Why the topic applies to this page: the matching path glob, front matter key or keywords; empty when
     * it does not apply.
     */
    List<String> triggers(DisclaimerTopic topic) {
        String path = document.relativePath();
        if (path != null)
            for (Glob g : topic.paths()) if (g.matches(path.replace('\\', '/'))) return List.of("path " + g);
        for (Map.Entry<String, List<String>> e : topic.frontMatter().entrySet()) {
            Object value = document.frontMatter().values().get(e.getKey());
            if (value == null) continue;
            if (e.getValue().isEmpty()) return List.of("front matter " + e.getKey());
            List<?> values = value instanceof List<?> l ? l : List.of(value);
            for (Object v : values)
                for (String wanted : e.getValue())
                    if (String.valueOf(v).equalsIgnoreCase(wanted)) return List.of("front matter " + e.getKey() + ": " + v);
        }
        if (topic.keywords().isEmpty()) return List.of();
        Map<String, Integer> found = new LinkedHashMap<>();
        for (String keyword : topic.keywords()) {
            int n = count(keyword);
            if (n > 0) found.put(keyword, n);
        }
        if (found.size() < topic.minKeywordHits()) return List.of();
        List<String> out = new ArrayList<>(found.keySet());
        out.sort((a, b) -> found.get(b) - found.get(a));
        return out;
    }

    /** Whether the page has a heading or phrase the topic accepts. */
    boolean satisfied(DisclaimerTopic topic) {
        if (!sections(topic.headings()).isEmpty()) return true;
        for (String phrase : topic.phrases()) if (count(phrase) > 0) return true;
        return false;
    }

    /** The sections whose heading contains one of the heading words, with their prose. */
    List<DisclaimerSection> sections(List<String> headings) {
        List<DisclaimerSection> out = new ArrayList<>();
        for (Section s : document.allSections()) {
            if (s.level() == 0 || s.title() == null) continue;
            for (String h : headings)
                if (words(h).matcher(s.title()).find()) {
                    out.add(new DisclaimerSection(s, textIn(s.body())));
                    break;
                }
        }
        return out;
    }

    private String textIn(Span span) {
        StringBuilder sb = new StringBuilder();
        for (ProseBlock block : document.prose())
            if (block.span().start() >= span.start() && block.span().start() < span.end())
                sb.append(block.text()).append(' ');
        return sb.toString().strip();
    }

    /** A case-insensitive pattern for a word or phrase, whole words only, any white space between words. */
    static Pattern words(String phrase) {
        return WORDS.computeIfAbsent(phrase.toLowerCase(Locale.ROOT), p -> Pattern.compile(
                "(?<![\\p{L}\\p{N}])" + Pattern.quote(p.strip()).replace(" ", "\\E\\s+\\Q") + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }
}
