package dev.contentlint.rules.spelling;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.Link;
import dev.contentlint.core.document.Span;
import dev.contentlint.core.document.Table;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * General rules about which flagged words are names or fragments rather than misspellings, whatever the
 * project: they depend only on the word and where it stands, never on a list of words.
 */
final class Words {
    /** What may stand between a sentence's end and its first word: spaces, quotes, brackets, emphasis marks. */
    private static final String OPENERS = " \t\n\u00A0\"'\u201C\u2018([*_";

    /** A column heading that says the column holds people or their accounts: "Name", "GitHub Id", "Maintainers". */
    private static final Pattern PEOPLE_HEADING = Pattern.compile("(?iU).*\\b(?:(?:user|full |first |last )?names?"
            + "|users?|logins?|handles?|authors?|maintainers?|owners?|contributors?|github|members?|reviewers?"
            + "|people|person|speakers?|assignees?)\\b.*");
    /**
     * Words that a slip of the space bar joins to the next one ("everytime", "eachother", "nevermind"): English
     * determiners, quantifiers, pronouns, prepositions, conjunctions and auxiliaries. A closed word starting with
     * one is no compound.
     */
    private static final Set<String> FUNCTION_WORDS = Set.of("all", "any", "each", "every", "some", "other",
            "another", "both", "either", "neither", "none", "few", "many", "much", "more", "most", "such", "this",
            "that", "these", "those", "what", "which", "who", "whom", "whose", "where", "when", "how", "why", "there",
            "here", "you", "your", "our", "their", "his", "her", "its", "they", "them", "she", "him", "not", "nor",
            "but", "and", "for", "the", "with", "without", "from", "into", "onto", "upon", "over", "under", "after",
            "before", "can", "may", "might", "must", "shall", "should", "will", "would", "could", "never", "ever",
            "also", "even", "just", "only", "than", "then", "thus", "very", "was", "were", "are", "has", "had",
            "have", "does", "did", "been", "being");
    /** Pronouns that follow a verb and are slipped onto it ("thankyou"). */
    private static final Set<String> OBJECT_PRONOUNS = Set.of("you", "him", "her", "them", "one", "itself",
            "yourself", "myself", "ourselves", "themselves");

    private Words() {}

    /**
     * A closed compound of two dictionary words ("bugfix", "codepage", "passthrough", "subprocess"): the spell
     * checker suggests the word split in two at one place, each half of at least 3 letters. Not a compound, and
     * still reported: a word whose first half is a function word ("everytime", "eachother") or whose second is
     * an object pronoun ("thankyou"), both slips of the space bar, and a noun joined to a verb's -ing form
     * ("loadbalancing"), which English writes apart ("load balancing", "problem solving").
     */
    static boolean closedCompound(String word, List<String> suggestions) {
        if (!word.chars().allMatch(Character::isLetter)) return false;
        for (String s : suggestions) {
            int space = s.indexOf(' ');
            if (space < 0 || s.indexOf(' ', space + 1) >= 0) continue;
            String first = s.substring(0, space).toLowerCase(Locale.ROOT);
            String second = s.substring(space + 1).toLowerCase(Locale.ROOT);
            if (!(first + second).equals(word.toLowerCase(Locale.ROOT)) || first.length() < 3 || second.length() < 3)
                continue;
            if (FUNCTION_WORDS.contains(first) || OBJECT_PRONOUNS.contains(second) || second.endsWith("ing"))
                return false;
            return true;
        }
        return false;
    }

    /**
     * A word of a table column whose heading names people or accounts ("Name", "Author", "GitHub Id"): the
     * column lists names and handles (baardhermansen, michael-hollingsworth), which no dictionary holds. The
     * other columns of the table are still checked.
     */
    static boolean inNameColumn(Document document, Span span, String word) {
        Pattern whole = Pattern.compile("(?<![\\p{L}\\p{N}_-])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}_-])");
        for (Table table : document.tables()) {
            Span t = table.span();
            if (t == null || table.headerRows() == 0 || t.start() > span.start() || t.end() < span.end()) continue;
            for (int h = 0; h < table.headerRows(); h++) {
                List<String> heading = table.rows().get(h);
                for (int c = 0; c < heading.size(); c++) {
                    if (!PEOPLE_HEADING.matcher(heading.get(c)).matches()) continue;
                    for (int r = table.headerRows(); r < table.rows().size(); r++) {
                        List<String> row = table.rows().get(r);
                        if (c < row.size() && whole.matcher(row.get(c)).find()) return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether a suggestion spells {@code word} with other capitals only ("haskell" for Haskell, "vpn" for VPN):
     * the letters are right, so it is no misspelling.
     */
    static boolean caseOnly(String word, List<String> suggestions) {
        for (String s : suggestions) if (s.equalsIgnoreCase(word)) return true;
        return false;
    }

    /**
     * Whether some suggestion is a likely target of a slip of the keys: at most two letters added, dropped,
     * changed or swapped (one, for a word of {@value #SHORT} letters or fewer), starting with the same letter, and not an
     * acronym suggested for a word in lower case. Misspellings are slips from a word the writer meant, and
     * writers get the first letter right far more often than not; a word that no suggestion is close to
     * ("getpwuid", "shmcb", "circumventable") is a coinage, a name or an identifier, not a slip.
     */
    static final int SHORT = 5;

    static boolean closeSuggestion(String word, List<String> suggestions) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.isEmpty()) return false;
        int limit = w.codePointCount(0, w.length()) <= SHORT ? 1 : 2;
        boolean wordInCapitals = word.equals(word.toUpperCase(Locale.ROOT));
        for (String s : suggestions) {
            if (s.isEmpty() || !wordInCapitals && s.length() > 1 && s.equals(s.toUpperCase(Locale.ROOT))) continue;
            String t = s.toLowerCase(Locale.ROOT);
            if (t.charAt(0) != w.charAt(0)) continue;
            if (slips(w, t) <= limit) return true;
        }
        return false;
    }

    /** Letters added, dropped, changed, or two neighbours swapped, that turn {@code a} into {@code b}. */
    static int slips(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1))
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
            }
        }
        return d[a.length()][b.length()];
    }

    /** The words of a flagged compound ("re-enable remoting"), split at spaces, hyphens and commas. */
    static List<String> parts(String word) {
        return Arrays.stream(word.split("[\\s,\\-\u2010\u2011]+")).filter(p -> !p.isEmpty()).toList();
    }

    /**
     * A word (or every part of a compound) of one or two letters: language codes ("ko", "es"), Unicode
     * categories ("Ll"), foreign articles; too short to be a misspelling worth a finding.
     */
    static boolean fragment(String word) {
        return parts(word).stream().allMatch(p -> p.codePointCount(0, p.length()) < 3);
    }

    /**
     * A capitalised word inside a sentence ("maintained by Chalin and Vasconcellos", "send it to Telegraf"):
     * a name of a person, product or project, which a spell checker's dictionary mostly lacks. The first word of
     * a sentence, a heading or a cell is still checked.
     */
    static boolean nameInSentence(String text, int from, String word) {
        if (word.length() < 2 || !Character.isUpperCase(word.charAt(0))) return false;
        if (!word.substring(1).equals(word.substring(1).toLowerCase(Locale.ROOT))) return false;
        int i = from - 1;
        while (i >= 0 && OPENERS.indexOf(text.charAt(i)) >= 0) i--;
        // After a semicolon the next word is in lower case unless it is a name ("Sharma, Apple; Trask Stalnaker").
        return i >= 0 && ".!?:\u2026".indexOf(text.charAt(i)) < 0;
    }

    /**
     * A word in the text of a link whose address holds it ({@code [opentelemetry-packaging](https://github.com/
     * open-telemetry/opentelemetry-packaging)}): the name of what the link points at.
     */
    static boolean namedByLink(Document document, Span span, String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (Link link : document.links()) {
            Span s = link.span();
            if (s == null || s.start() > span.start() || s.end() < span.end() || link.destination() == null) continue;
            String destination = link.destination().toLowerCase(Locale.ROOT);
            if (parts(w).stream().allMatch(destination::contains)) return true;
        }
        return false;
    }
}
