package dev.contentlint.cli;

import dev.contentlint.core.baseline.Baseline;
import dev.contentlint.core.baseline.BaselineSetting;
import dev.contentlint.core.baseline.FindingContextsProduct;
import dev.contentlint.core.config.Config;
import dev.contentlint.core.config.ConfigLoader;
import dev.contentlint.core.config.Glob;
import dev.contentlint.core.engine.Engine;
import dev.contentlint.core.engine.EngineOptions;
import dev.contentlint.core.engine.Input;
import dev.contentlint.core.engine.InputException;
import dev.contentlint.core.engine.RunResult;
import dev.contentlint.core.rule.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code contentlint baseline [PATH...]}: writes the findings of today as the baseline, so {@code check
 * --baseline} fails only on new ones; {@code --prune} drops the entries that match nothing any more.
 */
@Command(name = "baseline", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {
            "Writes every current finding to the baseline file (" + Baseline.FILE_NAME + "), so that check "
                    + "--baseline (or the config's baseline: setting) reports only new findings. Entries keep a "
                    + "reason written into the file by hand when the baseline is written again.",
            "With --prune, removes only the entries that no longer match a finding, and adds none."})
final class BaselineCommand implements Callable<Integer> {
    private final Terminal terminal;
    private final Supplier<RuleRegistry> registry;

    @Parameters(paramLabel = "PATH|GLOB", arity = "0..*",
            description = "Files, folders or quoted globs to lint. Default: '.'")
    List<String> paths = new ArrayList<>();

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Config file to use; turns off discovery. Default: found as check finds it")
    String config;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "The baseline file. Default: the config's baseline: setting, else " + Baseline.FILE_NAME
                    + " in the working directory")
    String output;

    @Option(names = "--prune", description = "Remove the entries that match no finding; add none. Default: off")
    boolean prune;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", converter = CheckCommand.DateConverter.class,
            description = "Date to judge freshness against, as for check. Default: config 'today:', else the system date")
    LocalDate today;

    @Option(names = "--encoding", paramLabel = "CHARSET", converter = CheckCommand.EncodingConverter.class,
            description = "Charset of files without a byte order mark, as for check. Default: UTF-8")
    java.nio.charset.Charset encoding = java.nio.charset.StandardCharsets.UTF_8;

    BaselineCommand(Terminal terminal, Supplier<RuleRegistry> registry) {
        this.terminal = terminal;
        this.registry = registry;
    }

    @Override
    public Integer call() throws IOException {
        RuleRegistry rules = registry.get();
        Config effective = ConfigOption.load(new ConfigLoader(rules), terminal, config);
        Path file = output != null ? terminal.resolve(output)
                : effective.setting(BaselineSetting.SETTING) != null ? effective.setting(BaselineSetting.SETTING)
                : terminal.workingDir().resolve(Baseline.FILE_NAME);
        List<Input> inputs = new ArrayList<>();
        for (String arg : paths.isEmpty() ? List.of(".") : paths) {
            if (!Files.exists(terminal.resolve(arg)) && !Glob.isGlob(arg))
                throw new InputException("No such file or directory: " + arg);
            inputs.add(Input.of(arg));
        }
        Baseline previous = Files.exists(file) || prune ? Baseline.read(file) : null;
        EngineOptions options = EngineOptions.defaults(terminal.workingDir()).withToday(today).withEncoding(encoding);
        long started = System.nanoTime();
        RunResult result = new Engine(effective, rules, options).run(inputs, List.of(FindingContextsProduct.INSTANCE));
        Baseline written;
        String what;
        if (prune) {
            Baseline.Applied applied = previous.apply(result);
            written = previous.without(applied.unmatched());
            what = "Removed " + applied.unmatched().size() + " of " + previous.entries().size() + " entries that match "
                    + "no finding; " + written.entries().size() + " remain";
        } else {
            written = Baseline.of(result, Version.get(), previous);
            int n = written.entries().size(), files = result.files().size();
            what = "Wrote " + n + (n == 1 ? " entry" : " entries") + " for " + files + (files == 1 ? " file" : " files");
        }
        written.write(file);
        terminal.err().println(what + " to " + shown(file) + String.format(java.util.Locale.ROOT, " (%.1f s)",
                (System.nanoTime() - started) / 1e9));
        terminal.err().flush();
        return ExitCode.OK;
    }

    private String shown(Path file) {
        Path wd = terminal.workingDir().toAbsolutePath().normalize();
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(wd) ? wd.relativize(abs).toString() : abs.toString();
    }
}
