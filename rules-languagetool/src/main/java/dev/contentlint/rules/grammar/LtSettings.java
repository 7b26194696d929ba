package dev.contentlint.rules.grammar;

import java.util.List;
import java.util.TreeSet;
import org.languagetool.JLanguageTool;

/**
 * Everything a LanguageTool check depends on besides the text: language, level and which LanguageTool rules
 * and categories are switched off or on. Equal settings share one LanguageTool instance and cache entries.
 *
 * @param language     LanguageTool language code, e.g. {@code en-US}
 * @param picky        whether LanguageTool's picky level is used
 * @param disable      LanguageTool rule ids or category ids to switch off
 * @param enable       LanguageTool rule ids or category ids to switch on (default-off ones)
 * @param spellingOnly run only the spelling rule (the spelling rule alone, without grammar)
 */
public record LtSettings(String language, boolean picky, List<String> disable, List<String> enable,
                         boolean spellingOnly) {
    public LtSettings {
        disable = List.copyOf(new TreeSet<>(disable));
        enable = List.copyOf(new TreeSet<>(enable));
    }

    /** The settings of a spelling-only check in {@code language}. */
    public static LtSettings spelling(String language) {
        return new LtSettings(language, false, List.of(), List.of(), true);
    }

    /** A stable text naming these settings and the LanguageTool version, for cache keys. */
    public String key() {
        return "lt " + JLanguageTool.VERSION + "|" + language + "|" + (picky ? "picky" : "default") + "|"
                + String.join(",", disable) + "|" + String.join(",", enable) + "|" + (spellingOnly ? "spelling" : "all");
    }
}
