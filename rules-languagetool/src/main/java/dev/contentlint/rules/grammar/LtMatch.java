package dev.contentlint.rules.grammar;

import java.util.List;

/**
 * One LanguageTool match inside one prose unit, in the form the paragraph cache stores.
 *
 * @param ruleId      LanguageTool rule id, e.g. {@code EN_A_VS_AN}
 * @param category    LanguageTool category id, e.g. {@code GRAMMAR}
 * @param spelling    whether the match comes from a spelling rule
 * @param from        start index in the unit's text
 * @param to          end index (exclusive) in the unit's text
 * @param message     LanguageTool's message, with suggestion tags turned into quotes
 * @param suggestions replacements, best first
 */
public record LtMatch(String ruleId, String category, boolean spelling, int from, int to, String message,
                      List<String> suggestions) {
    public LtMatch {
        suggestions = List.copyOf(suggestions);
    }
}
