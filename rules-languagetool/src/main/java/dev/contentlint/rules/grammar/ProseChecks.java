package dev.contentlint.rules.grammar;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.ProseBlock;
import dev.contentlint.core.document.Span;
import dev.contentlint.core.rule.RuleContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs LanguageTool over a document's prose blocks, one unit per block, once per {@link LtSettings}, and
 * shares the results between the grammar and spelling rules of that document. Results come from the
 * paragraph cache when they can; LanguageTool is only started for a unit the cache does not know. Work per
 * unit and per file is bounded: what is skipped becomes a note, and the rest of the file is still checked.
 */
public final class ProseChecks {
    /** Longer blocks are not checked: LanguageTool's time grows faster than the text on run-on input. */
    public static final int MAX_UNIT_CHARS = 20_000;
    /** Time LanguageTool may spend on one unit before it is cancelled. */
    public static final long UNIT_BUDGET_MILLIS = 10_000;
    /** Time all units of one file may take before the rest is skipped. */
    public static final long FILE_BUDGET_MILLIS = 180_000;
    /** A unit of at least this many words where most are unknown is taken as another language. */
    static final int FOREIGN_MIN_WORDS = 8;

    /** Languages written in Latin script, whose text in another script is skipped rather than checked. */
    private static final Set<String> LATIN = Set.of("en", "de", "fr", "es", "pt", "nl", "it", "pl", "sv", "da", "ca",
            "gl", "ro", "sk", "sl", "eo", "ga", "br", "ast", "tl", "crh");

    private static final Object KEY = new Object();

    /** One checked unit and its matches. */
    public record Checked(ProseUnit unit, List<LtMatch> matches) {}

    /** A unit or a part of the file that was not checked, and why. */
    public record Note(Span span, String message) {}

    /** What one check of a document found, and what it skipped. */
    public record Result(List<Checked> units, List<Note> notes) {}

    private ProseChecks() {
    }

    /** The results for {@code settings}, computed once per document. */
    public static Result of(Document document, RuleContext context, LtSettings settings) {
        Map<String, Result> store = document.derived(KEY, d -> new ConcurrentHashMap<String, Result>());
        Result r = store.get(settings.key());
        if (r != null) return r;
        r = compute(document, context, settings, store);
        store.put(settings.key(), r);
        return r;
    }

    private static Result compute(Document document, RuleContext context, LtSettings s, Map<String, Result> store) {
        ParagraphCache cache = context.service(ParagraphCache.class);
        LtSettings spelling = s.spellingOnly() || spellerOff(s) ? null : LtSettings.spelling(s.language());
        LanguageToolService lt = null;
        List<Checked> units = new ArrayList<>();
        List<Checked> spellingUnits = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        int failures = 0, failedAt = -1;
        long started = System.nanoTime();
        String lang = s.language();
        for (ProseBlock block : document.prose()) {
            String text = block.text();
            if (!hasLetter(text)) continue;
            if (text.length() > MAX_UNIT_CHARS) {
                notes.add(new Note(block.span(), "Grammar and spelling were not checked in this block: it is "
                        + text.length() + " characters long, over the limit of " + MAX_UNIT_CHARS
                        + ". Split it into paragraphs, or mark it as code if it is not prose."));
                continue;
            }
            if (otherScript(text, lang)) {
                notes.add(new Note(block.span(), "Grammar and spelling were not checked in this block: most of it "
                        + "is not in the Latin script of " + lang + ". Set the language of the file with overrides, "
                        + "or disable the rule for it."));
                continue;
            }
            ProseUnit unit = new ProseUnit(block, document.text());
            String key = unit.cacheKey(s);
            List<LtMatch> matches = cache.get(key);
            if (matches == null) {
                if (System.nanoTime() - started > FILE_BUDGET_MILLIS * 1_000_000L) {
                    notes.add(new Note(block.span(), "Grammar and spelling were not checked from here to the end of "
                            + "the file: checking it took longer than " + FILE_BUDGET_MILLIS / 1000 + " s. Split the file."));
                    break;
                }
                if (lt == null) lt = context.service(LanguageToolService.class);
                LanguageToolService.Outcome outcome;
                try {
                    outcome = lt.check(unit, s, UNIT_BUDGET_MILLIS);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (LanguageToolFailure e) {
                    // One note for the file, at the first block LanguageTool failed on; the other blocks are checked.
                    if (failures++ == 0) {
                        failedAt = notes.size();
                        notes.add(new Note(block.span(), "Grammar and spelling were not checked in this block: "
                                + "LanguageTool failed on it (" + e.getMessage() + ")."));
                    }
                    continue;
                }
                if (outcome.timedOut()) {
                    notes.add(new Note(block.span(), "Grammar and spelling were not checked in this block: "
                            + "LanguageTool took longer than " + UNIT_BUDGET_MILLIS / 1000 + " s on it. Split it into "
                            + "shorter sentences."));
                    continue;
                }
                matches = outcome.matches();
                cache.put(key, matches);
                if (spelling != null) cache.put(unit.cacheKey(spelling), spellingOf(matches));
            }
            int words = words(text);
            long unknown = matches.stream().filter(LtMatch::spelling).count();
            if (words >= FOREIGN_MIN_WORDS && unknown * 2 > words) {
                notes.add(new Note(block.span(), "Grammar and spelling were not checked in this block: " + unknown
                        + " of its " + words + " words are unknown in " + lang + ", so it is probably in another "
                        + "language. Set the language of the file with overrides, or disable the rule for it."));
                continue;
            }
            matches = judgeable(unit, matches);
            units.add(new Checked(unit, matches));
            if (spelling != null) spellingUnits.add(new Checked(unit, spellingOf(matches)));
        }
        if (spelling != null) store.putIfAbsent(spelling.key(), new Result(List.copyOf(spellingUnits), List.of()));
        if (failures > 1) {
            Note first = notes.get(failedAt);
            notes.set(failedAt, new Note(first.span(), first.message().replace("not checked in this block:",
                    "not checked in this block and " + (failures - 1) + " more after it:").replace("failed on it", "failed on them")));
        }
        return new Result(List.copyOf(units), List.copyOf(notes));
    }

    /** Whether the settings switch LanguageTool's spell checker off, so its results say nothing about spelling. */
    private static boolean spellerOff(LtSettings s) {
        for (String id : s.disable())
            if (id.equals("TYPOS") || id.startsWith("MORFOLOGIK") || id.startsWith("HUNSPELL")) return true;
        return false;
    }

    /**
     * Drops matches that depend on the word code stands in for, which LanguageTool only saw as a stand-in, and
     * repeated words that differ in case ("the parameter name Name"): the second names a thing called so. Grammar
     * matches are also dropped on a quoted literal ({@code "System."}, {@code "en-GB; q=0.9, fr"}), on a single
     * word set in bold or italics as a name ("the **Begin** parameter"), and on a multi-word spelling of words
     * that are all capitalised ("Jane Doe"), a person's or product's name.
     */
    private static List<LtMatch> judgeable(ProseUnit unit, List<LtMatch> matches) {
        List<LtMatch> out = new ArrayList<>(matches.size());
        for (LtMatch m : matches) {
            if (NEXT_WORD_RULES.contains(m.ruleId()) && unit.codeWithin(m.to(), m.to() + 2)) continue;
            if (m.ruleId().equals("ENGLISH_WORD_REPEAT_RULE") && namesItself(unit.text(), m.from(), m.to())) continue;
            if (!m.spelling() && (inQuotedLiteral(unit.text(), m.from(), m.to()) || endsAtEmphasisedWord(unit, m)
                    || m.ruleId().startsWith("EN_MULTITOKEN_SPELLING") && capitalisedWords(unit.text(), m.from(), m.to())))
                continue;
            if (!m.spelling() && notProse(unit, m)) continue;
            out.add(m);
        }
        return out;
    }

    /**
     * Whether the match is a word set alone in bold or italics, or starts or ends with one ("the **All**
     * parameter" read as a determiner before a pronoun): the word names a parameter or control.
     */
    static boolean endsAtEmphasisedWord(ProseUnit unit, LtMatch m) {
        String t = unit.text();
        int from = Math.max(0, m.from());
        int to = Math.min(t.length(), m.to());
        if (unit.emphasisedWord(from, to)) return true;
        int end = to;
        while (end > from && !Character.isLetterOrDigit(t.charAt(end - 1))) end--;
        int start = end;
        while (start > from && (Character.isLetterOrDigit(t.charAt(start - 1)) || t.charAt(start - 1) == '-')) start--;
        if (start < end && unit.emphasisedWord(start, end)) return true;
        int first = from;
        while (first < to && !Character.isLetterOrDigit(t.charAt(first))) first++;
        int last = first;
        while (last < to && (Character.isLetterOrDigit(t.charAt(last)) || t.charAt(last) == '-')) last++;
        return first < last && unit.emphasisedWord(first, last);
    }

    /** LanguageTool rules about spaces and repeated words, which code standing in as a word can set off. */
    private static final Set<String> SPACING_RULES = Set.of("ENGLISH_WORD_REPEAT_RULE", "COMMA_PARENTHESIS_WHITESPACE",
            "WHITESPACE_RULE", "SPACE_BEFORE_PUNCTUATION");
    /** Comparison operators, which the arrow rule takes for arrows. */
    private static final Set<String> COMPARISONS = Set.of("<=", ">=", "=<", "=>");
    /** The longest code in parentheses ("French (fr)", "(en-US)") taken as a code rather than a word. */
    private static final int CODE_IN_PARENTHESES_MAX = 5;

    /**
     * Matches on text that is not prose as LanguageTool reads it: a repeated word or a spacing complaint next to
     * code that stands in as a word ("status code `ERROR`", "`add(-1)`."); a comparison operator taken for an
     * arrow ("0 <= s"), a minus between numbers taken for a dash ("5.0 - 2.00"); a closed-up spelling proposed
     * for a prefix written with its hyphen ("bi-directional", "non-integer"), which style guides accept; a short
     * code alone in parentheses ("French (fr)"); a word of a name in capitals ("Event Trace Sessions"); and a
     * participle before "to" ("it is recommended to use"), where the verb rule expects an active verb.
     */
    static boolean notProse(ProseUnit unit, LtMatch m) {
        String t = unit.text();
        int from = Math.max(0, m.from());
        int to = Math.min(t.length(), m.to());
        String matched = t.substring(from, to);
        String id = m.ruleId();
        if (SPACING_RULES.contains(id) && unit.codeWithin(Math.max(0, from - 1), Math.min(t.length(), to + 1))
                && !commaWithoutSpace(t, from, to)) return true;
        if (id.equals("ARROWS") && COMPARISONS.contains(matched.strip())) return true;
        if (id.equals("DASH_RULE") && matched.strip().equals("-") && numberAround(t, from, to)) return true;
        if (id.startsWith("EN_COMPOUNDS_") && hyphenatedPrefix(matched, m.suggestions())) return true;
        if (codeInParentheses(t, from, to)) return true;
        if (id.equals("SPACE_BEFORE_PARENTHESIS") && notation(t, from, to)) return true;
        if (id.equals("ADMIT_ENJOY_VB") && matched.strip().split("\\s+")[0].toLowerCase(java.util.Locale.ROOT).endsWith("ed"))
            return true;
        return nameInCapitals(t, from, to);
    }

    /** Whether a comma in {@code [from, to)} stands right before a letter, code or not: "`-and`,`-or`". */
    private static boolean commaWithoutSpace(String t, int from, int to) {
        for (int i = from; i < to && i + 1 < t.length(); i++)
            if (t.charAt(i) == ',' && !Character.isWhitespace(t.charAt(i + 1))) return true;
        return false;
    }

    private static boolean numberAround(String t, int from, int to) {
        int b = from - 1;
        while (b >= 0 && t.charAt(b) == ' ') b--;
        int a = to;
        while (a < t.length() && t.charAt(a) == ' ') a++;
        return b >= 0 && a < t.length() && Character.isDigit(t.charAt(b)) && Character.isDigit(t.charAt(a));
    }

    /** Whether {@code matched} is a prefix joined by a hyphen and a suggestion the same letters closed up. */
    private static boolean hyphenatedPrefix(String matched, List<String> suggestions) {
        String m = matched.strip();
        int hyphen = m.indexOf('-');
        if (hyphen < 2 || hyphen > 5) return false;
        String closed = m.replace("-", "");
        for (String s : suggestions) if (s.equalsIgnoreCase(closed)) return true;
        return false;
    }

    /** The longest argument list taken as notation ({@code DES(56)}, {@code fcntl(2)}) rather than an aside. */
    private static final int NOTATION_MAX = 20;

    /**
     * Whether a parenthesis in or right after {@code [from, to)} opens an argument list written against a word with
     * no space inside it ({@code DES(56)}, {@code f(x)}, {@code fcntl(2)}): notation, which a space would break.
     */
    static boolean notation(String t, int from, int to) {
        int open = t.indexOf('(', from);
        if (open < 0 || open > to || open == 0 || !Character.isLetterOrDigit(t.charAt(open - 1))) return false;
        int close = t.indexOf(')', open);
        if (close < 0 || close - open - 1 > NOTATION_MAX || close == open + 1) return false;
        for (int i = open + 1; i < close; i++) if (Character.isWhitespace(t.charAt(i))) return false;
        return true;
    }

    /** Whether {@code [from, to)} is a short token alone in parentheses, with no space inside them. */
    static boolean codeInParentheses(String t, int from, int to) {
        int open = from - 1;
        int close = to;
        while (open >= 0 && t.charAt(open) != '(' && !Character.isWhitespace(t.charAt(open))) open--;
        while (close < t.length() && t.charAt(close) != ')' && !Character.isWhitespace(t.charAt(close))) close++;
        return open >= 0 && close < t.length() && t.charAt(open) == '(' && t.charAt(close) == ')'
                && close - open - 1 <= CODE_IN_PARENTHESES_MAX && close - open > 1;
    }

    /**
     * Whether {@code [from, to)} is one capitalised word inside a sentence next to another capitalised word:
     * part of a name written in capitals ("send commands to Event Trace Sessions").
     */
    static boolean nameInCapitals(String t, int from, int to) {
        String word = t.substring(from, to).strip();
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) || !word.chars().allMatch(Character::isLetter)) return false;
        int b = from - 1;
        while (b >= 0 && t.charAt(b) == ' ') b--;
        if (b < 0 || ".!?:\n\"'\u201C(".indexOf(t.charAt(b)) >= 0) return false; // the first word of a sentence
        int a = to;
        while (a < t.length() && t.charAt(a) == ' ') a++;
        boolean nextCapital = a < t.length() && Character.isUpperCase(t.charAt(a));
        int p = b;
        while (p >= 0 && Character.isLetter(t.charAt(p))) p--;
        boolean previousCapital = b >= 0 && Character.isLetter(t.charAt(b)) && Character.isUpperCase(t.charAt(p + 1));
        return nextCapital || previousCapital;
    }

    /** Longest quoted text taken as one literal value. */
    private static final int QUOTED_MAX = 80;
    /** Characters that make quoted text a value or code rather than words: assignments, separators, paths. */
    private static final String CODE_CHARS = "=;{}<>/\\|_$@#";

    /**
     * Whether {@code [from, to)} overlaps text in double quotes that is a literal rather than quoted words: one
     * token without spaces ({@code "System."}, {@code "fr"}) or text with code characters or digits in it
     * ({@code "en-GB; q=0.9, fr; q=0.8"}).
     */
    static boolean inQuotedLiteral(String text, int from, int to) {
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean straight = c == '"';
            if (open < 0) {
                if (straight || c == '\u201C') open = i;
                continue;
            }
            if (!(straight && text.charAt(open) == '"' || c == '\u201D' && text.charAt(open) == '\u201C')) {
                if (c == '\n') open = -1;
                continue;
            }
            String inside = text.substring(open + 1, i);
            if (open < to && i + 1 > from && inside.length() <= QUOTED_MAX && literal(inside)) return true;
            open = -1;
        }
        return false;
    }

    private static boolean literal(String quoted) {
        if (quoted.isBlank()) return false;
        if (quoted.chars().noneMatch(Character::isWhitespace)) return true;
        return quoted.chars().anyMatch(c -> Character.isDigit(c) || CODE_CHARS.indexOf(c) >= 0);
    }

    /** Whether {@code [from, to)} holds two or more words, each starting with a capital letter. */
    static boolean capitalisedWords(String text, int from, int to) {
        if (from < 0 || to > text.length() || from >= to) return false;
        String[] words = text.substring(from, to).strip().split("[\\s\u00A0]+");
        if (words.length < 2) return false;
        for (String w : words) if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) return false;
        return true;
    }

    /** Whether the repeated words in {@code [from, to)} are spelled in different cases. */
    static boolean namesItself(String text, int from, int to) {
        if (from < 0 || to > text.length() || from >= to) return false;
        String[] words = text.substring(from, to).strip().split("[^\\p{L}\\p{N}]+");
        return words.length == 2 && words[0].equalsIgnoreCase(words[1]) && !words[0].equals(words[1]);
    }

    /** LanguageTool rules that judge a word by the one after it. */
    private static final Set<String> NEXT_WORD_RULES = Set.of("EN_A_VS_AN");

    private static List<LtMatch> spellingOf(List<LtMatch> matches) {
        return matches.stream().filter(LtMatch::spelling).toList();
    }

    private static boolean hasLetter(String text) {
        for (int i = 0; i < text.length(); i++) if (Character.isLetter(text.charAt(i))) return true;
        return false;
    }

    static int words(String text) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetter(text.charAt(i));
            if (letter && !in) n++;
            in = letter;
        }
        return n;
    }

    /** True when a Latin-script language meets a block whose letters are mostly in other scripts. */
    static boolean otherScript(String text, String language) {
        String base = language.split("-", 2)[0];
        if (!LATIN.contains(base)) return false;
        int letters = 0;
        int other = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) continue;
            letters++;
            if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN) other++;
        }
        return letters > 0 && other * 2 > letters;
    }
}
