package dev.contentlint.cli;

import dev.contentlint.core.rule.ConfigException;
import dev.contentlint.core.config.ConfigLoader;
import dev.contentlint.core.rule.RuleMeta;
import dev.contentlint.core.rule.RuleRegistry;
import dev.contentlint.rules.RuleDocs;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code contentlint rules [ID]}: the rule catalogue, or one rule's documentation page. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {
            "Without ID: lists every rule with its default severity, the presets that enable it and a summary.",
            "With ID (or a former id): prints that rule's documentation page as Markdown.",
            "Rules your config defines (style rules named under styles:) are listed with the built-in ones."})
final class RulesCommand implements Callable<Integer> {
    private final Terminal terminal;
    private final Supplier<RuleRegistry> registry;

    @Parameters(paramLabel = "ID", arity = "0..1", description = "A rule id such as freshness/stale-date.")
    String id;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Config file whose own rules (styles:) to list too; turns off discovery. Default: as for check")
    String config;

    RulesCommand(Terminal terminal, Supplier<RuleRegistry> registry) {
        this.terminal = terminal;
        this.registry = registry;
    }

    @Override
    public Integer call() {
        RuleRegistry registry = withConfigRules(this.registry.get());
        RuleDocs docs = new RuleDocs(registry);
        PrintStream out = terminal.out();
        if (id == null) {
            printTable(registry, docs, out);
        } else {
            String canonical = registry.resolve(id).orElseThrow(() -> new CommandException("unknown rule '" + id + "'"
                    + registry.closest(id).map(c -> "; did you mean '" + c + "'?").orElse("; 'contentlint rules' lists them")));
            out.print(docs.page(canonical));
        }
        out.flush();
        return ExitCode.OK;
    }

    /**
     * The registry plus the rules the config defines. A broken discovered config only costs its own
     * rules (with a note), so the catalogue stays available for fixing it; a broken --config is an error.
     */
    private RuleRegistry withConfigRules(RuleRegistry registry) {
        ConfigLoader loader = new ConfigLoader(registry);
        if (config != null) {
            return registry.with(ConfigOption.load(loader, terminal, config).definedRules());
        }
        try {
            return registry.with(ConfigOption.load(loader, terminal, null).definedRules());
        } catch (ConfigException e) {
            terminal.err().println("contentlint: note: rules defined in the config are not listed: " + e.getMessage());
            return registry;
        }
    }

    private void printTable(RuleRegistry registry, RuleDocs docs, PrintStream out) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"RULE", "SEVERITY", "PRESETS", "SUMMARY"});
        for (RuleMeta m : registry.metas()) {
            List<String> presets = docs.presets(m.id());
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
}
