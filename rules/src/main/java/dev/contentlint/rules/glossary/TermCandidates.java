package dev.contentlint.rules.glossary;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.Location;
import dev.contentlint.core.document.ProseBlock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects an editor's list of candidate glossary terms over many documents: acronyms, and capitalised
 * multi-word phrases that recur, that neither the glossary nor the common-acronym list covers. Each document's
 * {@link #uses} can be found apart (the engine does, as {@link TermUses}); adding them is not thread-safe: add
 * from one thread, in the order first uses should follow.
 */
public final class TermCandidates {
    /** Capitalised words joined by spaces or by a lower-case linking word ("Department of Energy"). */
    private static final Pattern PHRASE = Pattern.compile(
            "(?<![\\p{L}\\p{N}_'’.-])\\p{Lu}[\\p{L}\\p{N}'’]*(?:-[\\p{L}\\p{N}]+)*"
                    + "(?:[ \\u00A0]+(?:(?:of|and|for|the|on|in|de|du|von|&)[ \\u00A0]+)?\\p{Lu}[\\p{L}\\p{N}'’]*(?:-[\\p{L}\\p{N}]+)*)+"
                    + "(?![\\p{L}\\p{N}_])");
    /** Capitalised only because they start a sentence or a heading-like phrase; not part of a term. */
    private static final Set<String> LEADING = Set.of("the", "a", "an", "this", "these", "those", "that", "in", "on",
            "at", "for", "if", "when", "while", "with", "by", "to", "from", "use", "see", "run", "our", "your", "we",
            "you", "it", "its", "as", "and", "but", "or", "so", "then", "after", "before", "each", "every", "all",
            "some", "many", "most", "how", "what", "why", "where", "which", "who", "note", "also", "i", "my", "is",
            "are", "was", "be", "can", "do", "does", "not", "no", "yes", "there", "here", "both", "either", "any");
    /** A first word and a linking word that is not "of": how a sentence opens rather than how a name reads. */
    private static final Pattern OPENING = Pattern.compile("\\S+[ \\u00A0]+(?:and|for|the|on|in)[ \\u00A0]+");
    private static final Set<ProseBlock.Kind> PROSE_KINDS = Set.of(ProseBlock.Kind.PARAGRAPH, ProseBlock.Kind.LIST_ITEM,
            ProseBlock.Kind.BLOCK_QUOTE, ProseBlock.Kind.DEFINITION, ProseBlock.Kind.FOOTNOTE, ProseBlock.Kind.TABLE_CELL);

    /** What a candidate is. */
    public enum Kind { ACRONYM, PHRASE }

    /**
     * One candidate term.
     *
     * @param term          the term as first written
     * @param kind          acronym or phrase
     * @param count         uses over all documents
     * @param files         documents that use it
     * @param firstPath     the document of the first use (in the order documents were added)
     * @param firstLocation where in that document
     */
    public record Candidate(String term, Kind kind, int count, int files, String firstPath, Location firstLocation) {}

    private static final class Tally {
        final String term;
        final Kind kind;
        final String firstPath;
        final Location firstLocation;
        int count;
        final Set<String> files = new HashSet<>();

        Tally(String term, Kind kind, String firstPath, Location firstLocation) {
            this.term = term;
            this.kind = kind;
            this.firstPath = firstPath;
            this.firstLocation = firstLocation;
        }
    }

    private final Glossary glossary;
    private final Set<String> glossaryKeys = new HashSet<>();
    private final Set<String> allowed;
    private final Map<String, Tally> tallies = new LinkedHashMap<>();

    /** Candidates missing from {@code glossary}; {@code allowed} acronyms (the common list, say) are never candidates. */
    public TermCandidates(Glossary glossary, Set<String> allowed) {
        this.glossary = glossary;
        this.allowed = Set.copyOf(allowed);
        for (GlossaryEntry e : glossary.entries()) for (String s : e.spellings()) glossaryKeys.add(UndefinedTermRule.key(s));
    }

    /**
     * One use of a possible term in a document.
     *
     * @param kind     acronym or phrase
     * @param term     the acronym, or the phrase with its spaces made single
     * @param location where it stands
     */
    public record Use(Kind kind, String term, Location location) {}

    /**
     * The acronyms and capitalised phrases in one document's prose, except in its own glossary sections and the
     * phrases those define: what each document gives, whatever the glossary and the allowed list say.
     */
    public static List<Use> uses(Document document) {
        DocumentDefinitions defs = DocumentDefinitions.of(document, DocumentDefinitions.DEFAULT_HEADINGS);
        Set<String> ownTerms = new HashSet<>();
        for (DocumentDefinitions.Entry e : defs.entries()) ownTerms.add(UndefinedTermRule.key(e.term()));
        List<Use> out = new ArrayList<>();
        for (ProseBlock b : document.prose()) {
            if (defs.glossarySections().stream().anyMatch(g -> g.contains(b.span()))) continue;
            for (Acronyms.Token t : Acronyms.outsideCapitalRuns(b.text(), Acronyms.find(b.text())))
                out.add(new Use(Kind.ACRONYM, t.acronym(), document.location(b.sourceSpan(t.start(), t.end()))));
            if (!PROSE_KINDS.contains(b.kind())) continue;
            Matcher m = PHRASE.matcher(b.text());
            while (m.find()) {
                int start = m.start();
                String phrase = m.group();
                // Drop leading words that are capitalised only by their place in the sentence.
                while (true) {
                    int space = indexOfSpace(phrase);
                    if (space < 0 || !LEADING.contains(phrase.substring(0, space).toLowerCase(Locale.ROOT))) break;
                    int skip = space;
                    while (skip < phrase.length() && Character.isWhitespace(phrase.charAt(skip))) skip++;
                    phrase = phrase.substring(skip);
                    start = m.end() - phrase.length();
                }
                // "Beginning in PowerShell", "Type the NetBIOS": a sentence that opens with an ordinary word and a
                // linking word is an instruction or a time, not a name; names take "of" ("Department of Energy").
                if (sentenceStart(b.text(), start)) {
                    Matcher opening = OPENING.matcher(phrase);
                    if (opening.lookingAt()) {
                        phrase = phrase.substring(opening.end());
                        start = m.end() - phrase.length();
                    }
                }
                if (indexOfSpace(phrase) < 0) continue;
                // Every word in capitals: acronyms side by side (each counted as one) or a name or words shouted.
                if (!phrase.chars().anyMatch(Character::isLowerCase)) continue;
                if (ownTerms.contains(UndefinedTermRule.key(phrase))) continue;
                out.add(new Use(Kind.PHRASE, phrase.replaceAll("[\\s\\u00A0]+", " "),
                        document.location(b.sourceSpan(start, m.end()))));
            }
        }
        return List.copyOf(out);
    }

    /** Counts the {@link #uses} of the document at {@code path} that neither the glossary nor the allowed list covers. */
    public void add(String path, List<Use> uses) {
        for (Use u : uses) {
            if (u.kind() == Kind.ACRONYM) {
                if (allowed.contains(u.term()) || glossary.definesAcronym(u.term())) continue;
            } else if (glossaryKeys.contains(UndefinedTermRule.key(u.term()))) {
                continue;
            }
            count(u, path);
        }
    }

    /** Whether {@code at} starts a sentence of {@code text}: nothing but opening quotes or brackets since the last full stop. */
    static boolean sentenceStart(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "\"'“‘([*_".indexOf(text.charAt(i)) >= 0)) i--;
        return i < 0 || ".!?:;".indexOf(text.charAt(i)) >= 0;
    }

    private static int indexOfSpace(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isWhitespace(s.charAt(i))) return i;
        return -1;
    }

    private void count(Use use, String path) {
        String key = use.kind() == Kind.ACRONYM ? "A:" + use.term() : "P:" + use.term().toLowerCase(Locale.ROOT);
        Tally t = tallies.get(key);
        if (t == null) {
            t = new Tally(use.term(), use.kind(), path, use.location());
            tallies.put(key, t);
        }
        t.count++;
        t.files.add(path);
    }

    /**
     * The candidates: every acronym used at least {@code minAcronymCount} times and every phrase used at least
     * {@code minPhraseCount} times, most used first.
     */
    public List<Candidate> candidates(int minAcronymCount, int minPhraseCount) {
        List<Candidate> out = new ArrayList<>();
        for (Tally t : tallies.values()) {
            int min = t.kind == Kind.ACRONYM ? minAcronymCount : minPhraseCount;
            if (t.count >= min) out.add(new Candidate(t.term, t.kind, t.count, t.files.size(), t.firstPath, t.firstLocation));
        }
        out.sort((a, b) -> a.count() != b.count() ? Integer.compare(b.count(), a.count())
                : a.kind() != b.kind() ? a.kind().compareTo(b.kind()) : a.term().compareTo(b.term()));
        return out;
    }
}
