package dev.contentlint.rules.disclaimer;

import dev.contentlint.core.config.Glob;
import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.ProseBlock;
import dev.contentlint.core.document.Section;
import dev.contentlint.core.document.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What one document says about disclaimer topics: which apply, and where its disclaimer sections are. */
final class DisclaimerScan {
    /** A section under a disclaimer-like heading, with its prose joined by spaces. */
    record DisclaimerSection(Section section, String text) {}

    private static final Map<String, Pattern> WORDS = new java.util.concurrent.ConcurrentHashMap<>();

    private final Document document;
    private final String prose;

    DisclaimerScan(Document document) {
        this.document = document;
        StringBuilder sb = new StringBuilder();
        for (ProseBlock block : document.prose()) sb.append(block.text()).append('\n');
        this.prose = sb.toString();
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
            Matcher m = words(keyword).matcher(prose);
            int n = 0;
            while (m.find()) n++;
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
        for (String phrase : topic.phrases()) if (words(phrase).matcher(prose).find()) return true;
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
