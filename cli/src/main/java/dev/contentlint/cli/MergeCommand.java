package dev.contentlint.cli;

import dev.contentlint.core.config.Config;
import dev.contentlint.core.config.ConfigLoader;
import dev.contentlint.core.engine.Engine;
import dev.contentlint.core.engine.EngineOptions;
import dev.contentlint.core.engine.RunResult;
import dev.contentlint.core.frontend.ChangedLines;
import dev.contentlint.core.frontend.FailureThreshold;
import dev.contentlint.core.frontend.OutputWriter;
import dev.contentlint.core.report.FormatOptions;
import dev.contentlint.core.report.Formatter;
import dev.contentlint.core.report.Formatters;
import dev.contentlint.core.report.TextFormatter;
import dev.contentlint.core.rule.RuleRegistry;
import dev.contentlint.core.rule.Severity;
import dev.contentlint.core.shard.ShardFile;
import dev.contentlint.core.shard.ShardSet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code contentlint merge SHARD-OUTPUT...}: combines the shard files of a run checked in parts, runs the rules
 * across files over all of them and reports as {@code check} over the whole tree would, with its exit codes.
 */
@Command(name = "merge", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        description = {
            "Combines the files that 'contentlint check --shard K/N --output FILE' wrote for K = 1 to N, runs the "
                    + "rules that compare files (unused glossary entries, passages duplicated across files, "
                    + "spelling's learned vocabulary) over all of them, and reports the findings in any format, with "
                    + "check's exit codes. Run it in a checkout of the same tree, with the same config as the "
                    + "shards: it refuses shard files of another version or config, and a missing or repeated shard.",
            "Recipes for GitLab parallel: and GitHub matrix jobs are in docs/ci-sharding.md."},
        footerHeading = "%n",
        footer = {
            "Exit status:",
            "  0  no finding at or above --fail-on, and warnings within --max-warnings",
            "  1  there are such findings",
            "  2  usage, config or shard-file error, or internal error"})
final class MergeCommand implements Callable<Integer> {
    private final Terminal terminal;
    private final Supplier<RuleRegistry> registry;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SHARD-OUTPUT", arity = "1..*",
            description = "The shard files, one for each of the N shards, in any order")
    List<String> shardFiles = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "Output format: text, json, sarif, checkstyle, junit, github or gitlab. Default: ${DEFAULT-VALUE}")
    String format = "text";

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE (parent folders are created) instead of standard output. Default: stdout")
    String output;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Config file to use, the one the shards used. Default: found as check finds it")
    String config;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", converter = CheckCommand.SeverityConverter.class,
            description = "Exit 1 when a finding is at least this severe: error, warning or info. Default: error")
    Severity failOn = Severity.ERROR;

    @Option(names = "--max-warnings", paramLabel = "N",
            description = "Exit 1 when there are more than N warnings; -1 means no limit. Default: ${DEFAULT-VALUE}")
    int maxWarnings = -1;

    @Option(names = "--exit-zero",
            description = "Exit 0 even when there are findings (usage, config and internal errors still exit 2). Default: off")
    boolean exitZero;

    @Option(names = "--changed-since", paramLabel = "REF",
            description = "Report only findings on lines added or changed since git revision REF, as check does. Default: off")
    String changedSince;

    @Option(names = "--color", description = "Colour the text output even when it is not a terminal. Default: only on a terminal")
    boolean color;

    @Option(names = "--no-color", description = "Never colour the output (same as NO_COLOR=1). Default: off")
    boolean noColor;

    @Option(names = {"-q", "--quiet"},
            description = "Report errors only: drop warnings and info from text output and print no summary line. Default: off")
    boolean quiet;

    MergeCommand(Terminal terminal, Supplier<RuleRegistry> registry) {
        this.terminal = terminal;
        this.registry = registry;
    }

    @Override
    public Integer call() throws IOException {
        validate();
        Formatter formatter = Formatters.find(format).orElseThrow();
        List<ShardFile> parts = new ArrayList<>();
        for (String name : shardFiles) parts.add(ShardFile.read(terminal.resolve(name), name));
        ShardSet shards = ShardSet.of(parts);

        RuleRegistry rules = registry.get();
        Config effective = ConfigOption.load(new ConfigLoader(rules), terminal, config);
        // The shards' date and switch, so a merge after midnight or without the flag reports as the shards did.
        EngineOptions options = EngineOptions.defaults(terminal.workingDir())
                .withToday(shards.today())
                .withInlineConfig(shards.inlineConfig());
        ChangedLines changed = changedSince == null ? null : ChangedLines.since(terminal.workingDir(), changedSince);
        RunResult result = shards.merge(new Engine(effective, rules, options));
        int before = result.findings().size();
        if (changed != null) result = changed.keep(result, terminal.workingDir());
        int outside = before - result.findings().size();

        RunResult shown = quiet && formatter.name().equals("text") ? CheckCommand.errorsOnly(result) : result;
        FormatOptions formatOptions = new FormatOptions(useColor(), Version.get()).withFailOn(failOn);
        OutputWriter.Body body = w -> formatter.write(shown, w, formatOptions);
        if (output == null) OutputWriter.write(terminal.out(), body);
        else OutputWriter.write(terminal.resolve(output), output, body);
        if (!quiet) {
            terminal.err().println(TextFormatter.summary(result) + " (" + shards.count() + " shards)"
                    + (changed == null ? "" : "; " + outside + " on lines not changed since " + changedSince + " not shown"));
            terminal.err().flush();
        }
        if (exitZero) return ExitCode.OK;
        FailureThreshold threshold = FailureThreshold.atOrAbove(failOn).withMaxWarnings(maxWarnings);
        return threshold.judge(result).failed() ? ExitCode.FINDINGS : ExitCode.OK;
    }

    private void validate() {
        if (Formatters.find(format).isEmpty())
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--format': '" + format
                    + "' is not one of " + String.join(", ", Formatters.names()));
        if (maxWarnings < -1)
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--max-warnings': "
                    + maxWarnings + " (use -1 for no limit, or 0 or more)");
        if (color && noColor)
            throw new ParameterException(spec.commandLine(), "--color and --no-color contradict each other; use one");
    }

    private boolean useColor() {
        Boolean flag = color ? Boolean.TRUE : noColor ? Boolean.FALSE : null;
        if (flag == null && output != null) return false;
        return ColorPolicy.useColor(flag, terminal);
    }
}
