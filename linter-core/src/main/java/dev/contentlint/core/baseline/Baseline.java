package dev.contentlint.core.baseline;

import dev.contentlint.core.engine.RunResult;
import dev.contentlint.core.engine.SuppressedFinding;
import dev.contentlint.core.io.AtomicFiles;
import dev.contentlint.core.report.JsonWriter;
import dev.contentlint.core.rule.ConfigException;
import dev.contentlint.core.rule.Finding;
import dev.contentlint.core.rule.YamlNode;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings a project has accepted for now, so a build fails only on new ones: the file
 * {@code .contentlint-baseline.json}, written by {@code contentlint baseline}. Its shape is documented in
 * {@code docs/adopting.md}.
 *
 * @param toolVersion the version that wrote it
 * @param entries     the accepted findings, by path, line and rule
 */
public record Baseline(String toolVersion, List<BaselineEntry> entries) {
    /** The file name {@code contentlint baseline} writes and {@code check} looks for in the working directory. */
    public static final String FILE_NAME = ".contentlint-baseline.json";
    /** Bumped only when the fingerprint or a key changes meaning; a file of another version is refused. */
    public static final int VERSION = 1;

    public Baseline {
        entries = entries.stream().sorted(Comparator.comparing(BaselineEntry::path).thenComparingInt(BaselineEntry::line)
                .thenComparing(BaselineEntry::rule).thenComparing(BaselineEntry::fingerprint)).toList();
    }

    /**
     * A baseline accepting every finding of {@code result}, which must have computed {@link FindingContextsProduct};
     * a reason {@code previous} gave an entry of the same finding is kept.
     */
    public static Baseline of(RunResult result, String toolVersion, Baseline previous) {
        Map<BaselineEntry.Key, Deque<String>> reasons = new HashMap<>();
        if (previous != null)
            for (BaselineEntry e : previous.entries)
                if (e.reason() != null) reasons.computeIfAbsent(e.key(), k -> new ArrayDeque<>()).add(e.reason());
        Map<Finding, String> prints = BaselineFingerprints.of(result);
        List<BaselineEntry> out = new ArrayList<>();
        for (Finding f : result.findings()) {
            BaselineEntry.Key key = new BaselineEntry.Key(f.ruleId(), f.path(), prints.get(f));
            Deque<String> r = reasons.get(key);
            out.add(new BaselineEntry(f.ruleId(), f.path(), key.fingerprint(), f.location().line(), f.message(),
                    r == null ? null : r.poll()));
        }
        return new Baseline(toolVersion, out);
    }

    /**
     * What applying this baseline to {@code result} gives.
     *
     * @param result    the result reporting only the findings no entry matches, the others as suppressed
     * @param unmatched entries that matched no finding: fixed since, or their text changed
     */
    public record Applied(RunResult result, List<BaselineEntry> unmatched) {
        public Applied {
            unmatched = List.copyOf(unmatched);
        }
    }

    /**
     * Hides the findings of {@code result} (which must have computed {@link FindingContextsProduct}) that match
     * an entry, each entry at most one finding. Only the files the run checked can leave entries unmatched, so a
     * run over part of the project does not report the rest as gone.
     */
    public Applied apply(RunResult result) {
        Map<BaselineEntry.Key, Deque<BaselineEntry>> open = new HashMap<>();
        for (BaselineEntry e : entries) open.computeIfAbsent(e.key(), k -> new ArrayDeque<>()).add(e);
        Map<Finding, String> prints = BaselineFingerprints.of(result);
        List<Finding> shown = new ArrayList<>();
        List<SuppressedFinding> hidden = new ArrayList<>(result.suppressed());
        for (Finding f : result.findings()) {
            Deque<BaselineEntry> match = open.get(new BaselineEntry.Key(f.ruleId(), f.path(), prints.get(f)));
            BaselineEntry e = match == null ? null : match.poll();
            if (e == null) shown.add(f);
            else hidden.add(new SuppressedFinding(f, SuppressedFinding.Kind.EXTERNAL, e.reason()));
        }
        java.util.Set<String> checked = new java.util.HashSet<>(result.files());
        List<BaselineEntry> unmatched = new ArrayList<>();
        for (Deque<BaselineEntry> left : open.values())
            for (BaselineEntry e : left) if (checked.contains(e.path())) unmatched.add(e);
        unmatched.sort(Comparator.comparing(BaselineEntry::path).thenComparingInt(BaselineEntry::line));
        return new Applied(result.withSuppressed(shown, hidden), unmatched);
    }

    /** This baseline without {@code gone}: what {@code baseline --prune} writes. */
    public Baseline without(List<BaselineEntry> gone) {
        List<BaselineEntry> left = new ArrayList<>(entries);
        for (BaselineEntry e : gone) left.remove(e);
        return new Baseline(toolVersion, left);
    }

    /**
     * Reads a baseline file.
     *
     * @throws ConfigException naming the file and line when it is not a baseline, and when it is missing
     */
    public static Baseline read(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file, 0, null, "no baseline file here; write one with 'contentlint baseline'"
                    + " or name another");
        }
        YamlNode root = YamlNode.parse(text, file).orElseThrow(() ->
                new ConfigException(file, 0, null, "the baseline file is empty; write it with 'contentlint baseline'"));
        Map<String, YamlNode> top = root.entries("a baseline object");
        YamlNode version = top.get("version");
        if (version == null || !version.text().equals(String.valueOf(VERSION)))
            throw (version == null ? root : version).error("this is not a version " + VERSION
                    + " contentlint baseline; write it again with 'contentlint baseline'");
        YamlNode tool = top.get("toolVersion");
        List<BaselineEntry> entries = new ArrayList<>();
        YamlNode list = top.get("entries");
        for (YamlNode item : list == null ? List.<YamlNode>of() : list.items()) {
            Map<String, YamlNode> e = item.entries("an entry object");
            entries.add(new BaselineEntry(required(item, e, "rule"), required(item, e, "path"),
                    required(item, e, "fingerprint"), e.containsKey("line") ? line(e.get("line")) : 0,
                    optional(e, "message"), optional(e, "reason")));
        }
        return new Baseline(tool == null || tool.isNull() ? null : tool.text(), entries);
    }

    private static String required(YamlNode item, Map<String, YamlNode> e, String key) {
        YamlNode v = e.get(key);
        if (v == null || v.isNull()) throw item.error("this entry has no '" + key + "'; write the baseline again");
        return v.text();
    }

    private static String optional(Map<String, YamlNode> e, String key) {
        YamlNode v = e.get(key);
        return v == null || v.isNull() ? null : v.text();
    }

    private static int line(YamlNode n) {
        try {
            return Integer.parseInt(n.text());
        } catch (NumberFormatException ex) {
            throw n.error("line must be a whole number");
        }
    }

    /** Writes this baseline to {@code file} atomically, one entry a line group, so diffs of it stay readable. */
    public void write(Path file) throws IOException {
        AtomicFiles.Writer body = out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            JsonWriter json = new JsonWriter(w);
            json.beginObject();
            json.member("version", VERSION);
            json.member("toolVersion", toolVersion);
            json.name("entries").beginArray();
            for (BaselineEntry e : entries) {
                json.beginObject().member("rule", e.rule()).member("path", e.path())
                        .member("fingerprint", e.fingerprint()).member("line", e.line())
                        .member("message", e.message());
                if (e.reason() != null) json.member("reason", e.reason());
                json.endObject();
            }
            json.endArray();
            json.endObject();
            json.finish();
            w.flush();
        };
        // A baseline written again keeps the mode it was given, as a committed file should.
        if (Files.exists(file)) AtomicFiles.replace(file, body);
        else AtomicFiles.write(file, body);
    }
}
