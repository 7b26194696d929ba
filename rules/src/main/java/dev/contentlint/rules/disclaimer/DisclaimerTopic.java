package dev.contentlint.rules.disclaimer;

import dev.contentlint.core.config.Glob;
import java.util.List;
import java.util.Map;

/**
 * One entry of the {@code disclaimers:} setting: when a page needs the disclaimer, what satisfies it,
 * and optionally the canonical text it must have.
 *
 * @param id             the topic name shown in findings ({@code medical})
 * @param paths          globs of pages that always need it
 * @param frontMatter    front matter keys that make a page need it, each with the values that count
 *                       (an empty list means any value)
 * @param keywords       words and phrases whose presence in the prose makes a page need it
 * @param minKeywordHits how many different keywords must appear
 * @param headings       heading words that mark a disclaimer section ({@code disclaimer})
 * @param phrases        phrases in the prose that count as a disclaimer
 * @param text           the canonical disclaimer text, or null
 */
public record DisclaimerTopic(String id, List<Glob> paths, Map<String, List<String>> frontMatter, List<String> keywords,
                             int minKeywordHits, List<String> headings, List<String> phrases, String text) {
    public DisclaimerTopic {
        paths = List.copyOf(paths);
        frontMatter = Map.copyOf(frontMatter);
        keywords = List.copyOf(keywords);
        headings = List.copyOf(headings);
        phrases = List.copyOf(phrases);
    }
}
