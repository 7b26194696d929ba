package dev.contentlint.rules.glossary;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.rule.RuleContext;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The project glossary of a run: the entries of every file the {@code glossary:} setting names, loaded once
 * per run. Other rule families (spelling) read {@link #acceptedWords()} to accept the glossary's terms.
 */
public final class Glossary {
    /** A run without glossary files. */
    public static final Glossary EMPTY = new Glossary(List.of());

    private final List<GlossaryEntry> entries;
    private final Set<String> acceptedWords;
    private final java.nio.file.Path runDirectory;

    public Glossary(List<GlossaryEntry> entries) {
        this(entries, null);
    }

    private Glossary(List<GlossaryEntry> entries, java.nio.file.Path runDirectory) {
        this.runDirectory = runDirectory;
        this.entries = List.copyOf(entries);
        Set<String> words = new LinkedHashSet<>();
        for (GlossaryEntry e : this.entries) {
            for (String s : e.spellings()) addWords(s, words);
        }
        this.acceptedWords = Collections.unmodifiableSet(words);
    }

    /** The project glossary of the run {@code context} belongs to (empty when the config names no file). */
    public static Glossary of(RuleContext context) {
        return context.service(Glossary.class);
    }

    /**
     * The words a spelling check should accept in {@code document}: the project glossary's, plus the terms
     * and abbreviations the document defines itself (glossary sections, {@code <abbr>}, {@code <dfn>},
     * expansions such as "Rejection Sensitivity Dysphoria (RSD)").
     */
    public static Set<String> acceptedWords(Document document, RuleContext context) {
        Set<String> words = new LinkedHashSet<>(of(context).acceptedWords());
        DocumentDefinitions defs = DocumentDefinitions.of(document, DocumentDefinitions.DEFAULT_HEADINGS);
        for (DocumentDefinitions.Entry e : defs.entries()) addWords(e.term(), words);
        words.addAll(defs.acronyms().keySet());
        return Collections.unmodifiableSet(words);
    }

    /** This glossary, naming its files relative to {@code directory} (the run's base directory) in findings. */
    public Glossary withRunDirectory(java.nio.file.Path directory) {
        return new Glossary(entries, directory == null ? null : directory.toAbsolutePath().normalize());
    }

    /** The path findings use for {@code file}: relative to the run's base directory with {@code /}, else absolute. */
    public String pathOf(java.nio.file.Path file) {
        java.nio.file.Path abs = file.toAbsolutePath().normalize();
        if (runDirectory != null && abs.startsWith(runDirectory))
            return runDirectory.relativize(abs).toString().replace(java.io.File.separatorChar, '/');
        return abs.toString().replace(java.io.File.separatorChar, '/');
    }

    /** Whether {@code file} is one of this glossary's files. */
    public boolean isGlossaryFile(java.nio.file.Path file) {
        if (file == null) return false;
        java.nio.file.Path abs = file.toAbsolutePath().normalize();
        for (GlossaryEntry e : entries) if (e.file().equals(abs)) return true;
        return false;
    }

    public List<GlossaryEntry> entries() {
        return entries;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * Every term, abbreviation and variant, and each word of the multi-word ones, as written in the glossary
     * (a spelling check compares them as it compares dictionary words).
     */
    public Set<String> acceptedWords() {
        return acceptedWords;
    }

    /** Whether {@code acronym} is the abbreviation, term or variant of an entry (compared case-sensitively). */
    public boolean definesAcronym(String acronym) {
        for (GlossaryEntry e : entries)
            for (String s : e.spellings())
                if (s.equals(acronym) || s.replace(".", "").equals(acronym)) return true;
        return false;
    }

    private static void addWords(String spelling, Set<String> words) {
        String s = spelling.strip();
        if (s.isEmpty()) return;
        words.add(s);
        for (String w : s.split("[\\s\\u00A0/]+")) {
            String t = w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (!t.isEmpty()) words.add(t);
            if (t.contains("-"))
                for (String part : t.split("-")) if (!part.isEmpty()) words.add(part);
        }
    }
}
