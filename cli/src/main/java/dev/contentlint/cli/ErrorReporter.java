package dev.contentlint.cli;

import dev.contentlint.core.frontend.RunError;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns everything that stops a run into one message on stderr and exit code 2: bad flags (with picocli's
 * message and a pointer to {@code --help}), config, input and usage errors (their message only, as
 * {@link RunError} sorts them) and unexpected exceptions (one line; the stack trace only when
 * {@code CONTENTLINT_DEBUG} is set). When the arguments ask for {@code --format json}, the same error also goes
 * to standard output as an {@link ErrorJson} object.
 */
final class ErrorReporter implements CommandLine.IParameterExceptionHandler, CommandLine.IExecutionExceptionHandler {
    private final Terminal terminal;
    private final boolean json;

    ErrorReporter(Terminal terminal) {
        this(terminal, false);
    }

    /** @param json whether to write errors as JSON on standard output too (the run asked for {@code --format json}) */
    ErrorReporter(Terminal terminal, boolean json) {
        this.terminal = terminal;
        this.json = json;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("contentlint: " + ex.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        // Commands run on their own are named "check", "contentlint rules" and so on; in the help tree, plain names.
        String name = cl.getCommandName();
        String help = name.equals("check") || name.equals("contentlint") ? "contentlint --help"
                : (name.startsWith("contentlint ") ? name : "contentlint " + name) + " --help";
        err.println("Try '" + help + "' for more information.");
        err.flush();
        if (json) ErrorJson.write("usage", ex.getMessage(), null, 0, terminal.out());
        return ExitCode.ERROR;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parseResult) {
        PrintWriter err = cl.getErr();
        report(ex, err);
        err.flush();
        return ExitCode.ERROR;
    }

    void report(Throwable ex, PrintWriter err) {
        RunError error = RunError.of(ex);
        err.println("contentlint: " + error.message());
        if (json) ErrorJson.write(error, terminal.out());
        if (error.isUserError()) return;
        if (terminal.envValue("CONTENTLINT_DEBUG") != null) {
            err.flush();
            StackTraces.write(ex, terminal.err());
        } else {
            err.println("Run with CONTENTLINT_DEBUG=1 for a stack trace, and please report it.");
        }
    }
}
