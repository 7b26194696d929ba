package dev.contentlint.rules.glossary;

import dev.contentlint.core.document.Location;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One term of a project glossary file.
 *
 * @param term         the preferred term, as written
 * @param abbreviation its abbreviation (e.g. {@code APR}), or null
 * @param definition   the definition, or an empty string
 * @param variants     other accepted spellings
 * @param rejected     spellings to avoid, each reported with {@link #term} as the replacement
 * @param file         the glossary file that defines the entry
 * @param location     where the term is written in that file
 */
public record GlossaryEntry(String term, String abbreviation, String definition, List<String> variants,
                            List<String> rejected, Path file, Location location) {
    public GlossaryEntry {
        variants = List.copyOf(variants);
        rejected = List.copyOf(rejected);
        definition = definition == null ? "" : definition;
    }

    /** The term, its abbreviation and its variants: every spelling that counts as a use of the entry. */
    public List<String> spellings() {
        List<String> out = new ArrayList<>();
        out.add(term);
        if (abbreviation != null) out.add(abbreviation);
        out.addAll(variants);
        return out;
    }
}
