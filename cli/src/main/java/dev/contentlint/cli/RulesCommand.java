package dev.contentlint.cli;

import dev.contentlint.core.config.ConfigLoader;
import dev.contentlint.core.config.FileConfig;
import dev.contentlint.core.rule.RuleMeta;
import dev.contentlint.core.rule.RuleRegistry;
import dev.contentlint.rules.RuleDocs;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code contentlint rules [ID]}: the rule catalogue, or one rule's documentation page. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {
            "Without ID: lists every rule with its default severity, the presets that enable it and a summary.",
            "With ID (or a former id): prints that rule's documentation page as Markdown."})
final class RulesCommand implements Callable<Integer> {
    /** Files of each format, so a preset's per-format overrides all count. */
    private static final List<String> SAMPLE_FILES = List.of("page.md", "page.html", "page.txt");

    private final Terminal terminal;

    @Parameters(paramLabel = "ID", arity = "0..1", description = "A rule id such as freshness/stale-date.")
    String id;

    RulesCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        RuleRegistry registry = RuleRegistry.load(RulesCommand.class.getClassLoader());
        PrintStream out = terminal.out();
        if (id == null) {
            printTable(registry, out);
        } else {
            String canonical = registry.resolve(id).orElseThrow(() -> new CommandException("unknown rule '" + id + "'"
                    + registry.closest(id).map(c -> "; did you mean '" + c + "'?").orElse("; 'contentlint rules' lists them")));
            out.print(RuleDocs.markdown(canonical));
        }
        out.flush();
        return ExitCode.OK;
    }

    private void printTable(RuleRegistry registry, PrintStream out) {
        Map<String, Set<String>> presetsByRule = presetsByRule(registry);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"RULE", "SEVERITY", "PRESETS", "SUMMARY"});
        for (RuleMeta m : registry.metas()) {
            Set<String> presets = presetsByRule.getOrDefault(m.id(), Set.of());
            rows.add(new String[] {m.id(), m.severity().id(), presets.isEmpty() ? "-" : String.join(",", presets),
                m.summary()});
        }
        int[] width = new int[3];
        for (String[] row : rows)
            for (int i = 0; i < width.length; i++) width[i] = Math.max(width[i], row[i].length());
        for (String[] row : rows) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < width.length; i++) sb.append(row[i]).append(" ".repeat(width[i] - row[i].length() + 2));
            out.println(sb.append(row[3]));
        }
    }

    /** Rule id → names of the presets that enable it, found by loading each preset as a config would. */
    private Map<String, Set<String>> presetsByRule(RuleRegistry registry) {
        ConfigLoader loader = new ConfigLoader(registry);
        Map<String, Set<String>> result = new LinkedHashMap<>();
        Path anchor = terminal.workingDir().resolve(".contentlint.yml");
        for (String preset : registry.presets().keySet()) {
            var config = loader.load("extends: " + preset + "\n", anchor);
            for (String file : SAMPLE_FILES) {
                FileConfig fc = config.forFile(file);
                for (String rule : fc.rules().keySet()) result.computeIfAbsent(rule, k -> new TreeSet<>()).add(preset);
            }
        }
        return result;
    }
}
