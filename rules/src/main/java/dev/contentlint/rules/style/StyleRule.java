package dev.contentlint.rules.style;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.Location;
import dev.contentlint.core.document.ProseBlock;
import dev.contentlint.core.document.Span;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.DefinedRule;
import dev.contentlint.core.rule.Fix;
import dev.contentlint.core.rule.FixSafety;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleMeta;
import dev.contentlint.core.rule.RuleStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A rule written in a style file: reports its words and patterns where they occur in prose (never in
 * code, URLs or front matter), with replacements as fixes for a substitution.
 */
public final class StyleRule implements DefinedRule {
    /** The page that explains style rules, for rules whose file gives no link of its own. */
    public static final String GUIDE = "https://github.com/contentlint/contentlint/blob/main/docs/style-rules.md";

    /** Key of the per-document words of each prose block, shared by all style rules. */
    private static final Object WORDS = new Object();

    private final StyleDefinition definition;
    private final RuleMeta meta;

    StyleRule(StyleDefinition definition) {
        this.definition = definition;
        String summary = definition.summary() != null ? definition.summary()
                : "User-defined " + definition.kind().id() + " rule " + definition.name();
        this.meta = new RuleMeta("style/" + definition.name(), summary, definition.severity(), Category.STYLE,
                List.of(), List.of(), RuleStatus.STABLE, List.of(), List.of(),
                definition.link() != null ? definition.link() : GUIDE);
    }

    /** The rule a style file on the class path next to {@code owner} defines; for shipped rules. */
    static StyleRule builtIn(Class<? extends Rule> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is missing next to " + owner.getName());
            String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new StyleRule(StyleFile.parse(yaml, Path.of(resource), StyleFile.nameOf(Path.of(resource))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public RuleMeta meta() {
        return meta;
    }

    @Override
    public String definition() {
        return definition.source();
    }

    @Override
    public void check(Document document, RuleContext context) {
        // Every style rule filters prose blocks by their words; the words are collected once per document.
        List<java.util.Set<String>> words = document.derived(WORDS,
                d -> d.prose().stream().map(b -> StyleMatcher.words(b.text())).toList());
        for (int i = 0; i < document.prose().size(); i++) {
            ProseBlock block = document.prose().get(i);
            if (!definition.scope().contains(block.kind())) continue;
            for (StyleMatcher.Hit hit : definition.matcher().find(block.text(), words.get(i))) {
                if (crossesMarkup(block, hit)) continue;
                Span span = block.sourceSpan(hit.start(), hit.end());
                String message = message(hit);
                if (hit.suggestions().isEmpty()) {
                    context.report(span, message);
                } else {
                    Location where = document.location(span);
                    List<Fix> fixes = new ArrayList<>();
                    // One replacement says the same in fewer words; several leave the choice to the writer.
                    FixSafety safety = hit.suggestions().size() == 1 ? FixSafety.SAFE : FixSafety.SUGGESTION;
                    for (String s : hit.suggestions()) {
                        String replacement = matchCase(s, hit.text());
                        fixes.add(new Fix(where, replacement, "Replace with \"" + replacement + "\"", safety));
                    }
                    context.report(span, message, fixes, Map.of());
                }
            }
        }
    }

    /** A match that runs over inline code, a URL or a tag joins text that is not one phrase in the source. */
    private static boolean crossesMarkup(ProseBlock block, StyleMatcher.Hit hit) {
        for (ProseBlock.Markup m : block.markup())
            if (m.textIndex() > hit.start() && m.textIndex() < hit.end()) return true;
        return false;
    }

    private String message(StyleMatcher.Hit hit) {
        String found = hit.text().replaceAll("[\\s\\p{Z}]+", " ");
        List<String> args = hit.suggestions().isEmpty() ? List.of(found)
                : List.of(String.join("' or '", hit.suggestions().stream().map(s -> matchCase(s, found)).toList()), found);
        StringBuilder sb = new StringBuilder();
        String m = definition.message();
        int next = 0;
        for (int i = 0; i < m.length(); i++) {
            char c = m.charAt(i);
            if (c == '%' && i + 1 < m.length() && m.charAt(i + 1) == 's') {
                sb.append(next < args.size() ? args.get(next) : found);
                next++;
                i++;
            } else if (c == '%' && i + 1 < m.length() && m.charAt(i + 1) == '%') {
                sb.append('%');
                i++;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The replacement written the way the match is: capitalised at a sentence start, upper case in capitals. */
    static String matchCase(String replacement, String found) {
        if (replacement.isEmpty() || found.isEmpty()) return replacement;
        boolean allUpper = found.length() > 1 && found.equals(found.toUpperCase(Locale.ROOT))
                && !found.equals(found.toLowerCase(Locale.ROOT));
        if (allUpper) return replacement.toUpperCase(Locale.ROOT);
        if (Character.isUpperCase(found.codePointAt(0)) && Character.isLowerCase(replacement.codePointAt(0)))
            return replacement.substring(0, 1).toUpperCase(Locale.ROOT) + replacement.substring(1);
        return replacement;
    }

    @Override
    public String toString() {
        return meta.id();
    }
}
