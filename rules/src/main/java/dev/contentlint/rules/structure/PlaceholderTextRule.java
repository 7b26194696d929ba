package dev.contentlint.rules.structure;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.ProseBlock;
import dev.contentlint.core.document.Span;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Option;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;
import dev.contentlint.rules.DataFile;
import dev.contentlint.rules.PhraseMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Finds placeholder text left in prose: lorem ipsum, TODO, "coming soon", unrendered template variables. */
@RuleInfo(id = "structure/placeholder-text", summary = "Pages should not ship placeholder text",
        severity = Severity.WARNING, category = Category.STRUCTURE)
public final class PlaceholderTextRule implements Rule {

    /** Options of {@code structure/placeholder-text}. */
    public record Options(
            @Option(description = "Placeholder words and phrases; an all-capitals entry matches only in capitals",
                    defaultValue = "[Lorem ipsum, TODO, TBD, FIXME, XXX]")
            List<String> phrases,
            @Option(description = "Phrases that are placeholders only when they make up nearly all of a paragraph,"
                    + " list item, heading or cell (\"Content coming soon!\"); inside a longer sentence they are"
                    + " ordinary words", defaultValue = "[Coming soon, No comment yet, No comments yet]")
            List<String> standalonePhrases,
            @Option(description = "Report bracketed fill-in prompts such as [insert date]", defaultValue = "true")
            boolean fillIns,
            @Option(description = "Report unrendered template variables such as {{ name }}, ${name} and %NAME%",
                    defaultValue = "true")
            boolean templateVariables,
            @Option(description = "Folders whose files are template partials, rendered with variables; their"
                    + " template variables are not reported", defaultValue = "[_includes, _partials, partials, layouts, _layouts, templates]")
            List<String> templateFolders) {
        public Options {
            phrases = List.copyOf(phrases);
            standalonePhrases = List.copyOf(standalonePhrases);
            templateFolders = List.copyOf(templateFolders);
            for (String p : phrases)
                if (p.isBlank()) throw new IllegalArgumentException("phrases must not hold an empty entry");
            for (String p : standalonePhrases)
                if (p.isBlank()) throw new IllegalArgumentException("standalone-phrases must not hold an empty entry");
        }
    }

    private static final Pattern FILL_IN = Pattern.compile(
            "\\[(?:insert|add|enter|your|replace with|fill in)\\s+[^\\]\\n]{1,60}\\]", Pattern.CASE_INSENSITIVE);
    /** {{ name }} or {{ .Params.name }}, but not a Hugo shortcode ({{< >}}, {{% %}}). */
    private static final Pattern MUSTACHE = Pattern.compile("\\{\\{\\s*[.$]?[A-Za-z_][\\w.\\-]*\\s*}}");
    private static final Pattern DOLLAR = Pattern.compile("\\$\\{[A-Za-z_][\\w.]*}");
    /**
     * Statement tags of Liquid, Nunjucks or Jinja ({@code {% if %}}) and Handlebars blocks and partials
     * ({@code {{#each}}}, {@code {{/each}}}, {@code {{> nav}}}): a file holding them is a template source.
     */
    private static final Pattern TEMPLATE_STATEMENT = Pattern.compile("(?<!\\{)\\{%-?\\s*[a-z]|\\{\\{~?[#/>^]");
    /** %NAME% with a capital name of two or more characters: lower-case runs are usually percentages. */
    private static final Pattern PERCENT = Pattern.compile("(?<![\\w%])%[A-Z][A-Z0-9_]+%(?![\\w%])");

    /** Windows environment variables that text names on purpose ("add it to %PATH%"). */
    private static final Set<String> ENVIRONMENT = DataFile.lines(PlaceholderTextRule.class, "environment-variables.txt")
            .stream().map(line -> line.text().strip()).collect(Collectors.toUnmodifiableSet());
    /** Words before a capital entry that make it a noun ("the TODO file"), a mention rather than a placeholder. */
    private static final Pattern DETERMINER = Pattern.compile("(?i)(?:^|\\W)(?:the|a|an|this|that|each|every|any)\\s+$");

    /**
     * Matchers compiled from {@code phrases} lists, a pure function of the option's value; kept small, since a
     * long-lived process (the Maven build, an editor) may load many configs.
     */
    private static final Map<List<String>, PhraseMatcher> PHRASES = new ConcurrentHashMap<>();
    private static final int MAX_PHRASE_LISTS = 32;

    /**
     * How many words besides a standalone phrase its block may hold: "Availability: coming soon" and "Support
     * for plugins is coming soon." stand in for content; a sentence that goes on ("the schedule is on our
     * page, details coming soon") announces something and is not a placeholder.
     */
    static final int STANDALONE_EXTRA_WORDS = 4;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");

    @Override
    public void check(Document document, RuleContext context) {
        Options options = context.options(Options.class);
        if (PHRASES.size() > MAX_PHRASE_LISTS) PHRASES.clear();
        PhraseMatcher phrases = matcher(options.phrases());
        PhraseMatcher standalone = matcher(options.standalonePhrases());
        String source = document.text();
        boolean partial = inFolder(document.relativePath(), options.templateFolders());
        // In a template source the build fills {{ name }}; only a page that shows no sign of being one has
        // left a variable unrendered.
        boolean templateSource = partial || isTemplateSource(document);
        for (ProseBlock block : document.prose()) {
            List<int[]> seen = new ArrayList<>();
            String text = block.text();
            for (PhraseMatcher.Match p : phrases.find(text))
                if (!quoted(text, p.start(), p.end()) && !noun(text, p.start(), p.text()))
                    report(context, block, p.start(), p.end(), "Placeholder text \"" + p.text() + "\"", seen);
            for (PhraseMatcher.Match p : standalone.find(text))
                if (!quoted(text, p.start(), p.end()) && words(text) - words(p.text()) <= STANDALONE_EXTRA_WORDS)
                    report(context, block, p.start(), p.end(), "Placeholder text \"" + p.text() + "\"", seen);
            Matcher m;
            // Each pattern's matches hold a literal (a bracket, braces, a dollar or per cent sign); prose without it
            // needs no scan, and most prose has none.
            if (options.fillIns() && text.indexOf('[') >= 0) {
                m = FILL_IN.matcher(text);
                while (m.find()) report(context, block, m.start(), m.end(), "Fill-in prompt \"" + m.group() + "\"", seen);
            }
            if (!options.templateVariables() || partial) continue;
            for (Pattern p : templateSource ? List.of(DOLLAR, PERCENT) : List.of(MUSTACHE, DOLLAR, PERCENT)) {
                if (!text.contains(p == MUSTACHE ? "{{" : p == DOLLAR ? "${" : "%")) continue;
                m = p.matcher(text);
                while (m.find())
                    if (!named(m.group()) && !inVar(source, block.sourceOffset(m.start())))
                        report(context, block, m.start(), m.end(), "Unrendered template variable \"" + m.group() + "\"", seen);
            }
            for (ProseBlock.Markup markup : block.markup()) {
                if (markup.kind() != ProseBlock.MarkupKind.TEMPLATE) continue;
                Span s = markup.source();
                String written = source.substring(s.start(), s.end());
                if (!templateSource && MUSTACHE.matcher(written).matches() || DOLLAR.matcher(written).matches())
                    context.report(s, "Unrendered template variable \"" + written + "\": fill it in or render the template.");
            }
        }
    }

    private static PhraseMatcher matcher(List<String> list) {
        return PHRASES.computeIfAbsent(list, l -> PhraseMatcher.of(
                l.stream().map(PhraseMatcher.Phrase::literal).toList(), PhraseMatcher.Edges.ASCII_WORDS_AND_HYPHENS));
    }

    private static int words(String text) {
        int n = 0;
        for (Matcher m = WORD.matcher(text); m.find(); ) n++;
        return n;
    }

    /**
     * Whether the document is the source of a page a site generator builds: an HTML file with YAML front
     * matter (Jekyll, Eleventy), or any file with template statements or Handlebars blocks. Markdown front
     * matter alone does not count: Hugo, for one, does not render variables in Markdown content.
     */
    static boolean isTemplateSource(Document document) {
        if (document.format() == dev.contentlint.core.document.Format.HTML && document.frontMatter().isPresent()) return true;
        String text = document.text();
        // Every statement starts with "{%" or "{{"; most pages hold neither, and the pattern's look-behind
        // at every character of a page is what its search costs.
        if (text.indexOf("{%") < 0 && text.indexOf("{{") < 0) return false;
        return TEMPLATE_STATEMENT.matcher(text).find();
    }

    private static void report(RuleContext context, ProseBlock block, int from, int to, String what, List<int[]> seen) {
        for (int[] r : seen) if (from < r[1] && to > r[0]) return;
        seen.add(new int[] {from, to});
        context.report(block.sourceSpan(from, to), what + ": replace it with real content or remove it.");
    }

    private static boolean noun(String text, int from, String match) {
        return match.equals(match.toUpperCase()) && DETERMINER.matcher(text.substring(Math.max(0, from - 12), from)).find();
    }

    /** Whether a %NAME% is a well-known environment variable. */
    private static boolean named(String match) {
        return match.startsWith("%") && ENVIRONMENT.contains(match.substring(1, match.length() - 1).toUpperCase());
    }

    /** Whether HTML marks the text as a variable name ({@code <var>${NAME}</var>}): documentation, not a placeholder. */
    private static boolean inVar(String source, int offset) {
        return offset >= 5 && source.regionMatches(true, offset - 5, "<var>", 0, 5);
    }

    private static boolean inFolder(String path, List<String> folders) {
        if (path == null) return false;
        String[] parts = path.replace('\\', '/').split("/");
        for (int i = 0; i < parts.length - 1; i++) if (folders.contains(parts[i])) return true;
        return false;
    }

    /** Whether the match stands in quotes, so the text mentions the placeholder rather than shows it. */
    private static boolean quoted(String text, int from, int to) {
        if (from == 0 || to >= text.length()) return false;
        char open = text.charAt(from - 1), close = text.charAt(to);
        return open == '"' && close == '"' || open == '\u201c' && close == '\u201d'
                || open == '\'' && close == '\'' || open == '\u2018' && close == '\u2019';
    }
}
