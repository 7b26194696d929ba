package dev.contentlint.rules.spelling;

import dev.contentlint.core.rule.ConfigException;
import dev.contentlint.core.rule.SettingFiles;
import dev.contentlint.core.rule.SettingSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The project's accepted words: the {@code dictionary:} word lists (one word per line, {@code #} starts a
 * comment) plus any words added in code. A word written in lower case is accepted in any case ("kubectl",
 * "Kubectl"); one with capitals only as written ("GitHub", not "Github").
 */
public final class Dictionary {
    /** The top-level {@code dictionary} setting: word list files, relative to the config's folder. */
    public static final SettingSpec<SettingFiles> SETTING = new SettingSpec<>("dictionary", SettingFiles.class,
            (node, directory) -> SettingFiles.parse(node, directory, "word list"), SettingFiles.NONE);

    /** Accepts nothing. */
    public static final Dictionary EMPTY = new Dictionary(Set.of(), Set.of());

    private final Set<String> exact;
    private final Set<String> anyCase;

    private Dictionary(Set<String> exact, Set<String> anyCase) {
        this.exact = exact;
        this.anyCase = anyCase;
    }

    /** A dictionary of {@code words}. */
    public static Dictionary of(Collection<String> words) {
        Set<String> exact = new HashSet<>();
        Set<String> anyCase = new HashSet<>();
        for (String w : words) {
            String s = w.strip();
            if (s.isEmpty()) continue;
            if (s.equals(s.toLowerCase(Locale.ROOT))) anyCase.add(s);
            else exact.add(s);
        }
        return new Dictionary(Set.copyOf(exact), Set.copyOf(anyCase));
    }

    /** This dictionary and {@code words} together: the way to add glossary terms and abbreviations. */
    public Dictionary plus(Collection<String> words) {
        if (words.isEmpty()) return this;
        Dictionary more = of(words);
        Set<String> exact = new HashSet<>(this.exact);
        exact.addAll(more.exact);
        Set<String> anyCase = new HashSet<>(this.anyCase);
        anyCase.addAll(more.anyCase);
        return new Dictionary(Set.copyOf(exact), Set.copyOf(anyCase));
    }

    /** Whether {@code word} is accepted, also in its possessive form ("Kubernetes's"). */
    public boolean accepts(String word) {
        if (exact.contains(word) || anyCase.contains(word.toLowerCase(Locale.ROOT))) return true;
        for (String suffix : List.of("'s", "’s", "s")) {
            if (word.length() > suffix.length() + 1 && word.endsWith(suffix)) {
                String base = word.substring(0, word.length() - suffix.length());
                if (exact.contains(base) || anyCase.contains(base.toLowerCase(Locale.ROOT))) return true;
            }
        }
        return false;
    }

    /**
     * The words of this dictionary a slip or two from {@code word} (see {@link Words#closeSuggestion}), fewest
     * slips first: a project's own words the writer may have meant ("frobnicatr" for "frobnicator").
     */
    public List<String> near(String word) {
        List<String> out = new java.util.ArrayList<>();
        for (Set<String> set : List.of(exact, anyCase))
            for (String w : set)
                if (Math.abs(w.length() - word.length()) <= 2 && Words.closeSuggestion(word, List.of(w))) out.add(w);
        String lower = word.toLowerCase(Locale.ROOT);
        out.sort(java.util.Comparator.comparingInt((String w) -> Words.slips(lower, w.toLowerCase(Locale.ROOT)))
                .thenComparing(java.util.Comparator.naturalOrder()));
        return out;
    }

    public int size() {
        return exact.size() + anyCase.size();
    }

    /**
     * Reads the word lists the {@code dictionary:} setting names; a list that cannot be read any more is an
     * error where the config names it, a line with more than one word one at that line of the list.
     */
    public static Dictionary load(SettingFiles lists) {
        List<String> words = new ArrayList<>();
        for (SettingFiles.NamedFile list : lists.files()) {
            Path file = list.path();
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw list.error("cannot read the word list " + file
                        + " (" + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage())
                        + "); fix the path, which is relative to the config file's folder");
            }
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                int hash = line.indexOf('#');
                if (hash >= 0) line = line.substring(0, hash);
                line = line.strip();
                if (i == 0 && line.startsWith("\uFEFF")) line = line.substring(1);
                if (line.isEmpty()) continue;
                if (line.chars().anyMatch(Character::isWhitespace))
                    throw new ConfigException(file, i + 1, SETTING.key(), "one word per line: put the words of '"
                            + line + "' on separate lines");
                words.add(line);
            }
        }
        return of(words);
    }
}
