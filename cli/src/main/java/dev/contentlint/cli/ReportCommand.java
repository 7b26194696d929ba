package dev.contentlint.cli;

import dev.contentlint.core.config.Config;
import dev.contentlint.core.config.ConfigLoader;
import dev.contentlint.core.config.Glob;
import dev.contentlint.core.engine.Engine;
import dev.contentlint.core.engine.EngineOptions;
import dev.contentlint.core.engine.Input;
import dev.contentlint.core.engine.InputException;
import dev.contentlint.core.engine.RunResult;
import dev.contentlint.core.frontend.OutputWriter;
import dev.contentlint.core.report.readability.ReadabilityBaseline;
import dev.contentlint.core.report.readability.ReadabilityHtml;
import dev.contentlint.core.report.readability.ReadabilityJson;
import dev.contentlint.core.report.readability.ReadabilityProduct;
import dev.contentlint.core.report.readability.ReadabilityReport;
import dev.contentlint.core.report.readability.ReadabilityReports;
import dev.contentlint.core.report.readability.ReadabilityTables;
import dev.contentlint.core.report.readability.TextView;
import dev.contentlint.core.report.readability.TextViewProduct;
import dev.contentlint.core.rule.RuleRegistry;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code contentlint report}: the editors' readability report over files, as HTML, JSON, CSV or Markdown. The
 * figures come from the same engine run that counts the findings, one parse per file. A file the engine could
 * not lint (unreadable, larger than max-file-size, binary, or one the parser fails on) is left out of the report,
 * and the finding that says why is printed on standard error as {@code check} prints it.
 */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        descriptionHeading = "%n",
        description = {
            "Writes a readability report: per file and per section the Flesch reading ease, the Flesch-Kincaid, "
                    + "Gunning fog, SMOG, Coleman-Liau and ARI grades, the share of passive sentences and the count "
                    + "of findings of the configured rules. HTML is one self-contained page for editors.",
            ""})
final class ReportCommand implements Callable<Integer> {
    private static final List<String> FORMATS = List.of("html", "json", "csv", "md");

    /** The file a report goes to when standard output is a terminal, before its format's extension. */
    static final String DEFAULT_NAME = "contentlint-report";

    private final Terminal terminal;
    private final Supplier<RuleRegistry> registry;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH|GLOB", arity = "0..*", description = "Files, folders or quoted globs. Default: '.'")
    List<String> paths = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "Report format: html, json, csv or md. Default: ${DEFAULT-VALUE}")
    String format = "html";

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE (parent folders are created). Default: standard output when "
                    + "it is piped or redirected; on a terminal, " + DEFAULT_NAME + ".FORMAT in the working directory")
    String output;

    @Option(names = "--baseline", paramLabel = "OLD.json",
            description = "An earlier JSON report: adds each file's change in grade, reading ease and words")
    String baseline;

    @Option(names = "--target-grade", paramLabel = "GRADE",
            description = "Grade above which a file or section counts as hard. Default: ${DEFAULT-VALUE}")
    double targetGrade = 12;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Config file to use for the findings count; turns off discovery. Default: as for check")
    String config;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", converter = CheckCommand.DateConverter.class,
            description = "Date to judge freshness against. Default: config 'today:', else the system date")
    LocalDate today;

    @Option(names = "--encoding", paramLabel = "CHARSET", converter = CheckCommand.EncodingConverter.class,
            description = "Charset of files without a byte order mark, as for check. Default: UTF-8")
    java.nio.charset.Charset encoding = java.nio.charset.StandardCharsets.UTF_8;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Files linted in parallel (at least 1). Default: the number of processors (${DEFAULT-VALUE} here)")
    int jobs = Runtime.getRuntime().availableProcessors();

    private final UnaryOperator<Engine> engines;

    ReportCommand(Terminal terminal, Supplier<RuleRegistry> registry) {
        this(terminal, registry, UnaryOperator.identity());
    }

    /** @param engines adjusts the engine the command runs (tests give it a parser that counts) */
    ReportCommand(Terminal terminal, Supplier<RuleRegistry> registry, UnaryOperator<Engine> engines) {
        this.terminal = terminal;
        this.registry = registry;
        this.engines = engines;
    }

    @Override
    public Integer call() throws IOException {
        if (!FORMATS.contains(format))
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--format': '" + format
                    + "' is not one of " + String.join(", ", FORMATS));
        if (jobs < 1)
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--jobs': " + jobs + " (use 1 or more)");
        if (!(targetGrade > 0))
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--target-grade': use a grade above 0");
        ReadabilityBaseline old = baseline == null ? null : readBaseline();
        List<String> args = paths.isEmpty() ? List.of(".") : paths;
        for (String arg : args)
            if (!Files.exists(terminal.resolve(arg)) && !Glob.isGlob(arg))
                throw new InputException("No such file or directory: " + arg);
        RuleRegistry rules = registry.get();
        Config effective = loadConfig(rules);

        EngineOptions options = EngineOptions.defaults(terminal.workingDir()).withJobs(jobs).withToday(today)
                .withEncoding(encoding);
        // Only the HTML page shows each file's text; the other formats need the figures alone.
        boolean html = format.equals("html");
        RunResult result = engines.apply(new Engine(effective, rules, options))
                .run(args.stream().map(Input::of).toList(), html
                        ? List.of(ReadabilityProduct.INSTANCE, TextViewProduct.INSTANCE) : List.of(ReadabilityProduct.INSTANCE));
        UnmeasuredFiles.print(result, ReadabilityProduct.INSTANCE, terminal.err());

        ReadabilityReport report = ReadabilityReports.of(result, targetGrade);
        if (old != null) report = old.apply(report);
        // A report is a page to open, not text to read: on a terminal it goes to a file unless piped.
        String target = output != null ? output : terminal.stdoutTty() ? DEFAULT_NAME + "." + format : null;
        write(report, html ? ReadabilityReports.views(result) : Map.of(), target);
        terminal.err().println("Readability report of " + report.files().size() + " files"
                + (target == null ? "" : " written to " + target)
                + (output == null && target != null ? " (standard output is a terminal; -o FILE names another file,"
                        + " and a pipe or redirect gets the report itself)" : ""));
        return ExitCode.OK;
    }

    private ReadabilityBaseline readBaseline() {
        Path file = terminal.resolve(baseline);
        try {
            return ReadabilityBaseline.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CommandException("cannot read the baseline " + baseline + ": " + (Files.exists(file)
                    ? e.getMessage() : "no such file") + ". Name a JSON report written by 'contentlint report --format json'.");
        } catch (IllegalArgumentException e) {
            throw new CommandException("the baseline " + baseline + " " + e.getMessage()
                    + ". Name a JSON report written by 'contentlint report --format json'.");
        }
    }

    private Config loadConfig(RuleRegistry registry) {
        return ConfigOption.load(new ConfigLoader(registry), terminal, config);
    }

    private void write(ReadabilityReport report, Map<String, TextView> views, String target) throws IOException {
        OutputWriter.Body body = w -> render(report, views, w);
        if (target == null) OutputWriter.write(terminal.out(), body);
        else OutputWriter.write(terminal.resolve(target), target, body);
    }

    private void render(ReadabilityReport report, Map<String, TextView> views, Writer w) throws IOException {
        switch (format) {
            case "json" -> ReadabilityJson.write(report, w);
            case "csv" -> ReadabilityTables.csv(report, w);
            case "md" -> ReadabilityTables.markdown(report, w);
            default -> ReadabilityHtml.write(report, "Readability report", views, w);
        }
    }
}
