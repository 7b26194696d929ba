package dev.contentlint.core.engine;

import dev.contentlint.core.rule.Finding;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a sharded run keeps of one file for the merge: its findings, what each corpus rule enabled for it
 * summarized, and its inline configuration, which the corpus findings reported in it later must meet.
 *
 * @param path         the file as findings name it
 * @param findings     the file's own findings, those its inline configuration hides too (the merge hides them
 *                     again, so they reach the outputs as suppressed)
 * @param summaries    corpus rule id → the summary as the rule stored it, null when the rule had nothing to say;
 *                     an absent id: no summary was made (the rule failed on the file, say)
 * @param suppressions the stored inline configuration ({@link Suppressions#store()}), null when there is none
 */
public record FilePart(String path, List<Finding> findings, Map<String, String> summaries, String suppressions) {
    public FilePart {
        findings = List.copyOf(findings);
        summaries = Collections.unmodifiableMap(new LinkedHashMap<>(summaries));
    }
}
