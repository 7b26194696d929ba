package dev.contentlint.cli;

import dev.contentlint.core.config.Config;
import dev.contentlint.core.config.ConfigLoader;
import dev.contentlint.core.config.Glob;
import dev.contentlint.core.engine.Engine;
import dev.contentlint.core.engine.EngineOptions;
import dev.contentlint.core.engine.Input;
import dev.contentlint.core.engine.InputException;
import dev.contentlint.core.engine.RunResult;
import dev.contentlint.core.io.AtomicFiles;
import dev.contentlint.core.rule.Finding;
import dev.contentlint.core.rule.RuleRegistry;
import dev.contentlint.rules.spelling.MisspellingRule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * {@code contentlint dictionary PATH...}: runs the spelling check alone, with the config's word lists and the
 * vocabulary the run teaches, and writes the words it still does not know, most used first, as a word list the
 * {@code dictionary:} setting reads. Review the list, delete the typos, fix them in the documents, and the check
 * starts clean.
 */
@Command(name = "dictionary", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {
            "Writes the words the spelling check does not know as a starter word list for the config's dictionary: "
                    + "setting, most used first, each with its number of uses and files.",
            "Delete the typos from the list (and fix them in the documents) before adding it to the config."})
final class DictionaryCommand implements Callable<Integer> {
    private final Terminal terminal;
    private final Supplier<RuleRegistry> registry;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files, folders or globs to read. Default: the current directory")
    List<String> paths = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Word list to write. Default: dictionary.txt in the current directory")
    String output = "dictionary.txt";

    @Option(names = "--force", description = "Overwrite an existing word list. Default: off (refuse)")
    boolean force;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Config file whose dictionary:, glossary: and spelling options apply. Default: found as check finds it")
    String config;

    @Option(names = "--min-count", paramLabel = "N",
            description = "Write a word only when used at least N times. Default: 1")
    int minCount = 1;

    DictionaryCommand(Terminal terminal, Supplier<RuleRegistry> registry) {
        this.terminal = terminal;
        this.registry = registry;
    }

    @Override
    public Integer call() {
        if (minCount < 1)
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--min-count': " + minCount + " (use 1 or more)");
        Path target = terminal.resolve(output);
        if (Files.exists(target) && !force)
            throw new CommandException(output + " already exists; edit it, choose another file with --output, or add"
                    + " --force to replace it");
        RuleRegistry rules = registry.get();
        Config effective = new SpellingOnlyConfig(ConfigOption.load(new ConfigLoader(rules), terminal, config), rules);
        List<String> arguments = paths.isEmpty() ? List.of(".") : paths;
        for (String arg : arguments)
            if (!Files.exists(terminal.resolve(arg)) && !Glob.isGlob(arg)) throw new InputException("No such file or directory: " + arg);
        RunResult result = new Engine(effective, rules, EngineOptions.defaults(terminal.workingDir()))
                .run(arguments.stream().map(Input::of).toList());
        UnknownWords words = new UnknownWords();
        for (Finding f : result.findings()) {
            String word = f.properties().get(MisspellingRule.WORD);
            // The rest (files that could not be read, parts the spell checker skipped) says what the list misses.
            if (SpellingOnlyConfig.RULE.equals(f.ruleId()) && word != null) words.add(word, f.path());
            else
                terminal.err().println(f.path() + ":" + f.location().line() + ":" + f.location().column() + ": "
                        + f.message() + " [" + f.ruleId() + "]");
        }
        List<UnknownWords.Entry> list = words.entries(minCount);
        try {
            byte[] content = words.wordList(list, result.files().size()).getBytes(StandardCharsets.UTF_8);
            AtomicFiles.write(target, out -> out.write(content));
        } catch (IOException e) {
            throw new CommandException("cannot write " + output + ": " + e.getMessage());
        }
        terminal.err().flush();
        terminal.out().println("Wrote " + list.size() + (list.size() == 1 ? " word" : " words") + " from "
                + result.files().size() + (result.files().size() == 1 ? " file" : " files") + " to " + output
                + ". Delete the typos, then name it in the config: dictionary: [" + output + "]");
        terminal.out().flush();
        return ExitCode.OK;
    }
}
