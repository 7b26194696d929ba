package dev.contentlint.cli;

import dev.contentlint.core.config.Config;
import dev.contentlint.core.config.ConfigDiff;
import dev.contentlint.core.config.ConfigExplanation;
import dev.contentlint.core.config.ConfigValues;
import dev.contentlint.core.config.Origin;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code contentlint config} for people: aligned columns of name, value and where it was set. */
final class ConfigText {
    private ConfigText() {}

    static void explanation(Config config, ConfigExplanation e, Path workingDir, PrintStream out) {
        out.println("Config: " + config.file().map(f -> shown(f, workingDir)).orElse("none (the built-in default)"));
        out.println("File:   " + e.path());
        out.println();
        out.println("Settings:");
        List<String[]> rows = new ArrayList<>();
        for (ConfigExplanation.Setting s : e.settings())
            rows.add(new String[] {s.key(), s.builtIn() ? "(built-in)" : ConfigValues.text(s.value()),
                origin(s.origin(), workingDir)});
        table(rows, out);
        out.println();
        out.println("Rules (" + e.rules().size() + " enabled):");
        rows.clear();
        for (ConfigExplanation.EnabledRule r : e.rules()) {
            String setBy = r.severityOrigin().kind() == Origin.Kind.DEFAULT
                    ? "rule default; on by " + origin(r.enabledBy(), workingDir)
                    : origin(r.severityOrigin(), workingDir);
            rows.add(new String[] {r.id(), r.severity().id(), setBy});
            for (ConfigExplanation.OptionSetting o : r.options())
                rows.add(new String[] {"  " + o.key(), ConfigValues.text(o.value()), origin(o.origin(), workingDir)});
        }
        table(rows, out);
    }

    static void diff(String preset, String against, ConfigDiff diff, PrintStream out) {
        int added = 0, changed = 0, removed = 0;
        List<String[]> rows = new ArrayList<>();
        for (ConfigDiff.RuleChange c : diff.changes()) {
            List<String> what = new ArrayList<>();
            switch (c.change()) {
                case ADDED -> {
                    added++;
                    what.add(c.to().id());
                }
                case REMOVED -> {
                    removed++;
                    what.add("was " + c.from().id());
                }
                case CHANGED -> {
                    changed++;
                    if (c.from() != c.to()) what.add(c.from().id() + " -> " + c.to().id());
                }
            }
            for (ConfigDiff.OptionChange o : c.options())
                what.add(o.key() + ": " + (c.change() == ConfigDiff.Change.ADDED ? ""
                        : ConfigValues.text(o.from()) + " -> ") + ConfigValues.text(o.to()));
            String mark = switch (c.change()) {
                case ADDED -> "+";
                case REMOVED -> "-";
                case CHANGED -> "~";
            };
            rows.add(new String[] {mark + " " + c.id(), String.join(", ", what)});
        }
        out.println(preset + " against " + against + ": " + added + (added == 1 ? " rule" : " rules") + " added, "
                + changed + " changed, " + removed + " removed");
        table(rows, out);
    }

    /** Where a value was set, with file paths relative to the working directory. */
    static String origin(Origin o, Path workingDir) {
        String where = switch (o.kind()) {
            case DEFAULT -> "default";
            case PRESET -> "preset " + o.preset();
            case FILE -> (o.file() == null ? "line " + o.line() : shown(o.file(), workingDir) + ":" + o.line());
        };
        return o.override() == null ? where : where + " (" + o.override() + ")";
    }

    static String shown(Path file, Path workingDir) {
        Path abs = workingDir.resolve(file).toAbsolutePath().normalize();
        Path rel = abs.startsWith(workingDir) ? workingDir.relativize(abs) : abs;
        return rel.toString().replace('\\', '/');
    }

    /** Values longer than this do not widen their column; their line alone is not aligned. */
    private static final int MAX_ALIGNED = 40;

    /**
     * Rows as columns two spaces apart, indented by two; the last column is not padded. A long cell (a
     * default word list) does not push every other line's last column to the right.
     */
    private static void table(List<String[]> rows, PrintStream out) {
        if (rows.isEmpty()) return;
        int columns = rows.get(0).length;
        int[] width = new int[columns - 1];
        for (String[] row : rows)
            for (int i = 0; i < width.length; i++)
                if (row[i].length() <= MAX_ALIGNED) width[i] = Math.max(width[i], row[i].length());
        for (String[] row : rows) {
            StringBuilder sb = new StringBuilder("  ");
            for (int i = 0; i < width.length; i++)
                sb.append(row[i]).append(" ".repeat(Math.max(width[i] - row[i].length(), 0) + 2));
            out.println(sb.append(row[columns - 1]).toString().stripTrailing());
        }
    }
}
