package dev.contentlint.cli;

import dev.contentlint.core.config.Config;
import dev.contentlint.core.config.ConfigLoader;
import dev.contentlint.core.config.Glob;
import dev.contentlint.core.engine.Engine;
import dev.contentlint.core.engine.EngineOptions;
import dev.contentlint.core.engine.Input;
import dev.contentlint.core.engine.InputException;
import dev.contentlint.core.engine.RunResult;
import dev.contentlint.core.report.JsonWriter;
import dev.contentlint.core.rule.RuleRegistry;
import dev.contentlint.rules.glossary.Acronyms;
import dev.contentlint.rules.glossary.Glossary;
import dev.contentlint.rules.glossary.GlossaryFiles;
import dev.contentlint.rules.glossary.TermCandidates;
import dev.contentlint.rules.glossary.TermUses;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
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
 * {@code contentlint terms PATH...}: candidate glossary terms the documents use but the glossary lacks. The engine
 * reads the documents, with no rule enabled; the glossary's own files do not count as documents, and a file the
 * engine cannot read or parse is left out with the finding that says why printed on standard error.
 */
@Command(name = "terms", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {
            "Lists candidate terms that the project glossary (the config's glossary: files) lacks.",
            "Candidates are acronyms that are not in the common-acronym list and capitalised multi-word phrases "
                    + "that recur, each with its number of uses, the number of files and the first use as path:line:col."})
final class TermsCommand implements Callable<Integer> {
    private final Terminal terminal;
    private final Supplier<RuleRegistry> registry;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files, folders or globs to read. Default: the current directory")
    List<String> paths = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "text or json. Default: text")
    String format = "text";

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Config file whose glossary: and files: settings apply. Default: found as check finds it")
    String config;

    @Option(names = "--min-count", paramLabel = "N",
            description = "Report a phrase only when used at least N times (acronyms: any use). Default: 2")
    int minCount = 2;

    private final UnaryOperator<Engine> engines;

    TermsCommand(Terminal terminal, Supplier<RuleRegistry> registry) {
        this(terminal, registry, UnaryOperator.identity());
    }

    /** @param engines adjusts the engine the command runs (tests give it a parser that counts) */
    TermsCommand(Terminal terminal, Supplier<RuleRegistry> registry, UnaryOperator<Engine> engines) {
        this.terminal = terminal;
        this.registry = registry;
        this.engines = engines;
    }

    @Override
    public Integer call() throws IOException {
        if (!format.equals("text") && !format.equals("json"))
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--format': '" + format + "' (use text or json)");
        if (minCount < 1)
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--min-count': " + minCount + " (use 1 or more)");
        RuleRegistry rules = registry.get();
        Config effective = loadConfig(rules);
        Glossary glossary = GlossaryFiles.load(effective.setting(GlossaryFiles.SETTING));
        TermCandidates candidates = new TermCandidates(glossary, Acronyms.common());
        List<String> arguments = paths.isEmpty() ? List.of(".") : paths;
        for (String arg : arguments)
            if (!Files.exists(terminal.resolve(arg)) && !Glob.isGlob(arg)) throw new InputException("No such file or directory: " + arg);
        EngineOptions options = EngineOptions.defaults(terminal.workingDir());
        RunResult result = engines.apply(new Engine(effective, rules, options))
                .measure(arguments.stream().map(Input::of).toList(), List.of(TermUses.INSTANCE));
        UnmeasuredFiles.print(result, TermUses.INSTANCE, terminal.err());
        int documents = 0;
        for (String path : result.files()) {
            if (glossary.isGlossaryFile(terminal.workingDir().resolve(path))) continue;
            documents++;
            result.product(path, TermUses.INSTANCE).ifPresent(uses -> candidates.add(path, uses));
        }
        List<TermCandidates.Candidate> list = candidates.candidates(1, minCount);
        PrintStream out = terminal.out();
        if (format.equals("json")) json(list, documents, out);
        else text(list, documents, out);
        out.flush();
        return ExitCode.OK;
    }

    private static void text(List<TermCandidates.Candidate> list, int fileCount, PrintStream out) {
        for (TermCandidates.Candidate c : list) {
            out.println(c.firstPath() + ":" + c.firstLocation().line() + ":" + c.firstLocation().column() + ": "
                    + (c.kind() == TermCandidates.Kind.ACRONYM ? "acronym" : "phrase") + " \"" + c.term() + "\": "
                    + c.count() + (c.count() == 1 ? " use" : " uses") + " in " + c.files() + (c.files() == 1 ? " file" : " files"));
        }
        out.println(list.size() + (list.size() == 1 ? " candidate term" : " candidate terms") + " in "
                + fileCount + (fileCount == 1 ? " file" : " files"));
    }

    private static void json(List<TermCandidates.Candidate> list, int fileCount, PrintStream out) throws IOException {
        StringBuilder sb = new StringBuilder();
        JsonWriter w = new JsonWriter(sb);
        w.beginObject().member("files", fileCount).name("candidates").beginArray();
        for (TermCandidates.Candidate c : list) {
            w.beginObject().member("term", c.term()).member("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT))
                    .member("count", c.count()).member("files", c.files())
                    .name("first").beginObject().member("path", c.firstPath())
                    .member("line", c.firstLocation().line()).member("column", c.firstLocation().column()).endObject()
                    .endObject();
        }
        w.endArray().endObject();
        w.finish();
        out.println(sb);
    }

    private Config loadConfig(RuleRegistry rules) {
        return ConfigOption.load(new ConfigLoader(rules), terminal, config);
    }
}
