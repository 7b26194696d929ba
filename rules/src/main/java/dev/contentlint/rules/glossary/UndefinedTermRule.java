package dev.contentlint.rules.glossary;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import com.vladsch.flexmark.util.ast.Node;
import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.Link;
import dev.contentlint.core.document.Span;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Option;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.nio.file.Path;
import org.jsoup.nodes.Element;

/** A rule; see its {@link RuleInfo}. */
@RuleInfo(id = "glossary/undefined-term",
        summary = "Explicit glossary references should name a term the glossary defines",
        severity = Severity.WARNING, category = Category.GLOSSARY)
public final class UndefinedTermRule implements Rule {

    /** Options of {@code glossary/undefined-term}. */
    public record Options(
            @Option(description = "Regular expressions of explicit term references; the group named term holds the term",
                    defaultValue = "['\\{\\{[<%]\\s*glossary_tooltip\\b[^}]*?\\bterm_id=\"(?<term>[^\"]+)\"', "
                            + "'\\[\\[(?<term>[^\\]|\\n]+)(?:\\|[^\\]\\n]*)?\\]\\]']")
            List<String> patterns,
            @Option(description = "Regular expression a link's path (before #) must match to be a link into the glossary",
                    defaultValue = "'(?i)(^|/)glossary(\\.html?|\\.md|/|/index\\.html?)?$'")
            String glossaryPages,
            @Option(description = "Headings that open an in-document glossary (compared without case and final punctuation)",
                    defaultValue = "[Glossary, Important Terms, Key Terms, Definitions, Terminology]")
            List<String> glossaryHeadings) {
        public Options {
            patterns = List.copyOf(patterns);
            glossaryHeadings = List.copyOf(glossaryHeadings);
            // Users' patterns run on RE2, as style patterns do: its matching takes linear time whatever the
            // pattern, where java.util.regex can backtrack for minutes on one line.
            for (String p : patterns) {
                Pattern compiled = compile("patterns: '" + p + "'", p);
                if (!compiled.namedGroups().containsKey("term"))
                    throw new IllegalArgumentException("patterns: '" + p + "' needs a group named term, as in (?<term>[^\"]+)");
            }
            compile("glossary-pages", glossaryPages);
        }

        private static Pattern compile(String what, String regex) {
            try {
                return Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                String why = String.valueOf(e.getMessage()).replaceFirst("^error parsing regexp: ", "");
                if (regex.contains("(?=") || regex.contains("(?!") || regex.contains("(?<=") || regex.contains("(?<!"))
                    why += " (look-ahead and look-behind are not supported: patterns run on RE2, which guarantees linear time)";
                else if (regex.matches(".*\\\\[1-9].*"))
                    why += " (back-references are not supported: patterns run on RE2, which guarantees linear time)";
                throw new IllegalArgumentException(what + " is not a valid regular expression: " + why);
            }
        }
    }

    @Override
    public void check(Document document, RuleContext context) {
        Options o = context.options(Options.class);
        Glossary glossary = Glossary.of(context);
        // Without a project glossary there is nothing to resolve a reference against.
        if (glossary.isEmpty() || glossary.isGlossaryFile(document.path())) return;
        Set<String> known = new HashSet<>();
        for (GlossaryEntry e : glossary.entries()) for (String s : e.spellings()) known.add(key(s));
        for (DocumentDefinitions.Entry e : DocumentDefinitions.of(document, o.glossaryHeadings()).entries()) {
            known.add(key(e.term()));
            if (e.abbreviation() != null) known.add(key(e.abbreviation()));
        }
        List<Span> code = codeSpans(document);
        String text = document.text();
        for (String p : o.patterns()) {
            Matcher m = Pattern.compile(p).matcher(text);
            while (m.find()) {
                Span at = new Span(m.start(), m.end());
                if (inside(code, at) || document.frontMatter().span().contains(at.start()) && document.frontMatter().isPresent()) continue;
                String term = m.group("term");
                if (term == null || term.isBlank() || known.contains(key(term))) continue;
                context.report(at, "\"" + term.strip() + "\" is not in the glossary: add an entry for it or fix the reference.");
            }
        }
        Pattern pages = Pattern.compile(o.glossaryPages());
        for (Link link : document.links()) {
            String dest = link.destination();
            int hash = dest.indexOf('#');
            if (hash < 0 || hash == dest.length() - 1) continue;
            String path = dest.substring(0, hash);
            int query = path.indexOf('?');
            if (query >= 0) path = path.substring(0, query);
            // Another site's glossary (https://gohugo.io/.../glossary/#x) is not this project's.
            if (path.isEmpty() || path.matches("(?i)^[a-z][a-z0-9+.-]*:.*|^//.*")) continue;
            if (!(pages.matcher(path).find() && sameFolder(glossary, path) || isGlossaryFileName(glossary, path))) continue;
            String anchor = java.net.URLDecoder.decode(dest.substring(hash + 1), java.nio.charset.StandardCharsets.UTF_8);
            String k = key(anchor);
            if (known.contains(k) || k.endsWith("s") && known.contains(k.substring(0, k.length() - 1))) continue;
            context.report(link, "The glossary has no entry for \"#" + anchor + "\": add the term to the glossary or fix the link.");
        }
    }

    /** A comparison key: "Term_ID", "term-id" and "term id" are the same reference. */
    static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /**
     * Whether a link into a page named glossary can be one of the project's glossary files: when the link
     * names the folder the page is in ({@code /docs/concepts/glossary/}), a glossary file must be in a folder
     * of that name ({@code concepts/glossary.md}), so links to another glossary of the site are left alone.
     */
    private static boolean sameFolder(Glossary glossary, String path) {
        String[] parts = path.replaceAll("/+$", "").split("/");
        int at = -1;
        for (int i = parts.length - 1; i >= 0; i--)
            if (parts[i].toLowerCase(Locale.ROOT).startsWith("glossary")) { at = i; break; }
        if (at <= 0 || parts[at - 1].isEmpty() || parts[at - 1].equals("..") || parts[at - 1].equals(".")) return true;
        String folder = parts[at - 1];
        for (GlossaryEntry e : glossary.entries()) {
            Path parent = e.file().getParent();
            String name = e.file().getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".yml") || name.endsWith(".yaml")) return true; // data, rendered anywhere
            if (parent != null && parent.getFileName() != null && parent.getFileName().toString().equals(folder)) return true;
        }
        return false;
    }

    private static boolean isGlossaryFileName(Glossary glossary, String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        for (GlossaryEntry e : glossary.entries()) if (e.file().getFileName().toString().equals(name)) return true;
        return false;
    }

    private static boolean inside(List<Span> spans, Span at) {
        for (Span s : spans) if (s.contains(at.start())) return true;
        return false;
    }

    /** Code blocks and code spans, where a reference is an example rather than a use. */
    private static List<Span> codeSpans(Document document) {
        List<Span> out = new ArrayList<>();
        if (document.markdown() != null) {
            collect(document.markdown(), out);
        } else if (document.html() != null) {
            for (Element e : document.html().select("pre, code, script, style, textarea")) out.add(document.spanOf(e));
        }
        return out;
    }

    private static void collect(Node node, List<Span> out) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock || n instanceof Code)
                out.add(new Span(n.getStartOffset(), n.getEndOffset()));
            else collect(n, out);
        }
    }
}
