package dev.contentlint.rules.spelling;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words a run teaches the spelling check: words that its documents also write in code (inline code, code
 * blocks, {@code <kbd>}, {@code <samp>}, {@code <var>}), and words the spell checker flags in at least a given
 * number of files. A word that is one typing slip away from one of the spell checker's suggestions ("recieve" for
 * "receive") needs twice that many files: a slip recurs in a few files, while a word spelled alike in many files
 * ("cron", one swap from "corn") is the project's vocabulary.
 * Words are compared without case and without a plural or possessive ending. A capitalised word that the run
 * writes inside a sentence, where it is taken as a name, is a name too at the start of a sentence, a heading or
 * a cell, unless the run also writes it in lower case.
 */
public final class LearnedVocabulary {
    private final Set<String> codeWords;
    private final Map<String, Integer> flaggedFiles;
    private final Set<String> names;
    private final Set<String> flaggedInLowerCase;

    private LearnedVocabulary(Set<String> codeWords, Map<String, Integer> flaggedFiles, Set<String> names,
                              Set<String> flaggedInLowerCase) {
        this.codeWords = codeWords;
        this.flaggedFiles = flaggedFiles;
        this.names = names;
        this.flaggedInLowerCase = flaggedInLowerCase;
    }

    /** Collects the vocabulary of a run. */
    public static final class Builder {
        private final Set<String> codeWords = new HashSet<>();
        private final Map<String, Integer> flaggedFiles = new HashMap<>();
        private final Set<String> names = new HashSet<>();
        private final Set<String> flaggedInLowerCase = new HashSet<>();

        /** Adds one file: the words it writes in code and the words flagged in its prose. */
        public Builder add(Set<String> fileCodeWords, List<String> flaggedWords) {
            for (String w : fileCodeWords) codeWords.add(key(w));
            Set<String> once = new HashSet<>();
            for (String w : flaggedWords) {
                if (once.add(key(w))) flaggedFiles.merge(key(w), 1, Integer::sum);
                if (w.equals(w.toLowerCase(Locale.ROOT))) flaggedInLowerCase.add(key(w));
            }
            return this;
        }

        /** Adds the capitalised words one file writes inside sentences, taken there as names. */
        public Builder names(Set<String> fileNames) {
            for (String w : fileNames) names.add(key(w));
            return this;
        }

        public LearnedVocabulary build() {
            return new LearnedVocabulary(Set.copyOf(codeWords), Map.copyOf(flaggedFiles), Set.copyOf(names),
                    Set.copyOf(flaggedInLowerCase));
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Whether some document of the run writes {@code word} in code. */
    public boolean inCode(String word) {
        return codeWords.contains(key(word)) || codeWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether {@code word}, capitalised, is a name of the run: written capitalised inside a sentence somewhere in
     * it and flagged nowhere in lower case.
     */
    public boolean name(String word) {
        if (word.length() < 2 || !Character.isUpperCase(word.charAt(0))
                || !word.substring(1).equals(word.substring(1).toLowerCase(Locale.ROOT))) return false;
        return names.contains(key(word)) && !flaggedInLowerCase.contains(key(word));
    }

    /** In how many files of the run the spell checker flagged {@code word}. */
    public int flaggedIn(String word) {
        return flaggedFiles.getOrDefault(key(word), 0);
    }

    /**
     * Whether {@code word}, with the spell checker's {@code suggestions}, is accepted: written in code somewhere in
     * the run (when {@code fromCode}), or flagged in at least {@code minFiles} files (0: never) and not a typing
     * slip away from a suggestion, or in twice as many files.
     */
    public boolean accepts(String word, List<String> suggestions, boolean fromCode, int minFiles) {
        List<String> parts = Words.parts(word);
        if (parts.size() > 1) {
            // A compound the spell checker flags whole ("re-enable remoting") is as right as its unknown part.
            for (String part : parts) if (accepts(part, List.of(), fromCode, minFiles)) return true;
            return false;
        }
        if (fromCode && inCode(word)) return true;
        if (minFiles <= 0) return false;
        int files = flaggedIn(word);
        return files >= minFiles && !nearSuggestion(word, suggestions) || files >= 2 * minFiles;
    }

    /**
     * Whether one suggestion is a single typing slip away: a letter added, dropped, changed or two neighbours
     * swapped. A suggestion that splits the word ("pass through"), or changes only its case or its plural or
     * possessive ending, is no slip.
     */
    static boolean nearSuggestion(String word, List<String> suggestions) {
        String w = word.toLowerCase(Locale.ROOT);
        for (String s : suggestions) {
            String t = s.toLowerCase(Locale.ROOT);
            if (key(t).equals(key(w)) || t.chars().anyMatch(c -> !Character.isLetter(c))) continue;
            if (Words.slips(w, t) == 1) return true;
        }
        return false;
    }

    /** The word in lower case without a possessive or plural ending, so "Cmdlet", "cmdlets" and "cmdlet's" meet. */
    static String key(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (w.endsWith("'s")) w = w.substring(0, w.length() - 2);
        else if (w.endsWith("'")) w = w.substring(0, w.length() - 1);
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) w = w.substring(0, w.length() - 1);
        return w;
    }
}
