package dev.contentlint.core.engine;

import dev.contentlint.core.document.Comment;
import dev.contentlint.core.document.ParseIssue;
import dev.contentlint.core.document.SourceText;
import dev.contentlint.core.document.Span;
import dev.contentlint.core.rule.RuleRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inline configuration comments of one document and which findings they hide, with markdownlint's
 * semantics under a {@code contentlint-} prefix: {@code disable} / {@code enable} change the state from the
 * comment's line on; {@code disable-line} covers the comment's lines and {@code disable-next-line} the line
 * after the comment; {@code disable-file} / {@code enable-file} set the state the file starts with
 * (applied in order, wherever they stand); {@code capture} saves the current state and {@code restore}
 * returns to it (initially the file's starting state). Without rule ids a directive covers every rule; ids
 * and aliases are separated by spaces or commas; {@code rule-id:detail} names one finer check of a rule (a
 * LanguageTool rule id under {@code grammar/languagetool}, say). A finding is hidden according to its start line.
 * {@code contentlint/internal-error} and {@code contentlint/inline-config} are never hidden.
 */
public final class Suppressions {
    /** No inline configuration: hides nothing. */
    public static final Suppressions NONE = new Suppressions(State.ENABLED, new TreeMap<>(), Map.of(), List.of());

    private static final Pattern DIRECTIVE = Pattern.compile("^contentlint-([a-z-]+)(?:\\s+(.*))?$", Pattern.DOTALL);
    private static final Set<String> VERBS = Set.of("disable", "enable", "disable-line", "disable-next-line",
            "disable-file", "enable-file", "capture", "restore");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,]+");

    private final State initial;
    private final TreeMap<Integer, State> changes;
    private final Map<Integer, State> lineOnly;
    private final List<ParseIssue> problems;

    private Suppressions(State initial, TreeMap<Integer, State> changes, Map<Integer, State> lineOnly,
                         List<ParseIssue> problems) {
        this.initial = initial;
        this.changes = changes;
        this.lineOnly = lineOnly;
        this.problems = problems;
    }

    /** Which rules are on: all but {@code exceptions}, or, when {@code allOff}, only {@code exceptions}. */
    private record State(boolean allOff, Set<String> exceptions) {
        static final State ENABLED = new State(false, Set.of());

        boolean enabled(String id) {
            return allOff == exceptions.contains(id);
        }

        /** {@code ids} null means every rule. */
        State with(boolean enable, List<String> ids) {
            if (ids == null) return new State(!enable, Set.of());
            Set<String> ex = new HashSet<>(exceptions);
            if (enable == allOff) ex.addAll(ids); else ex.removeAll(ids);
            return new State(allOff, Set.copyOf(ex));
        }
    }

    private record Directive(String verb, List<String> ids, int firstLine, int lastLine) {}

    /**
     * Reads the directives among {@code comments}. Problems (an unknown rule id or directive) are returned by
     * {@link #problems()}; an id the registry does not know is left out of its directive, and a directive left
     * with no ids does nothing rather than covering every rule.
     */
    public static Suppressions parse(List<Comment> comments, SourceText source, RuleRegistry registry) {
        List<Directive> directives = new ArrayList<>();
        List<ParseIssue> problems = new ArrayList<>();
        for (Comment c : comments) {
            String text = c.text().strip();
            if (!text.startsWith("contentlint-")) continue;
            Matcher m = DIRECTIVE.matcher(text);
            String verb = m.matches() ? m.group(1) : null;
            if (text.startsWith("contentlint-config")) continue; // the test fixtures' config marker
            if (verb == null || !VERBS.contains(verb)) {
                String shown = text.split("\\s", 2)[0];
                problems.add(new ParseIssue(InternalRules.INLINE_CONFIG, c.span(), "Unknown inline directive '" + shown
                        + "'; use contentlint-disable, -enable, -disable-line, -disable-next-line, -disable-file, "
                        + "-enable-file, -capture or -restore."));
                continue;
            }
            List<String> ids = ids(m.group(2), verb, c, source, registry, problems);
            if (ids != null && ids.isEmpty()) continue; // only unknown ids: already reported, changes nothing
            int first = source.line(c.span().start());
            int last = source.line(Math.max(c.span().start(), c.span().end() - 1));
            directives.add(new Directive(verb, ids, first, last));
        }
        if (directives.isEmpty() && problems.isEmpty()) return NONE;

        State initial = State.ENABLED;
        for (Directive d : directives) {
            if (d.verb.equals("disable-file")) initial = initial.with(false, d.ids);
            else if (d.verb.equals("enable-file")) initial = initial.with(true, d.ids);
        }
        State state = initial, captured = initial;
        TreeMap<Integer, State> changes = new TreeMap<>();
        Map<Integer, State> lineOnly = new HashMap<>();
        for (Directive d : directives) {
            switch (d.verb) {
                case "disable" -> { state = state.with(false, d.ids); changes.put(d.firstLine, state); }
                case "enable" -> { state = state.with(true, d.ids); changes.put(d.firstLine, state); }
                case "capture" -> captured = state;
                case "restore" -> { state = captured; changes.put(d.firstLine, state); }
                case "disable-line" -> {
                    for (int line = d.firstLine; line <= d.lastLine; line++)
                        lineOnly.merge(line, State.ENABLED.with(false, d.ids), (a, b) -> a.with(false, d.ids));
                }
                case "disable-next-line" ->
                        lineOnly.merge(d.lastLine + 1, State.ENABLED.with(false, d.ids), (a, b) -> a.with(false, d.ids));
                default -> { } // file-level directives were applied above
            }
        }
        return new Suppressions(initial, changes, lineOnly, List.copyOf(problems));
    }

    private static List<String> ids(String args, String verb, Comment c, SourceText source, RuleRegistry registry,
                                    List<ParseIssue> problems) {
        if (args == null) return null;
        int reason = args.indexOf("--"); // "contentlint-disable rule -- why" keeps the why out of the ids
        if (reason >= 0) args = args.substring(0, reason);
        args = args.strip();
        if (args.isEmpty()) return null;
        List<String> out = new ArrayList<>();
        for (String raw : SEPARATORS.split(args)) {
            if (raw.isEmpty()) continue;
            Optional<String> id = registry.resolve(raw).or(() -> registry.resolve(raw.toLowerCase(java.util.Locale.ROOT)));
            int colon = raw.indexOf(':');
            Optional<String> owner = colon > 0 && colon < raw.length() - 1 && id.isEmpty()
                    ? registry.resolve(raw.substring(0, colon)) : Optional.empty();
            if (id.isPresent()) {
                out.add(id.get());
            } else if (owner.isPresent()) {
                out.add(owner.get() + raw.substring(colon)); // "rule-id:detail" hides one check of that rule
            } else if (InternalRules.isInternal(raw)) {
                if (InternalRules.suppressible(raw)) out.add(raw);
                else problems.add(new ParseIssue(InternalRules.INLINE_CONFIG, spanOf(raw, c, source), "'" + raw
                        + "' cannot be disabled inline; fix what it reports instead."));
            } else {
                String hint = registry.closest(raw).map(s -> "; did you mean '" + s + "'?")
                        .orElse("; check the id against `contentlint rules`.");
                problems.add(new ParseIssue(InternalRules.INLINE_CONFIG, spanOf(raw, c, source),
                        "Unknown rule '" + raw + "' in contentlint-" + verb + hint));
            }
        }
        return out;
    }

    /** Where {@code id} stands inside the comment, so an editor jumps to it; the whole comment if it cannot tell. */
    private static Span spanOf(String id, Comment c, SourceText source) {
        int at = c.text().indexOf(id, c.text().indexOf("contentlint-") + "contentlint-".length());
        int start = c.span().start() + "<!--".length() + at;
        boolean plain = at >= 0 && source.text().startsWith("<!--", c.span().start())
                && source.text().startsWith(id, start);
        return plain ? new Span(start, start + id.length()) : c.span();
    }

    /**
     * Whether a finding of {@code ruleId} with {@code detail} (see {@link dev.contentlint.core.rule.Finding#DETAIL},
     * may be null) starting on 1-based {@code line} is hidden: by a directive naming the rule, or naming
     * {@code ruleId:detail}.
     */
    public boolean suppresses(String ruleId, String detail, int line) {
        if (suppresses(ruleId, line)) return true;
        if (detail == null || detail.isEmpty() || !InternalRules.suppressible(ruleId)) return false;
        String key = ruleId + ":" + detail;
        Map.Entry<Integer, State> e = changes.floorEntry(line);
        State s = e == null ? initial : e.getValue();
        if (s.exceptions().contains(key) && !s.allOff()) return true;
        State only = lineOnly.get(line);
        return only != null && !only.allOff() && only.exceptions().contains(key);
    }

    /** Whether a finding of {@code ruleId} starting on 1-based {@code line} is hidden. */
    public boolean suppresses(String ruleId, int line) {
        if (!InternalRules.suppressible(ruleId)) return false;
        Map.Entry<Integer, State> e = changes.floorEntry(line);
        State s = e == null ? initial : e.getValue();
        if (!s.enabled(ruleId)) return true;
        State only = lineOnly.get(line);
        return only != null && !only.enabled(ruleId);
    }

    /** Malformed directives and unknown rule ids, to report as {@code contentlint/inline-config} warnings. */
    public List<ParseIssue> problems() {
        return problems;
    }

    /**
     * The directives as fields ({@link dev.contentlint.core.io.FieldWriter}), for a run whose corpus checks happen
     * elsewhere; null for {@link #NONE}. The problems are left out: they are findings of the file already.
     */
    public String store() {
        if (this == NONE) return null;
        dev.contentlint.core.io.FieldWriter w = new dev.contentlint.core.io.FieldWriter();
        store(initial, w);
        w.number(changes.size());
        changes.forEach((line, state) -> store(state, w.number(line)));
        TreeMap<Integer, State> lines = new TreeMap<>(lineOnly);
        w.number(lines.size());
        lines.forEach((line, state) -> store(state, w.number(line)));
        return w.toString();
    }

    /** What {@link #store()} wrote; throws {@link IllegalArgumentException} on anything else. */
    public static Suppressions load(String stored) {
        if (stored == null) return NONE;
        dev.contentlint.core.io.FieldReader in = new dev.contentlint.core.io.FieldReader(stored);
        State initial = state(in);
        TreeMap<Integer, State> changes = new TreeMap<>();
        for (int i = 0, n = count(in); i < n; i++) changes.put(in.integer(), state(in));
        Map<Integer, State> lineOnly = new HashMap<>();
        for (int i = 0, n = count(in); i < n; i++) lineOnly.put(in.integer(), state(in));
        in.end();
        return new Suppressions(initial, changes, lineOnly, List.of());
    }

    private static void store(State s, dev.contentlint.core.io.FieldWriter w) {
        w.bool(s.allOff()).number(s.exceptions().size());
        for (String id : new java.util.TreeSet<>(s.exceptions())) w.string(id);
    }

    private static State state(dev.contentlint.core.io.FieldReader in) {
        boolean allOff = in.bool();
        Set<String> ids = new HashSet<>();
        for (int i = 0, n = count(in); i < n; i++) ids.add(in.string());
        return new State(allOff, Set.copyOf(ids));
    }

    private static int count(dev.contentlint.core.io.FieldReader in) {
        int n = in.integer();
        if (n < 0) throw new IllegalArgumentException("stored suppressions: a negative count");
        return n;
    }

    /** True when no directive hides anything and there are no problems to report. */
    public boolean isEmpty() {
        return this == NONE;
    }
}
