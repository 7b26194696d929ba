package dev.contentlint.cli;

import dev.contentlint.core.config.Config;
import dev.contentlint.core.config.ConfigDiff;
import dev.contentlint.core.config.ConfigExplanation;
import dev.contentlint.core.config.ConfigLoader;
import dev.contentlint.core.rule.RuleRegistry;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code contentlint config [FILE]}: the effective config for one file with where each rule, option and setting
 * was set; with {@code --diff}, what one preset changes against another.
 */
@Command(name = "config", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        description = {
            "Prints the rules, options and settings that apply to FILE and where each was set.",
            "Every enabled rule comes with its severity and all its options (defaults included), and every"
                    + " top-level setting with its value, each with its origin: a config file and line, a preset,"
                    + " an overrides block of a file, or the default.",
            "With --diff PRESET: what that preset changes against the --against preset (rules it adds or"
                    + " removes, severities and options it changes), read from the presets themselves.",
            "",
            "--format json prints one object. For FILE: {\"config\": path or null, \"path\": FILE as the config's"
                    + " globs see it, \"settings\": [{\"key\", \"value\", \"builtIn\", \"origin\"}], \"rules\":"
                    + " [{\"id\", \"severity\", \"severityOrigin\", \"enabledBy\", \"options\": [{\"key\","
                    + " \"value\", \"origin\"}]}]}. An origin is {\"kind\": \"file\", \"file\", \"line\","
                    + " \"keyPath\"}, {\"kind\": \"preset\", \"preset\", \"line\", \"keyPath\"} or {\"kind\":"
                    + " \"default\"}; keyPath shows an overrides block as overrides[N]. For --diff: {\"preset\","
                    + " \"against\", \"changes\": [{\"id\", \"change\": added|removed|changed, \"from\", \"to\","
                    + " \"options\": [{\"key\", \"from\", \"to\"}]}]} (a severity the rule does not have is null)."})
final class ConfigCommand implements Callable<Integer> {
    private final Terminal terminal;
    private final Supplier<RuleRegistry> registry;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..1",
            description = "The file to show the config for, relative to the current directory; it need not exist."
                    + " Default: the current directory")
    String file;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "text or json. Default: text")
    String format = "text";

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Config file to explain; turns off discovery. Default: found as check finds it")
    String config;

    @Option(names = "--diff", paramLabel = "PRESET",
            description = "Compare this preset with the --against preset instead of showing a file's config."
                    + " Default: off")
    String diff;

    @Option(names = "--against", paramLabel = "PRESET",
            description = "The preset --diff compares with. Default: the preset a config without extends starts"
                    + " from (recommended)")
    String against;

    ConfigCommand(Terminal terminal, Supplier<RuleRegistry> registry) {
        this.terminal = terminal;
        this.registry = registry;
    }

    @Override
    public Integer call() throws IOException {
        if (!format.equals("text") && !format.equals("json"))
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--format': '" + format
                    + "' (use text or json)");
        if (diff != null && (file != null || config != null))
            throw new ParameterException(spec.commandLine(), "--diff compares two presets; leave out "
                    + (file != null ? "FILE" : "--config") + " or --diff");
        if (against != null && diff == null)
            throw new ParameterException(spec.commandLine(), "--against needs --diff PRESET, the preset to compare");
        RuleRegistry rules = registry.get();
        ConfigLoader loader = new ConfigLoader(rules);
        PrintStream out = terminal.out();
        if (diff != null) {
            String base = against != null ? against : rules.defaultPreset().orElseThrow(() ->
                    new ParameterException(spec.commandLine(), "no rule provider names a default preset; give --against PRESET"));
            ConfigDiff changes = ConfigDiff.between(preset(loader, base), preset(loader, diff));
            if (format.equals("json")) ConfigJson.diff(diff, base, changes, out);
            else ConfigText.diff(diff, base, changes, out);
        } else {
            Config effective = ConfigOption.load(loader, terminal, config);
            ConfigExplanation explanation = effective.explain(configPath(effective));
            Path workingDir = terminal.workingDir();
            if (format.equals("json")) ConfigJson.explanation(effective, explanation, workingDir, out);
            else ConfigText.explanation(effective, explanation, workingDir, out);
        }
        out.flush();
        return ExitCode.OK;
    }

    private ConfigExplanation preset(ConfigLoader loader, String name) {
        RuleRegistry rules = registry.get();
        if (!rules.presets().containsKey(name))
            throw new CommandException("unknown preset '" + name + "'; known presets: "
                    + String.join(", ", new TreeSet<>(rules.presets().keySet())));
        return loader.loadPreset(name, terminal.workingDir()).explain(".");
    }

    /**
     * FILE as the config's globs see it: relative to the config's folder, or, outside it, relative to the
     * working directory, the way check names it.
     */
    private String configPath(Config effective) {
        Path target = terminal.workingDir().resolve(file == null ? "." : file).normalize();
        String rel = relative(effective.baseDirectory(), target);
        if (rel == null || rel.equals("..") || rel.startsWith("../")) rel = relative(terminal.workingDir(), target);
        return rel == null ? target.toString().replace('\\', '/') : rel;
    }

    private static String relative(Path base, Path file) {
        Path b = base.toAbsolutePath().normalize();
        if (!java.util.Objects.equals(b.getRoot(), file.getRoot())) return null;
        String rel = b.relativize(file).toString().replace('\\', '/');
        return rel.isEmpty() ? "." : rel;
    }
}
