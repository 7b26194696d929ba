package dev.contentlint.cli;

import dev.contentlint.core.config.Config;
import dev.contentlint.core.config.ConfigLoader;
import dev.contentlint.core.config.Glob;
import dev.contentlint.core.engine.Engine;
import dev.contentlint.core.engine.InternalRules;
import dev.contentlint.core.engine.EngineOptions;
import dev.contentlint.core.engine.Input;
import dev.contentlint.core.engine.InputException;
import dev.contentlint.core.engine.ProgressListener;
import dev.contentlint.core.engine.RunResult;
import dev.contentlint.core.engine.SuppressedFinding;
import dev.contentlint.core.engine.Shard;
import dev.contentlint.core.engine.ShardRun;
import dev.contentlint.core.frontend.UsageException;
import dev.contentlint.core.shard.ShardFile;
import dev.contentlint.core.engine.DocumentProduct;
import dev.contentlint.core.baseline.Baseline;
import dev.contentlint.core.baseline.BaselineSetting;
import dev.contentlint.core.baseline.FindingContextsProduct;
import dev.contentlint.core.fix.FixOutcome;
import dev.contentlint.core.fix.Fixer;
import dev.contentlint.core.frontend.ChangedLines;
import dev.contentlint.core.frontend.FailureThreshold;
import dev.contentlint.core.frontend.OutputWriter;
import dev.contentlint.core.frontend.SourceEncoding;
import dev.contentlint.core.frontend.UsageException;
import dev.contentlint.core.report.FormatOptions;
import dev.contentlint.core.report.Formatter;
import dev.contentlint.core.report.Formatters;
import dev.contentlint.core.report.TextFormatter;
import dev.contentlint.core.rule.Finding;
import dev.contentlint.core.rule.RuleRegistry;
import dev.contentlint.core.rule.Severity;
import dev.contentlint.rules.grammar.DaemonOption;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Stack;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.IParameterPreprocessor;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code contentlint check}: lints files and reports findings; the command that runs when none is named. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        customSynopsis = {
            "contentlint [check] [OPTIONS] [PATH|GLOB|-]...",
            "       contentlint rules [ID]",
            "       contentlint config [--format text|json] [FILE]",
            "       contentlint config --diff PRESET [--against PRESET]",
            "       contentlint init [--force]",
            "       contentlint terms [--format text|json] [PATH|GLOB]...",
            "       contentlint dictionary [--output FILE] [--force] [PATH|GLOB]...",
            "       contentlint report [OPTIONS] [PATH|GLOB]...",
            "       contentlint baseline [--prune] [PATH|GLOB]...",
            "       contentlint [check] --shard K/N --output FILE [OPTIONS] [PATH|GLOB]...",
            "       contentlint merge [OPTIONS] SHARD-OUTPUT...",
            "       contentlint daemon status|stop",
            "       contentlint lsp"},
        descriptionHeading = "%n",
        description = {
            "Checks Markdown, HTML and plain-text documents for stale dates, missing disclaimers, glossary "
                    + "problems, readability, style, accessibility and (when enabled) grammar and spelling. Findings print as "
                    + "path:line:col: severity: message [rule-id].",
            ""},
        footerHeading = "%n",
        footer = {
            "Commands:",
            "  check        lint files; the default: 'contentlint docs' means 'check docs'",
            "  rules [ID]   list the rules, or print one rule's documentation",
            "  config       show the rules, options and settings that apply to a file and",
            "               the config file, line or preset that set each; --diff strict",
            "               compares two presets",
            "  init         write a starter .contentlint.yml into the current directory",
            "  terms        list candidate glossary terms (acronyms, recurring capitalised",
            "               phrases) that the glossary lacks, with counts and first",
            "               locations; --format json for tools",
            "  dictionary   write the words spelling does not know, most used first, as a",
            "               starter word list for the dictionary: setting",
            "  report       write a readability report (html, json, csv or md)",
            "  baseline     accept today's findings in .contentlint-baseline.json, so",
            "               check --baseline fails only on new ones; --prune drops",
            "               entries that match nothing any more",
            "  merge        combine the files 'check --shard K/N' wrote, check the rules",
            "               across files over all of them and report as one check would",
            "  daemon       show or stop the background process that check --daemon keeps",
            "               LanguageTool loaded in",
            "  lsp          run the language server that editors start (docs/editors.md)",
            "",
            "Exit status:",
            "  0  no finding at or above --fail-on, and warnings within --max-warnings",
            "  1  there are such findings",
            "  2  usage, config, input or internal error",
            "",
            "Environment:",
            "  CONTENTLINT_CONFIG  config file to use when --config is not given",
            "  NO_COLOR            any non-empty value turns colour off (--color wins)",
            "  CONTENTLINT_DEBUG   any non-empty value prints an internal error's trace",
            "",
            "Colour needs a terminal. Java only tells whether the process has a console",
            "(stdin and stdout both terminals), so piping into contentlint turns it off.",
            "To lint a file named like a command, name the command: contentlint check rules"})
final class CheckCommand implements Callable<Integer> {
    private static final String DEFAULT_CACHE = ".contentlint-cache";

    private final Terminal terminal;
    private final Supplier<RuleRegistry> registry;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH|GLOB|-", arity = "0..*",
            description = "Files, folders or quoted globs to lint; '-' reads standard input. Default: '.'")
    List<String> paths = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "Output format: text, json, sarif, checkstyle, junit, github or gitlab. Default: ${DEFAULT-VALUE}")
    String format = "text";

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE (parent folders are created) instead of standard output. Default: stdout")
    String output;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Config file to use; turns off discovery. Default: $CONTENTLINT_CONFIG, else the first "
                    + "config file found upwards from here, else the built-in 'recommended' preset")
    String config;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", converter = SeverityConverter.class,
            description = "Exit 1 when a finding is at least this severe: error, warning or info. Default: error")
    Severity failOn = Severity.ERROR;

    @Option(names = "--max-warnings", paramLabel = "N",
            description = "Exit 1 when there are more than N warnings; -1 means no limit. Default: ${DEFAULT-VALUE}")
    int maxWarnings = -1;

    @Option(names = "--exit-zero",
            description = "Exit 0 even when there are findings (usage, config and internal errors still exit 2). Default: off")
    boolean exitZero;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "Date to judge freshness against, for reproducible runs. Default: config 'today:', else the system date")
    LocalDate today;

    @Option(names = "--encoding", paramLabel = "CHARSET", converter = EncodingConverter.class,
            description = "Charset of files without a byte order mark, such as ISO-8859-1 or windows-1252. Default: UTF-8")
    Charset encoding = StandardCharsets.UTF_8;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Files checked in parallel (at least 1). Default: the number of processors (${DEFAULT-VALUE} here)")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--color", description = "Colour the text output even when it is not a terminal. Default: only on a terminal")
    boolean color;

    @Option(names = "--no-color", description = "Never colour the output (same as NO_COLOR=1). Default: off")
    boolean noColor;

    @Option(names = {"-q", "--quiet"},
            description = "Report errors only: drop warnings and info from text output and print no summary line. Default: off")
    boolean quiet;

    @Option(names = "--stdin-filename", paramLabel = "NAME",
            description = "Name for the text read from '-': picks its format by extension and names it in findings. "
                    + "Default: <stdin>")
    String stdinFilename;

    @Option(names = "--no-inline-config",
            description = "Ignore <!-- contentlint-disable ... --> comments in the files. Default: off (comments honoured)")
    boolean noInlineConfig;

    @Option(names = "--report-unused-disable-directives", paramLabel = "SEVERITY", arity = "0..1",
            fallbackValue = "warning", converter = SeverityConverter.class, preprocessor = AttachedValueOnly.class,
            description = "Report each <!-- contentlint-disable... --> comment that hides no finding, as a "
                    + "contentlint/unused-disable-directive finding of this severity (error, warning or info; "
                    + "given as --report-unused-disable-directives=error). Default: off; warning when no severity is given")
    Severity unusedDirectives;

    @Option(names = "--cache",
            description = "Skip files unchanged since the last run (content, config and version are compared). Default: off")
    boolean cache;

    @Option(names = "--cache-location", paramLabel = "DIR",
            description = "Folder of the cache, relative to the working directory; implies --cache. Default: "
                    + DEFAULT_CACHE)
    String cacheLocation;

    @Option(names = "--daemon",
            description = "Keep LanguageTool loaded in a background process between runs, so grammar and spelling "
                + "rules check a few changed paragraphs in about a second instead of starting LanguageTool each run. "
                + "It exits after 60 idle minutes or on 'contentlint daemon stop'. Default: off")
    boolean daemon;

    @Option(names = "--fix",
            description = "Apply the safe fixes (preferred glossary terms, substitutions with one replacement, doubled "
                    + "words) to the files, lint again until none applies, then report what remains. Default: off")
    boolean fix;

    @Option(names = "--unsafe-fixes",
            description = "With --fix or --fix-dry-run, apply the fixes that can change the meaning too (grammar and "
                    + "spelling suggestions). Default: off")
    boolean unsafeFixes;

    @Option(names = {"--fix-dry-run", "--diff"},
            description = "Print the changes --fix would make as a unified diff and write nothing; exits 1 when there "
                    + "are changes. Default: off")
    boolean fixDryRun;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Hide the findings this baseline file (written by 'contentlint baseline') accepts, and say "
                    + "which of its entries match nothing. Default: the config's baseline: setting, else none")
    String baseline;

    @Option(names = "--shard", paramLabel = "K/N", converter = ShardConverter.class,
            description = "Check only the Kth of N parts of the files (1 <= K <= N, parts picked by a hash of each "
                    + "path, so every CI job agrees) and write its findings, with what the rules across files need, "
                    + "to the shard file --output names; 'contentlint merge' combines the N files, reports and sets the "
                    + "exit code. Exits 0 once the file is written. GitLab: --shard "
                    + "$CI_NODE_INDEX/$CI_NODE_TOTAL (docs/ci-sharding.md). Default: off")
    Shard shard;

    @Option(names = "--changed-since", paramLabel = "REF",
            description = "Report only findings on lines added or changed since git revision REF (from where the "
                    + "branch left it), whole-file findings of changed files, and everything in untracked files. Every "
                    + "file is still checked, so rules across files see the whole project. Default: off")
    String changedSince;

    CheckCommand(Terminal terminal, Supplier<RuleRegistry> registry) {
        this.terminal = terminal;
        this.registry = registry;
    }

    @Override
    public Integer call() throws IOException {
        validate();
        RuleRegistry registry = this.registry.get();
        Config effective = loadConfig(registry);
        List<Input> inputs = inputs(effective.maxFileSize());
        Formatter formatter = formatter();

        ProgressLine progress = terminal.stderrTty() ? new ProgressLine(terminal.err()) : null;
        EngineOptions options = EngineOptions.defaults(terminal.workingDir())
                .withJobs(jobs)
                .withInlineConfig(!noInlineConfig)
                .withUnusedDirectives(unusedDirectives)
                .withToday(today)
                .withEncoding(encoding)
                .withCacheDirectory(cacheDirectory())
                .withProgress(progress == null ? ProgressListener.NONE : progress);
        if (daemon) options = options.withServiceOption(DaemonOption.class,
                new DaemonOption(DaemonCommand.stateRoot(terminal), daemonIdle(), this::warn));
        ChangedLines changed = changedSince == null ? null : ChangedLines.since(terminal.workingDir(), changedSince);
        Engine engine = new Engine(effective, registry, options);
        if (shard != null) return checkShard(engine, effective, inputs, progress);
        Baseline accepted = baseline(effective);
        List<DocumentProduct<?>> products = accepted == null ? List.of() : List.of(FindingContextsProduct.INSTANCE);
        RunResult result;
        try {
            if (fix || fixDryRun) {
                FixOutcome fixed = new Fixer(engine, terminal.workingDir(), unsafeFixes).fix(inputs);
                for (String path : fixed.unconverged())
                    warn("the fixes in " + path + " still changed it after " + Fixer.MAX_PASSES + " passes; its last "
                            + "text is kept. Check it, and run --fix again or fix the rest by hand");
                if (fixDryRun) return dryRun(fixed);
                fixed.write();
                result = fixed.files().isEmpty() && accepted == null ? fixed.before() : engine.run(inputs, products);
                if (!quiet) terminal.err().println(fixSummary(fixed));
            } else {
                result = engine.run(inputs, products);
            }
        } finally {
            if (progress != null) progress.clear();
        }
        if (accepted != null) {
            Baseline.Applied applied = accepted.apply(result);
            result = applied.result();
            if (!applied.unmatched().isEmpty())
                warn(applied.unmatched().size() + " baseline " + (applied.unmatched().size() == 1 ? "entry matches" : "entries match")
                        + " no finding any more (first: " + applied.unmatched().get(0).path() + ":"
                        + applied.unmatched().get(0).line() + " " + applied.unmatched().get(0).rule()
                        + "); run 'contentlint baseline --prune' to remove them");
        }
        // After the baseline, which must see every finding to know which of its entries are gone.
        int before = result.findings().size();
        if (changed != null) result = changed.keep(result, terminal.workingDir());
        int outside = before - result.findings().size();

        RunResult shown = quiet && formatter.name().equals("text") ? errorsOnly(result) : result;
        FormatOptions formatOptions = new FormatOptions(useColor(), Version.get()).withFailOn(failOn);
        writeReport(formatter, shown, formatOptions);
        if (!result.files().isEmpty() && noRuleEnabled(result)) {
            // "No problems found" would read as a clean bill of health for files nothing looked at.
            terminal.err().println(noRulesMessage(effective, registry, result.files().size()));
            terminal.err().flush();
        } else if (!quiet) {
            terminal.err().println(TextFormatter.summary(result) + (accepted == null ? ""
                    : "; " + result.suppressed(SuppressedFinding.Kind.EXTERNAL) + " hidden by the baseline")
                    + (changed == null ? "" : "; " + outside + " on lines not changed since " + changedSince + " not shown"));
            terminal.err().flush();
        }
        return exitCode(result);
    }

    /** Checks one shard of the files and writes its shard file; the merge judges the findings. */
    private int checkShard(Engine engine, Config effective, List<Input> inputs, ProgressLine progress) throws IOException {
        if (effective.setting(BaselineSetting.SETTING) != null)
            throw new UsageException("the config sets baseline:, which a run in shards cannot apply yet; check "
                    + "without --shard, or without the baseline");
        ShardRun run;
        try {
            run = engine.runShard(inputs, shard);
        } finally {
            if (progress != null) progress.clear();
        }
        OutputWriter.write(terminal.resolve(output), output, w -> ShardFile.write(run, Version.get(), w));
        if (!quiet) {
            long findings = run.files().stream().mapToLong(f -> f.findings().size()).sum();
            terminal.err().println("Shard " + shard + ": checked " + plural(run.files().size(), "file", "files")
                    + ", " + plural(findings, "finding", "findings") + " so far, written to " + output
                    + "; 'contentlint merge' adds the findings across files and reports them all");
            terminal.err().flush();
        }
        return ExitCode.OK;
    }

    private Baseline baseline(Config effective) throws IOException {
        Path file = baseline != null ? terminal.resolve(baseline) : effective.setting(BaselineSetting.SETTING);
        return file == null ? null : Baseline.read(file);
    }

    private int dryRun(FixOutcome fixed) throws IOException {
        OutputWriter.Body body = w -> w.write(fixed.diff());
        if (output == null) OutputWriter.write(terminal.out(), body);
        else OutputWriter.write(terminal.resolve(output), output, body);
        if (!quiet) {
            terminal.err().println(fixed.files().isEmpty() ? "No fixes to apply"
                    : "Would fix " + plural(fixed.fixes(), "problem", "problems") + " in "
                    + plural(fixed.files().size(), "file", "files") + "; run with --fix to apply");
            terminal.err().flush();
        }
        return fixed.files().isEmpty() || exitZero ? ExitCode.OK : ExitCode.FINDINGS;
    }

    static String fixSummary(FixOutcome fixed) {
        return fixed.files().isEmpty() ? "No fixes to apply"
                : "Fixed " + plural(fixed.fixes(), "problem", "problems") + " in "
                + plural(fixed.files().size(), "file", "files");
    }

    private static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static boolean noRuleEnabled(RunResult result) {
        return result.rules().stream().allMatch(r -> InternalRules.isInternal(r.id()));
    }

    static String noRulesMessage(Config config, RuleRegistry registry, int files) {
        String source = config.file().map(f -> f.getFileName() + " (" + f + ")").orElse("the built-in default");
        String preset = registry.defaultPreset().or(() -> registry.presets().keySet().stream().findFirst())
                .map(p -> "start from a preset with 'extends: " + p + "', or ").orElse("");
        return "No rules are enabled, so nothing was checked in " + (files == 1 ? "1 file" : files + " files")
                + ": " + source + " and what it extends turn no rule on; " + preset
                + "turn rules on under 'rules:' ('contentlint rules' lists them)";
    }

    private void warn(String message) {
        synchronized (terminal.err()) {
            terminal.err().println("contentlint: warning: " + message);
            terminal.err().flush();
        }
    }

    private Duration daemonIdle() {
        String minutes = terminal.env().get("CONTENTLINT_DAEMON_IDLE_MINUTES");
        if (minutes == null || minutes.isBlank()) return DaemonOption.DEFAULT_IDLE;
        try {
            long m = Long.parseLong(minutes.trim());
            if (m > 0) return Duration.ofMinutes(m);
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ParameterException(spec.commandLine(), "CONTENTLINT_DAEMON_IDLE_MINUTES must be a whole number of "
                + "minutes above 0, not '" + minutes + "'");
    }

    private void validate() {
        if (Formatters.find(format).isEmpty())
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--format': '" + format
                    + "' is not one of " + String.join(", ", Formatters.names()));
        if (jobs < 1)
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--jobs': " + jobs
                    + " (use 1 or more)");
        if (maxWarnings < -1)
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--max-warnings': "
                    + maxWarnings + " (use -1 for no limit, or 0 or more)");
        if (stdinFilename != null && !paths.contains("-"))
            throw new ParameterException(spec.commandLine(), "--stdin-filename names standard input; add '-' to the paths");
        if (color && noColor)
            throw new ParameterException(spec.commandLine(), "--color and --no-color contradict each other; use one");
        if (daemon) daemonIdle();
        if (unsafeFixes && !fix && !fixDryRun)
            throw new ParameterException(spec.commandLine(), "--unsafe-fixes only widens --fix or --fix-dry-run; add one of them");
        if (unusedDirectives != null && noInlineConfig)
            throw new ParameterException(spec.commandLine(), "--report-unused-disable-directives judges the inline "
                    + "comments that --no-inline-config ignores; use one");
        if (fix && fixDryRun)
            throw new ParameterException(spec.commandLine(), "--fix writes the files and --fix-dry-run only shows the "
                    + "changes; use one");
        if (shard != null) validateShard();
        if ((fix || fixDryRun) && paths.contains("-"))
            throw new ParameterException(spec.commandLine(), "--fix and --fix-dry-run change files, not standard input; "
                    + "name the files instead of '-'");
    }

    /** What a shard run cannot do: report, judge or change files. Those belong to the merge or to a whole run. */
    private void validateShard() {
        if (output == null)
            throw new ParameterException(spec.commandLine(), "--shard writes a shard file for 'contentlint merge'; "
                    + "name it with --output, e.g. --output shard-" + shard.index() + ".json");
        if (paths.contains("-"))
            throw new ParameterException(spec.commandLine(), "--shard splits files on disk, not standard input; name "
                    + "the files instead of '-'");
        if (fix || fixDryRun)
            throw new ParameterException(spec.commandLine(), "--fix and --fix-dry-run change files and --shard only "
                    + "checks a part of them; fix without --shard");
        if (baseline != null)
            throw new ParameterException(spec.commandLine(), "--baseline cannot be used with --shard yet; check "
                    + "without --shard to apply a baseline");
        if (unusedDirectives != null)
            throw new ParameterException(spec.commandLine(), "--report-unused-disable-directives needs every finding "
                    + "of a file, corpus rules' too, and --shard leaves those to the merge; check without --shard");
        var parsed = spec.commandLine().getParseResult();
        for (String merged : List.of("--format", "--fail-on", "--max-warnings", "--exit-zero", "--changed-since"))
            if (parsed.hasMatchedOption(merged))
                throw new ParameterException(spec.commandLine(), merged + " applies to the whole run, which only "
                        + "the merge sees: give it to 'contentlint merge' instead of to --shard");
    }

    private Config loadConfig(RuleRegistry registry) {
        return ConfigOption.load(new ConfigLoader(registry), terminal, config);
    }

    /** The command's inputs; standard input is read up to one byte past {@code maxFileSize}, which is enough to refuse it. */
    private List<Input> inputs(long maxFileSize) throws IOException {
        List<Input> inputs = new ArrayList<>();
        boolean stdinRead = false;
        for (String arg : paths.isEmpty() ? List.of(".") : paths) {
            if (arg.equals("-")) {
                if (!stdinRead) inputs.add(Input.stdin(readStdin(maxFileSize), stdinFilename));
                stdinRead = true;
            } else {
                // Checked here too, so the message repeats the path as the user typed it. The engine resolves
                // relative arguments against the working directory, as this does.
                if (!Files.exists(terminal.resolve(arg)) && !Glob.isGlob(arg))
                    throw new InputException("No such file or directory: " + arg);
                inputs.add(Input.of(arg));
            }
        }
        return inputs;
    }

    private byte[] readStdin(long maxFileSize) throws IOException {
        if (maxFileSize <= 0) return terminal.in().readAllBytes();
        return terminal.in().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileSize + 1));
    }

    private Formatter formatter() {
        return Formatters.find(format).orElseThrow();
    }

    private Path cacheDirectory() {
        if (cacheLocation != null) return terminal.resolve(cacheLocation);
        return cache ? terminal.workingDir().resolve(DEFAULT_CACHE) : null;
    }

    private boolean useColor() {
        Boolean flag = color ? Boolean.TRUE : noColor ? Boolean.FALSE : null;
        // Colour codes in a file would be noise: only the terminal gets them unless forced.
        if (flag == null && output != null) return false;
        return ColorPolicy.useColor(flag, terminal);
    }

    private void writeReport(Formatter formatter, RunResult result, FormatOptions options) throws IOException {
        OutputWriter.Body body = w -> formatter.write(result, w, options);
        if (output == null) OutputWriter.write(terminal.out(), body);
        else OutputWriter.write(terminal.resolve(output), output, body);
    }

    private int exitCode(RunResult result) {
        if (exitZero) return ExitCode.OK;
        FailureThreshold threshold = FailureThreshold.atOrAbove(failOn).withMaxWarnings(maxWarnings);
        return threshold.judge(result).failed() ? ExitCode.FINDINGS : ExitCode.OK;
    }

    static RunResult errorsOnly(RunResult r) {
        List<Finding> errors = r.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
        return new RunResult(errors, r.files(), r.rules(), r.elapsed());
    }

    /** Reads {@code error}, {@code warning} or {@code info}. */
    static final class SeverityConverter implements ITypeConverter<Severity> {
        @Override
        public Severity convert(String value) {
            return Severity.parse(value).orElseThrow(() ->
                    new TypeConversionException("'" + value + "' is not a severity; use error, warning or info"));
        }
    }

    /**
     * Takes an option's value only when attached with {@code =}, so {@code --report-unused-disable-directives docs}
     * reads {@code docs} as a path, not as a severity.
     */
    static final class AttachedValueOnly implements IParameterPreprocessor {
        @Override
        public boolean preprocess(Stack<String> args, CommandSpec spec, ArgSpec option, Map<String, Object> info) {
            if (" ".equals(info.get("separator")) && option instanceof OptionSpec o) args.push(o.fallbackValue());
            return false;
        }
    }

    /** Reads {@code K/N}. */
    static final class ShardConverter implements ITypeConverter<Shard> {
        @Override
        public Shard convert(String value) {
            try {
                return Shard.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** Reads {@code --encoding}: a charset Java knows. */
    static final class EncodingConverter implements ITypeConverter<Charset> {
        @Override
        public Charset convert(String value) {
            try {
                return SourceEncoding.parse(value, "--encoding");
            } catch (UsageException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** Reads an ISO date, {@code YYYY-MM-DD}. */
    static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date; use YYYY-MM-DD, e.g. 2026-11-26");
            }
        }
    }
}
