package dev.contentlint.rules.glossary;

import dev.contentlint.core.rule.ConfigException;
import dev.contentlint.core.rule.SettingFiles;
import dev.contentlint.core.rule.SettingSpec;
import dev.contentlint.core.rule.YamlNode;
import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.Format;
import dev.contentlint.core.document.Parsers;
import dev.contentlint.core.document.ProseBlock;
import dev.contentlint.core.document.Section;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads project glossary files: YAML ({@code terms:} with {@code term}, {@code abbreviation},
 * {@code definition}, {@code variants}, {@code rejected}) and Markdown (a heading or a definition-list term
 * per entry). A mistake in a file is a {@link ConfigException} naming the file and line.
 */
public final class GlossaryFiles {
    /** The top-level {@code glossary} setting: glossary files, relative to the config's folder. */
    public static final SettingSpec<SettingFiles> SETTING = new SettingSpec<>("glossary", SettingFiles.class,
            (node, directory) -> SettingFiles.parse(node, directory, "glossary file"), SettingFiles.NONE);
    private static final Set<String> ENTRY_KEYS = Set.of("term", "abbreviation", "definition", "variants", "rejected");
    private static final Pattern TRAILING_ABBREVIATION = Pattern.compile("^(?<term>.+?)\\s*\\((?<abbr>[A-Z][A-Za-z0-9.]*)\\)$");

    private GlossaryFiles() {}

    /**
     * The glossary the {@code glossary:} setting names; no files give {@link Glossary#EMPTY}. A mistake in
     * a file is an error at its line; a file that went missing since the config loaded, where the config names it.
     */
    public static Glossary load(SettingFiles files) {
        if (files.isEmpty()) return Glossary.EMPTY;
        List<GlossaryEntry> entries = new ArrayList<>();
        for (SettingFiles.NamedFile f : files.files()) {
            if (!Files.isRegularFile(f.path()))
                throw f.error("glossary file " + f.path() + " does not exist; fix the path or remove it");
            entries.addAll(read(f.path()));
        }
        return new Glossary(entries);
    }

    /** The entries of one glossary file, by its extension: {@code .yml}/{@code .yaml}, else Markdown. */
    public static List<GlossaryEntry> read(Path file) {
        String text;
        try {
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(file, 0, SETTING.key(), "cannot read the glossary file: " + e.getMessage());
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".yml") || name.endsWith(".yaml")) return yaml(file, text);
        if (name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".txt")) return markdown(file, text);
        throw new ConfigException(file, 0, SETTING.key(), "a glossary file must be YAML (.yml, .yaml) or Markdown (.md); rename it or convert it.");
    }

    static List<GlossaryEntry> yaml(Path file, String text) {
        Optional<YamlNode> root = YamlNode.parse(text, file);
        if (root.isEmpty()) return List.of();
        if (!root.get().isMap()) throw error(root.get(), null, "a glossary file is a mapping with a 'terms:' list");
        YamlNode terms = null;
        for (var t : root.get().entries("a mapping with a 'terms:' list").entrySet()) {
            if ("terms".equals(t.getKey())) terms = t.getValue();
            else throw error(t.getValue().key(), t.getKey(), "unknown key; a glossary file holds only 'terms:'");
        }
        if (terms == null || terms.isNull()) return List.of();
        if (!terms.isList()) throw error(terms, "terms", "must be a list of entries, each with a 'term'");
        List<GlossaryEntry> out = new ArrayList<>();
        for (YamlNode item : terms.items()) {
            if (!item.isMap())
                throw error(item, "terms", "each entry must be a mapping with 'term:' (and optionally abbreviation, definition, variants, rejected)");
            String term = null, abbreviation = null, definition = "";
            List<String> variants = List.of(), rejected = List.of();
            YamlNode termNode = null;
            for (var t : item.entries("a glossary entry").entrySet()) {
                String key = t.getKey();
                YamlNode v = t.getValue();
                if (!ENTRY_KEYS.contains(key))
                    throw error(v.key(), key, "unknown key in a glossary entry; known keys are " + new java.util.TreeSet<>(ENTRY_KEYS));
                switch (key) {
                    case "term" -> { term = string(v, key); termNode = v; }
                    case "abbreviation" -> abbreviation = string(v, key);
                    case "definition" -> definition = v.isNull() ? "" : string(v, key);
                    case "variants" -> variants = strings(v, key);
                    default -> rejected = strings(v, key);
                }
            }
            if (term == null)
                throw error(item, "term", "this entry has no 'term'; every glossary entry needs one");
            out.add(new GlossaryEntry(term, abbreviation, definition, variants, rejected, file, termNode.location()));
        }
        return out;
    }

    /** Markdown glossary: one entry per heading below the title, or per definition-list term. */
    static List<GlossaryEntry> markdown(Path file, String text) {
        Format format = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt") ? Format.TEXT : Format.MARKDOWN;
        Document doc = Parsers.parse(file, file.getFileName().toString(), text, format);
        List<GlossaryEntry> out = new ArrayList<>();
        List<ProseBlock> terms = doc.prose().stream().filter(b -> b.kind() == ProseBlock.Kind.DEFINITION_TERM).toList();
        if (!terms.isEmpty()) {
            for (ProseBlock b : terms) add(out, file, doc, b.text().strip(), b.span(), definitionAfter(doc, b));
            return out;
        }
        int level = termLevel(doc);
        for (Section s : doc.allSections())
            if (s.level() == level && s.children().isEmpty()) add(out, file, doc, s.title().strip(), s.heading(), bodyText(doc, s));
        return out;
    }

    /** Entries are the headings of the deepest level used by headings without subheadings, below the title. */
    private static int termLevel(Document doc) {
        int level = 0;
        for (Section s : doc.allSections()) if (s.level() >= 2 && s.children().isEmpty()) level = level == 0 ? s.level() : Math.min(level, s.level());
        if (level == 0) {
            long ones = doc.allSections().stream().filter(s -> s.level() == 1).count();
            if (ones > 1) level = 1;
        }
        return level;
    }

    private static String definitionAfter(Document doc, ProseBlock term) {
        List<ProseBlock> all = doc.prose();
        int i = all.indexOf(term);
        return i + 1 < all.size() && all.get(i + 1).kind() == ProseBlock.Kind.DEFINITION ? all.get(i + 1).text().strip() : "";
    }

    private static String bodyText(Document doc, Section s) {
        StringBuilder sb = new StringBuilder();
        for (ProseBlock b : doc.prose())
            if (s.body().contains(b.span()) && b.kind() != ProseBlock.Kind.HEADING) sb.append(sb.length() > 0 ? " " : "").append(b.text().strip());
        return sb.toString();
    }

    private static void add(List<GlossaryEntry> out, Path file, Document doc, String written, dev.contentlint.core.document.Span at, String definition) {
        String term = written.replaceAll("[:.]+$", "").strip();
        String abbreviation = null;
        Matcher m = TRAILING_ABBREVIATION.matcher(term);
        if (m.matches() && Acronyms.isAcronymLike(m.group("abbr").replace(".", ""))) {
            term = m.group("term");
            abbreviation = m.group("abbr");
        }
        if (term.isEmpty()) return;
        out.add(new GlossaryEntry(term, abbreviation, definition, List.of(), List.of(), file, doc.location(at)));
    }

    private static String string(YamlNode node, String key) {
        if (node.isScalar() && !node.text().isBlank()) return node.text().strip();
        throw error(node, key, "must be a non-empty string");
    }

    private static List<String> strings(YamlNode node, String key) {
        if (node.isMap()) throw error(node, key, "must be a list of strings");
        List<String> out = new ArrayList<>();
        for (YamlNode n : node.items()) out.add(string(n, key));
        return out;
    }

    private static ConfigException error(YamlNode node, String key, String message) {
        return node.at(key).error(message + ".");
    }
}
