package dev.contentlint.core.engine;

import dev.contentlint.core.document.Comment;
import dev.contentlint.core.document.Location;
import dev.contentlint.core.document.ParseIssue;
import dev.contentlint.core.document.SourceText;
import dev.contentlint.core.document.Span;
import dev.contentlint.core.io.FieldReader;
import dev.contentlint.core.io.FieldWriter;
import dev.contentlint.core.rule.Finding;
import dev.contentlint.core.rule.RuleRegistry;
import dev.contentlint.core.rule.Severity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
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
 * {@code contentlint/internal-error}, {@code contentlint/inline-config} and
 * {@code contentlint/unused-disable-directive} are never hidden. Each hidden finding is put down to one directive,
 * the narrowest that hides it, so {@link #unused} can tell the directives that hid nothing; text after {@code --}
 * is the directive's reason, never a rule id.
 */
public final class Suppressions {
    /** No inline configuration: hides nothing. */
    public static final Suppressions NONE = new Suppressions(List.of(), State.ENABLED, new TreeMap<>(), Map.of(), List.of());

    private static final Pattern DIRECTIVE = Pattern.compile("^contentlint-([a-z-]+)(?:\\s+(.*))?$", Pattern.DOTALL);
    private static final Set<String> VERBS = Set.of("disable", "enable", "disable-line", "disable-next-line",
            "disable-file", "enable-file", "capture", "restore");
    /** The verbs that hide findings: the ones {@link #unused} can report. */
    private static final Set<String> HIDING = Set.of("disable", "disable-line", "disable-next-line", "disable-file");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,]+");

    private final List<Directive> directives;
    private final State initial;
    private final TreeMap<Integer, State> changes;
    private final Map<Integer, State> lineOnly;
    private final List<ParseIssue> problems;

    private Suppressions(List<Directive> directives, State initial, TreeMap<Integer, State> changes,
                         Map<Integer, State> lineOnly, List<ParseIssue> problems) {
        this.directives = directives;
        this.initial = initial;
        this.changes = changes;
        this.lineOnly = lineOnly;
        this.problems = problems;
    }

    /**
     * One directive of the document.
     *
     * @param verb      what it does: {@code disable}, {@code enable-file}, {@code capture}, ...
     * @param ids       the rule ids (or {@code rule-id:detail}) it names; null for every rule
     * @param firstLine the first line of the comment, 1-based
     * @param lastLine  its last line
     * @param location  where the comment stands
     * @param reason    the text after {@code --}, whitespace collapsed; null when there is none
     */
    public record Directive(String verb, List<String> ids, int firstLine, int lastLine, Location location,
                            String reason) {
        public Directive {
            ids = ids == null ? null : List.copyOf(ids);
        }
    }

    /**
     * What hid a finding: the directive, and the id it names that matched (null when it names no id and so
     * covers every rule).
     */
    public record Use(Directive directive, String id) {}

    /** A finding a directive hid. */
    public record Hidden(Finding finding, Use use) {
        /** As the outputs show it: an {@code inSource} suppression with the directive's reason. */
        public SuppressedFinding suppressed() {
            return new SuppressedFinding(finding, SuppressedFinding.Kind.IN_SOURCE, use.directive().reason(),
                    use.directive().location());
        }
    }

    /**
     * Which rules are off: all but {@code exceptions} when {@code allOff}, else only {@code exceptions}; and
     * which directive turned each off ({@code by}, falling back to {@code allBy} for a rule off because all are).
     */
    private record State(boolean allOff, Set<String> exceptions, Directive allBy, Map<String, Directive> by) {
        static final State ENABLED = new State(false, Set.of(), null, Map.of());

        boolean enabled(String id) {
            return allOff == exceptions.contains(id);
        }

        /** The directive that turned {@code id} off here, or null when it is on. */
        Use hider(String id) {
            if (enabled(id)) return null;
            Directive d = by.get(id);
            return d != null ? new Use(d, id) : new Use(allBy, null);
        }

        /** The directive that turned the finer check {@code key} ({@code rule-id:detail}) off, or null. */
        Use detailHider(String key) {
            return !allOff && exceptions.contains(key) ? new Use(by.get(key), key) : null;
        }

        /** {@code ids} null means every rule. */
        State with(boolean enable, List<String> ids, Directive d) {
            if (ids == null) return enable ? ENABLED : new State(true, Set.of(), d, Map.of());
            Set<String> ex = new HashSet<>(exceptions);
            Map<String, Directive> who = new HashMap<>(by);
            if (enable == allOff) ex.addAll(ids); else ex.removeAll(ids);
            for (String id : ids) {
                if (enable) who.remove(id); else who.put(id, d);
            }
            return new State(allOff, Set.copyOf(ex), allBy, Map.copyOf(who));
        }
    }

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
            directives.add(new Directive(verb, ids, first, last, source.location(c.span()), reason(m.group(2))));
        }
        if (directives.isEmpty() && problems.isEmpty()) return NONE;
        return of(directives, problems);
    }

    /** The state each line starts in, worked out from the directives in document order. */
    private static Suppressions of(List<Directive> directives, List<ParseIssue> problems) {
        State initial = State.ENABLED;
        for (Directive d : directives) {
            if (d.verb.equals("disable-file")) initial = initial.with(false, d.ids, d);
            else if (d.verb.equals("enable-file")) initial = initial.with(true, d.ids, d);
        }
        State state = initial, captured = initial;
        TreeMap<Integer, State> changes = new TreeMap<>();
        Map<Integer, State> lineOnly = new HashMap<>();
        for (Directive d : directives) {
            switch (d.verb) {
                case "disable" -> { state = state.with(false, d.ids, d); changes.put(d.firstLine, state); }
                case "enable" -> { state = state.with(true, d.ids, d); changes.put(d.firstLine, state); }
                case "capture" -> captured = state;
                case "restore" -> { state = captured; changes.put(d.firstLine, state); }
                case "disable-line" -> {
                    for (int line = d.firstLine; line <= d.lastLine; line++)
                        lineOnly.merge(line, State.ENABLED.with(false, d.ids, d), (a, b) -> a.with(false, d.ids, d));
                }
                case "disable-next-line" -> lineOnly.merge(d.lastLine + 1, State.ENABLED.with(false, d.ids, d),
                        (a, b) -> a.with(false, d.ids, d));
                default -> { } // file-level directives were applied above
            }
        }
        return new Suppressions(List.copyOf(directives), initial, changes, lineOnly, List.copyOf(problems));
    }

    /** The note after {@code --}, whitespace collapsed; null when there is none or it is blank. */
    private static String reason(String args) {
        if (args == null) return null;
        int at = args.indexOf("--");
        if (at < 0) return null;
        String why = args.substring(at + 2).strip().replaceAll("\\s+", " ");
        return why.isEmpty() ? null : why;
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
            } else if (registry.absentRule(raw).isPresent()
                    || colon > 0 && registry.absentRule(raw.substring(0, colon)).isPresent()) {
                // A rule of a separate artifact that is missing has nothing to hide here, but the directive is
                // right wherever the artifact is present: it is neither unknown nor reported.
                continue;
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
        return hider(ruleId, detail, line) != null;
    }

    /** Whether a finding of {@code ruleId} starting on 1-based {@code line} is hidden. */
    public boolean suppresses(String ruleId, int line) {
        return hider(ruleId, null, line) != null;
    }

    /**
     * The directive that hides a finding of {@code ruleId} with {@code detail} (may be null) starting on 1-based
     * {@code line}, or null when none does. When several do, the narrowest answers for it: a line's directive
     * before the one whose range holds the line, the rule before one of its checks.
     */
    public Use hider(String ruleId, String detail, int line) {
        if (!InternalRules.suppressible(ruleId)) return null;
        String key = detail == null || detail.isEmpty() ? null : ruleId + ":" + detail;
        State only = lineOnly.get(line);
        Map.Entry<Integer, State> e = changes.floorEntry(line);
        State range = e == null ? initial : e.getValue();
        for (State s : only == null ? List.of(range) : List.of(only, range)) {
            Use u = s.hider(ruleId);
            if (u == null && key != null) u = s.detailHider(key);
            if (u != null) return u;
        }
        return null;
    }

    /**
     * Moves the findings these directives hide out of {@code findings} (which must be mutable) and returns them,
     * each with the directive that hid it.
     */
    public List<Hidden> hide(List<Finding> findings) {
        if (directives.isEmpty()) return List.of();
        List<Hidden> hidden = new ArrayList<>();
        findings.removeIf(f -> {
            Use u = hider(f.ruleId(), f.properties().get(Finding.DETAIL), f.location().line());
            if (u != null) hidden.add(new Hidden(f, u));
            return u != null;
        });
        return hidden;
    }

    /** The directives, in document order. */
    public List<Directive> directives() {
        return directives;
    }

    /**
     * A finding for each directive that hid nothing, or for the ids in it that hid nothing, at the directive.
     *
     * @param used     what hid the findings of the file (its own and those of corpus rules)
     * @param ruleOn   whether a rule id is enabled for the file
     * @param severity the findings' severity
     */
    public List<Finding> unused(Collection<Use> used, Predicate<String> ruleOn, String path, Severity severity) {
        if (directives.isEmpty()) return List.of();
        Map<Directive, Set<String>> usedIds = new HashMap<>();
        for (Use u : used) usedIds.computeIfAbsent(u.directive(), d -> new HashSet<>()).add(u.id() == null ? "" : u.id());
        List<Finding> out = new ArrayList<>();
        for (Directive d : directives) {
            if (!HIDING.contains(d.verb)) continue;
            Set<String> hit = usedIds.getOrDefault(d, Set.of());
            String message;
            if (d.ids == null) {
                if (!hit.isEmpty()) continue;
                message = "This contentlint-" + d.verb + " comment hides no finding; remove it.";
            } else {
                List<String> idle = d.ids.stream().filter(id -> !hit.contains(id)).distinct().toList();
                if (idle.isEmpty()) continue;
                List<String> off = idle.stream().filter(id -> !ruleOn.test(ruleOf(id))).toList();
                String named = idle.size() == 1 ? idle.get(0) : String.join(", ", idle);
                message = "This contentlint-" + d.verb + " comment names " + named + ", which "
                        + (idle.size() == 1 ? "hides" : "hide") + " no finding here"
                        + (off.isEmpty() ? "" : off.size() == idle.size() && idle.size() == 1 ? " (the rule is off for this file)"
                                : " (" + String.join(", ", off) + (off.size() == 1 ? " is" : " are") + " off for this file)")
                        + "; remove " + (idle.size() == d.ids.size() ? "the comment." : idle.size() == 1 ? "that id." : "those ids.");
            }
            out.add(new Finding(InternalRules.UNUSED_DIRECTIVE, severity, message, path, d.location));
        }
        return out;
    }

    private static String ruleOf(String id) {
        int colon = id.indexOf(':');
        return colon > 0 ? id.substring(0, colon) : id;
    }

    /**
     * Writes the directives for the run cache, so a file served from it is hidden from and reported on as when
     * it was parsed; {@link #load} reads them back.
     */
    public void store(FieldWriter out) {
        out.number(directives.size());
        for (Directive d : directives) {
            out.string(d.verb).bool(d.ids != null);
            if (d.ids != null) {
                out.number(d.ids.size());
                for (String id : d.ids) out.string(id);
            }
            out.number(d.firstLine).number(d.lastLine).location(d.location).string(d.reason);
        }
    }

    /** What {@link #store} wrote; the problems were reported as findings and are not kept. */
    public static Suppressions load(FieldReader in) {
        int n = in.integer();
        if (n == 0) return NONE;
        List<Directive> directives = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String verb = in.string();
            if (!VERBS.contains(verb)) throw new IllegalArgumentException("not a directive: " + verb);
            List<String> ids = null;
            if (in.bool()) {
                int k = in.integer();
                ids = new ArrayList<>(k);
                for (int j = 0; j < k; j++) ids.add(in.string());
            }
            directives.add(new Directive(verb, ids, in.integer(), in.integer(), in.location(), in.string()));
        }
        return of(directives, List.of());
    }

    /** Malformed directives and unknown rule ids, to report as {@code contentlint/inline-config} warnings. */
    public List<ParseIssue> problems() {
        return problems;
    }

    /**
     * The directives as one string of fields, for a run whose corpus checks happen elsewhere (a shard); null for
     * none. The problems are left out: they are findings of the file already.
     */
    public String store() {
        if (directives.isEmpty()) return null;
        FieldWriter w = new FieldWriter();
        store(w);
        return w.toString();
    }

    /** What {@link #store()} wrote; throws {@link IllegalArgumentException} on anything else. */
    public static Suppressions load(String stored) {
        if (stored == null) return NONE;
        FieldReader in = new FieldReader(stored);
        Suppressions s = load(in);
        in.end();
        return s;
    }

    /** True when there are no directives and no problems to report. */
    public boolean isEmpty() {
        return this == NONE || directives.isEmpty() && problems.isEmpty();
    }
}
