package dev.contentlint.cli;

import dev.contentlint.core.rule.RuleRegistry;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine;

/** The {@code contentlint} program: parses the command line, runs the command and returns its exit code. */
public final class Main {
    /** Every command's name; {@code contentlint --help} lists them all. */
    static final Set<String> COMMANDS = Set.of("check", "rules", "config", "init", "terms", "dictionary", "report", "baseline",
            "merge", "daemon", "lsp", "help");

    private Main() {
    }

    public static void main(String[] args) {
        boolean console = System.console() != null;
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        Path workingDir = Path.of("").toAbsolutePath();
        Warmup warmup = Warmup.start(workingDir);
        Terminal terminal = new Terminal(System.in, out, err, System.getenv(), workingDir, console, console);
        int code = run(args, terminal, warmup::registry);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs contentlint as the process would, with the given streams, environment and working directory, and
     * returns the exit code instead of exiting. Output streams are treated as non-terminals unless they are
     * {@code System.out}/{@code System.err} of a process with a console.
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Map<String, String> env,
                          Path workingDir) {
        boolean console = System.console() != null;
        Terminal terminal = new Terminal(in, out, err, Map.copyOf(env), workingDir.toAbsolutePath().normalize(),
                console && out == System.out, console && err == System.err);
        return run(args, terminal);
    }

    static int run(String[] args, Terminal terminal) {
        return run(args, terminal, Warmup::load);
    }

    /** @param registry the rules, asked for only by the commands that need them */
    static int run(String[] args, Terminal terminal, Supplier<RuleRegistry> registry) {
        ErrorReporter errors = new ErrorReporter(terminal, ErrorJson.requested(args));
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(terminal.err(), StandardCharsets.UTF_8), true);
        try {
            String[] full = withDefaultCommand(args);
            CommandLine cl = commandLine(full[0], terminal, registry, errors, errWriter);
            // help runs in the whole command tree; the other commands, built on their own, parse what follows
            // their name.
            int code = full[0].equals("help") ? cl.execute(full) : cl.execute(Arrays.copyOfRange(full, 1, full.length));
            cl.getOut().flush();
            return code;
        } catch (RuntimeException | LinkageError | OutOfMemoryError e) {
            errors.report(e, errWriter);
            errWriter.flush();
            return ExitCode.ERROR;
        } finally {
            terminal.out().flush();
        }
    }

    /**
     * The command for one invocation. Only the command being run is built, without the tree above it:
     * picocli reads each command's annotations reflectively, and start-up time matters for a one-file check.
     * {@code help} needs the whole tree to describe it.
     */
    private static CommandLine commandLine(String command, Terminal terminal, Supplier<RuleRegistry> registry,
                                           ErrorReporter errors, PrintWriter errWriter) {
        CommandLine cl = switch (command) {
            case "check" -> new CommandLine(new CheckCommand(terminal, registry));
            case "rules" -> new CommandLine(new RulesCommand(terminal, registry)).setCommandName("contentlint rules");
            case "config" -> new CommandLine(new ConfigCommand(terminal, registry)).setCommandName("contentlint config");
            case "init" -> new CommandLine(new InitCommand(terminal)).setCommandName("contentlint init");
            case "terms" -> new CommandLine(new TermsCommand(terminal, registry)).setCommandName("contentlint terms");
            case "dictionary" -> new CommandLine(new DictionaryCommand(terminal, registry)).setCommandName("contentlint dictionary");
            case "report" -> new CommandLine(new ReportCommand(terminal, registry)).setCommandName("contentlint report");
            case "baseline" -> new CommandLine(new BaselineCommand(terminal, registry)).setCommandName("contentlint baseline");
            case "merge" -> new CommandLine(new MergeCommand(terminal, registry)).setCommandName("contentlint merge");
            case "daemon" -> new CommandLine(new DaemonCommand(terminal)).setCommandName("contentlint daemon");
            case "lsp" -> new CommandLine(new LspCommand(terminal, registry)).setCommandName("contentlint lsp");
            default -> new CommandLine(new ContentlintCommand())
                    .addSubcommand("check", new CheckCommand(terminal, registry))
                    .addSubcommand("rules", new RulesCommand(terminal, registry))
                    .addSubcommand("config", new ConfigCommand(terminal, registry))
                    .addSubcommand("init", new InitCommand(terminal))
                    .addSubcommand("terms", new TermsCommand(terminal, registry))
                    .addSubcommand("dictionary", new DictionaryCommand(terminal, registry))
                    .addSubcommand("report", new ReportCommand(terminal, registry))
                    .addSubcommand("baseline", new BaselineCommand(terminal, registry))
                    .addSubcommand("merge", new MergeCommand(terminal, registry))
                    .addSubcommand("daemon", new DaemonCommand(terminal))
                    .addSubcommand("lsp", new LspCommand(terminal, registry))
                    .addSubcommand("help", new CommandLine.HelpCommand());
        };
        cl.setOut(new PrintWriter(new OutputStreamWriter(terminal.out(), StandardCharsets.UTF_8), true));
        cl.setErr(errWriter);
        cl.setParameterExceptionHandler(errors);
        cl.setExecutionExceptionHandler(errors);
        cl.setExitCodeExceptionMapper(e -> ExitCode.ERROR);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    /** {@code check} is implied: no arguments, or a first argument that is not a command, means check. */
    static String[] withDefaultCommand(String[] args) {
        if (args.length > 0 && COMMANDS.contains(args[0])) return args;
        String[] withCheck = new String[args.length + 1];
        withCheck[0] = "check";
        System.arraycopy(args, 0, withCheck, 1, args.length);
        return withCheck;
    }
}
