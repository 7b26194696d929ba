package dev.contentlint.core.document;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/**
 * Finds YAML front matter (between a first line {@code ---} and the next {@code ---} or {@code ...} line)
 * and reads it with snakeyaml-engine's node API, so every top-level key and value keeps its source span.
 * The YAML 1.2 schemas snakeyaml-engine uses have no timestamp type, so {@code 2024-01-31} stays a String.
 */
final class FrontMatterParser {
    /**
     * What was found.
     *
     * @param frontMatter  the front matter ({@link FrontMatter#NONE} when absent)
     * @param contentStart where the content after the front matter starts (0 when absent)
     * @param issue        a problem with the YAML, or null
     */
    record Result(FrontMatter frontMatter, int contentStart, ParseIssue issue) {}

    private static final Result ABSENT = new Result(FrontMatter.NONE, 0, null);

    private FrontMatterParser() {}

    static Result parse(SourceText source) {
        String text = source.text();
        if (!text.startsWith("---") || source.lineText(1).strip().length() != 3 || source.lineCount() < 2) return ABSENT;
        int closing = -1;
        for (int line = 2; line <= source.lineCount(); line++) {
            String l = source.lineText(line).stripTrailing();
            if (l.equals("---") || l.equals("...")) {
                closing = line;
                break;
            }
        }
        if (closing < 0) return ABSENT;
        int bodyStart = source.lineStart(2);
        int bodyEnd = source.lineStart(closing);
        int end = source.lineEnd(closing);
        int contentStart = closing < source.lineCount() ? source.lineStart(closing + 1) : text.length();
        Span whole = new Span(0, end);
        String yaml = text.substring(bodyStart, bodyEnd);
        LoadSettings settings = LoadSettings.builder().setLabel("front matter").build();
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Span> keySpans = new LinkedHashMap<>();
        Map<String, Span> valueSpans = new LinkedHashMap<>();
        try {
            Optional<Node> root = new Compose(settings).composeString(yaml);
            if (root.isEmpty()) return new Result(new FrontMatter(values, keySpans, valueSpans, whole), contentStart, null);
            if (!(root.get() instanceof MappingNode map)) {
                ParseIssue issue = new ParseIssue("contentlint/front-matter", lineSpan(source, 2),
                        "Front matter is not a map of keys to values; write it as 'key: value' lines.");
                return new Result(new FrontMatter(values, keySpans, valueSpans, whole), contentStart, issue);
            }
            StandardConstructor constructor = new StandardConstructor(settings);
            for (NodeTuple t : map.getValue()) {
                Object key = constructor.constructSingleDocument(Optional.of(t.getKeyNode()));
                String k = String.valueOf(key);
                values.put(k, constructor.constructSingleDocument(Optional.of(t.getValueNode())));
                keySpans.put(k, span(source, t.getKeyNode()));
                valueSpans.put(k, span(source, t.getValueNode()));
            }
            return new Result(new FrontMatter(values, keySpans, valueSpans, whole), contentStart, null);
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            int line = mark == null ? 2 : Math.min(closing - 1, Math.max(2, mark.getLine() + 2));
            String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
            return invalid(source, whole, contentStart, line, problem);
        } catch (YamlEngineException e) {
            return invalid(source, whole, contentStart, 2, firstLine(e.getMessage()));
        }
    }

    private static Result invalid(SourceText source, Span whole, int contentStart, int line, String problem) {
        ParseIssue issue = new ParseIssue("contentlint/front-matter", lineSpan(source, line),
                "Front matter is not valid YAML (" + problem + " at line " + line + "); fix the YAML between the --- lines.");
        return new Result(new FrontMatter(Map.of(), Map.of(), Map.of(), whole), contentStart, issue);
    }

    private static String firstLine(String s) {
        if (s == null) return "invalid YAML";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static Span lineSpan(SourceText source, int line) {
        return new Span(source.lineStart(line), source.lineEnd(line));
    }

    /** Marks count lines from 0 at the first YAML line (file line 2) and columns in code points. */
    private static Span span(SourceText source, Node node) {
        Mark s = node.getStartMark().orElse(null);
        Mark e = node.getEndMark().orElse(null);
        if (s == null) return Span.START;
        int start = source.offset(s.getLine() + 2, s.getColumn() + 1);
        int end = e == null ? start : source.offset(e.getLine() + 2, e.getColumn() + 1);
        return new Span(start, Math.max(start, end));
    }
}
