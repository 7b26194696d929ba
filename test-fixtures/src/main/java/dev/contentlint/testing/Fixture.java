package dev.contentlint.testing;

import dev.contentlint.core.document.Format;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fixture document with the expectations, config and clean-case markers written inside it as
 * HTML comments.
 *
 * @param name         the fixture's name as findings show it, e.g. {@code freshness/stale-date.md}
 * @param text         the document as stored, markers included
 * @param config       the {@code contentlint-config} object (empty when there is none)
 * @param expectations every {@code expect} marker, in document order
 * @param cleanMarkers how many {@code <!-- clean -->} markers the fixture has
 * @param problems     malformed markers, each with its line; a fixture with problems fails
 * @param markerSpans  {@code [start, end)} offsets of every marker comment, in order
 */
public record Fixture(String name, String text, Map<String, Object> config, List<Expectation> expectations,
                      int cleanMarkers, List<String> problems, List<int[]> markerSpans) {

    private static final Pattern COMMENT = Pattern.compile("<!--(.*?)-->", Pattern.DOTALL);
    private static final Pattern EXPECT = Pattern.compile("\\s*expect(?:@(\\d+))?\\s*:(.*)", Pattern.DOTALL);
    private static final Pattern CONFIG = Pattern.compile("\\s*contentlint-config\\s*:(.*)", Pattern.DOTALL);
    private static final Pattern CLEAN = Pattern.compile("\\s*clean\\s*");
    private static final Pattern LOOKS_LIKE_EXPECT = Pattern.compile("\\s*expect\\b.*", Pattern.DOTALL);
    private static final Pattern ONE = Pattern.compile(
            "\\s*([a-z0-9]+(?:-[a-z0-9]+)*/[a-z0-9]+(?:-[a-z0-9]+)*)\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\")?\\s*");

    public Fixture {
        config = Collections.unmodifiableMap(new LinkedHashMap<>(config));
        expectations = List.copyOf(expectations);
        problems = List.copyOf(problems);
        markerSpans = List.copyOf(markerSpans);
    }

    /** Reads the markers of a fixture document. */
    public static Fixture parse(String name, String text) {
        Map<String, Object> config = new LinkedHashMap<>();
        List<Expectation> expectations = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        int clean = 0;
        boolean configSeen = false;
        int lines = lineOf(text, text.length());
        Matcher m = COMMENT.matcher(text);
        while (m.find()) {
            String body = m.group(1);
            int line = lineOf(text, m.start());
            Matcher e = EXPECT.matcher(body);
            Matcher c = CONFIG.matcher(body);
            if (e.matches()) {
                spans.add(new int[] {m.start(), m.end()});
                int target = e.group(1) == null ? line : Integer.parseInt(e.group(1));
                if (target < 1 || target > lines) {
                    problems.add("line " + line + ": expect@" + target + " points past the end of the file (" + lines + " lines)");
                    continue;
                }
                parseIds(e.group(2), target, line, expectations, problems);
            } else if (c.matches()) {
                spans.add(new int[] {m.start(), m.end()});
                if (configSeen) {
                    problems.add("line " + line + ": a second contentlint-config marker; merge it into the first");
                    continue;
                }
                configSeen = true;
                try {
                    config.putAll(MiniJson.parseObject(c.group(1).trim()));
                } catch (IllegalArgumentException ex) {
                    problems.add("line " + line + ": contentlint-config is not a JSON object: " + ex.getMessage());
                }
            } else if (CLEAN.matcher(body).matches()) {
                spans.add(new int[] {m.start(), m.end()});
                clean++;
            } else if (LOOKS_LIKE_EXPECT.matcher(body).matches()) {
                problems.add("line " + line + ": malformed marker <!--" + body
                        + "-->; write <!-- expect: RULE-ID \"substring\" --> or <!-- expect@N: RULE-ID -->");
            }
        }
        return new Fixture(name, text, config, expectations, clean, problems, spans);
    }

    private static void parseIds(String list, int target, int markerLine, List<Expectation> out, List<String> problems) {
        String rest = list.trim();
        if (rest.isEmpty()) {
            problems.add("line " + markerLine + ": expect marker names no rule");
            return;
        }
        for (String part : splitOutsideQuotes(rest)) {
            Matcher one = ONE.matcher(part);
            if (!one.matches()) {
                problems.add("line " + markerLine + ": cannot read expectation '" + part.trim()
                        + "'; write RULE-ID optionally followed by a \"substring\"");
                continue;
            }
            String sub = one.group(2) == null ? null : one.group(2).replaceAll("\\\\(.)", "$1");
            out.add(new Expectation(one.group(1), target, sub, markerLine));
        }
    }

    private static List<String> splitOutsideQuotes(String s) {
        List<String> parts = new ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && quoted) i++;
            else if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) {
                parts.add(s.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(s.substring(start));
        return parts;
    }

    /** 1-based line of an offset; CR, LF and CRLF each end a line. */
    static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') line++;
            else if (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) line++;
        }
        return line;
    }

    /** The format the fixture's file extension selects. */
    public Format format() {
        return Format.ofFileName(name).orElseThrow(
                () -> new IllegalArgumentException(name + ": a fixture must end in .md, .html or .txt"));
    }

    /**
     * The text to lint: as stored for Markdown and HTML, where markers are comments; for plain text, every
     * marker replaced by spaces of the same length (line breaks kept) so positions do not move.
     */
    public String lintText() {
        if (format() != Format.TEXT) return text;
        char[] chars = text.toCharArray();
        for (int[] span : markerSpans)
            for (int i = span[0]; i < span[1]; i++)
                if (chars[i] != '\n' && chars[i] != '\r') chars[i] = ' ';
        return new String(chars);
    }

    /** Expectations for one rule. */
    public List<Expectation> expectationsFor(String ruleId) {
        return expectations.stream().filter(e -> e.ruleId().equals(ruleId)).toList();
    }
}
