package dev.contentlint.cli;

import dev.contentlint.core.config.Config;
import dev.contentlint.core.config.ConfigLoader;
import dev.contentlint.core.config.Glob;
import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.Parsers;
import dev.contentlint.core.engine.FileWalker;
import dev.contentlint.core.engine.InputException;
import dev.contentlint.core.engine.SourceFile;
import dev.contentlint.core.report.JsonWriter;
import dev.contentlint.core.rule.RuleRegistry;
import dev.contentlint.rules.glossary.Acronyms;
import dev.contentlint.rules.glossary.Glossary;
import dev.contentlint.rules.glossary.GlossaryFiles;
import dev.contentlint.rules.glossary.TermCandidates;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
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

/** {@code contentlint terms PATH...}: candidate glossary terms the documents use but the glossary lacks. */
@Command(name = "terms", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {
            "Lists candidate glossary terms missing from the project glossary (the config's glossary: files):",
            "acronyms that are not in the common-acronym list, and capitalised multi-word phrases that recur,",
            "each with its number of uses, the number of files and the first use as path:line:col."})
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

    TermsCommand(Terminal terminal, Supplier<RuleRegistry> registry) {
        this.terminal = terminal;
        this.registry = registry;
    }

    @Override
    public Integer call() throws IOException {
        if (!format.equals("text") && !format.equals("json"))
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--format': '" + format + "' (use text or json)");
        if (minCount < 1)
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--min-count': " + minCount + " (use 1 or more)");
        Config effective = loadConfig();
        Glossary glossary = GlossaryFiles.load(effective.setting(GlossaryFiles.SETTING));
        TermCandidates candidates = new TermCandidates(glossary, Acronyms.common());
        List<String> arguments = paths.isEmpty() ? List.of(".") : paths;
        for (String arg : arguments)
            if (!Files.exists(terminal.resolve(arg)) && !Glob.isGlob(arg)) throw new InputException("No such file or directory: " + arg);
        List<SourceFile> files = new ArrayList<>(new FileWalker(effective, terminal.workingDir()).walk(arguments));
        files.sort((a, b) -> a.relativePath().compareTo(b.relativePath()));
        for (SourceFile f : files) {
            if (glossary.isGlossaryFile(f.path())) continue;
            byte[] content;
            try {
                content = Files.readAllBytes(f.path());
            } catch (IOException e) {
                terminal.err().println(f.relativePath() + ": cannot read: " + e.getMessage());
                continue;
            }
            Document doc = Parsers.parse(f.path(), f.relativePath(), content, f.format());
            candidates.add(doc);
        }
        List<TermCandidates.Candidate> list = candidates.candidates(1, minCount);
        PrintStream out = terminal.out();
        if (format.equals("json")) json(list, files.size(), out);
        else text(list, files.size(), out);
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

    private Config loadConfig() {
        return ConfigOption.load(new ConfigLoader(registry.get()), terminal, config);
    }
}
