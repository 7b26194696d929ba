package dev.contentlint.rules.grammar;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which words LanguageTool's spell checker flags are worth reporting as misspellings of prose, whatever the
 * project's word lists say. Identifiers written without code marks, acronyms, names in mixed case and words in
 * other scripts are not. The decision depends only on the text, so {@link LanguageToolService} uses it to skip
 * the costly search for suggestions on words that can never be reported.
 */
public final class SpellingCandidates {
    /**
     * Identifiers written in prose without code marks: snake_case, camelCase, paths, dotted names and words with
     * digits are code, not misspellings.
     */
    private static final Pattern CODE_LIKE = Pattern.compile(".*(?:[_/\\\\.@#$%&=<>{}\\[\\]~^+*]|\\d|\\p{Ll}\\p{Lu}).*");
    /** Verb-Noun command names such as Get-ChildItem. */
    private static final Pattern COMMAND = Pattern.compile("\\p{Lu}\\p{Ll}+-\\p{Lu}.*");
    /** Joins the parts of dotted, slashed and similar identifiers (System.Management.Automation). */
    private static final String JOINERS = "./\\_@:=";

    private SpellingCandidates() {
    }

    /** Whether the flagged word {@code text[from, to)} may be reported: a word of prose, not part of an identifier. */
    public static boolean reportable(String text, int from, int to) {
        return worthReporting(text.substring(from, to)) && !partOfIdentifier(text, from, to)
                && !option(text, from, to) && !abbreviation(text, from, to);
    }

    /**
     * Whether the word is a command-line option written in prose ({@code -nop}, {@code --force}): a dash (or
     * two) right before it, with a space, a bracket, a bar or the start of the text before the dash, and no
     * letter right after the word.
     */
    static boolean option(String text, int from, int to) {
        int dash = from - 1;
        if (dash < 0 || text.charAt(dash) != '-') return false;
        if (dash > 0 && text.charAt(dash - 1) == '-') dash--;
        boolean openBefore = dash == 0 || " \t\n\u00A0([{|,/\"'`".indexOf(text.charAt(dash - 1)) >= 0;
        return openBefore && (to >= text.length() || !Character.isLetterOrDigit(text.charAt(to)));
    }

    /** Longest lower-case word taken as an abbreviation when a period follows it inside a sentence. */
    private static final int ABBREVIATION_MAX = 5;

    /**
     * Whether the word is an abbreviation with a period ({@code rsp.}, {@code resp.}): a short lower-case word
     * whose period is followed by a space and a lower-case word, so the sentence does not end there.
     */
    static boolean abbreviation(String text, int from, int to) {
        if (to - from > ABBREVIATION_MAX || to + 2 >= text.length() || text.charAt(to) != '.') return false;
        for (int i = from; i < to; i++) if (!Character.isLowerCase(text.charAt(i))) return false;
        int i = to + 1;
        if (text.charAt(i) != ' ') return false;
        while (i < text.length() && text.charAt(i) == ' ') i++;
        return i < text.length() && Character.isLowerCase(text.charAt(i));
    }

    /** Whether the word is one part of an identifier such as {@code System.Management} written without code marks. */
    public static boolean partOfIdentifier(String text, int from, int to) {
        boolean before = from >= 2 && JOINERS.indexOf(text.charAt(from - 1)) >= 0
                && Character.isLetterOrDigit(text.charAt(from - 2));
        boolean after = to + 1 < text.length() && JOINERS.indexOf(text.charAt(to)) >= 0
                && Character.isLetterOrDigit(text.charAt(to + 1));
        return before || after;
    }

    /** Code-like tokens, acronyms, names in mixed case and words in other scripts are not spelling mistakes of prose. */
    public static boolean worthReporting(String word) {
        if (word.isEmpty() || CODE_LIKE.matcher(word).matches() || COMMAND.matcher(word).matches()) return false;
        long upper = word.chars().filter(Character::isUpperCase).count();
        if (upper >= 2 && upper < word.chars().filter(Character::isLetter).count()) return false; // PSObject, OTel
        // Words in capitals: acronyms ("EDEADLK"), labels and names set in capitals ("ADRIANA VILLELA:").
        if (word.equals(word.toUpperCase(Locale.ROOT))) return false;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp) && Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN) return false;
        }
        return true;
    }
}
