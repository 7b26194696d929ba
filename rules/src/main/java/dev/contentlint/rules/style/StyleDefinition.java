package dev.contentlint.rules.style;

import dev.contentlint.core.document.ProseBlock;
import dev.contentlint.core.rule.Severity;
import java.util.Set;

/**
 * One style rule as its YAML file defines it, checked and compiled.
 *
 * @param name     the rule's name: the file name without extension; the id is {@code style/<name>}
 * @param kind     what the rule does with a match
 * @param message  the finding's text, where {@code %s} stands for the match (existence) or for the
 *                 replacement and then the match (substitution)
 * @param severity the default severity
 * @param summary  one sentence for rule listings, or null
 * @param link     where the rule is documented, or null
 * @param scope    the kinds of prose checked
 * @param matcher  the compiled words and patterns
 * @param source   the file's path and text, which the run cache compares
 */
record StyleDefinition(String name, Kind kind, String message, Severity severity, String summary, String link,
                       Set<ProseBlock.Kind> scope, StyleMatcher matcher, String source) {
    /** The check types: report a match, or report it with what to write instead. */
    enum Kind {
        EXISTENCE, SUBSTITUTION;

        String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    StyleDefinition {
        scope = Set.copyOf(scope);
    }
}
