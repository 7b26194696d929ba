package dev.contentlint.cli;

import dev.contentlint.core.rule.ConfigException;
import dev.contentlint.core.engine.InputException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns everything that stops a run into one message on stderr and exit code 2: bad flags (with picocli's
 * message and a pointer to {@code --help}), config and input errors (their message only) and unexpected
 * exceptions (one line; the stack trace only when {@code CONTENTLINT_DEBUG} is set).
 */
final class ErrorReporter implements CommandLine.IParameterExceptionHandler, CommandLine.IExecutionExceptionHandler {
    private final Terminal terminal;

    ErrorReporter(Terminal terminal) {
        this.terminal = terminal;
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
        ConfigException config = find(ex, ConfigException.class);
        InputException input = find(ex, InputException.class);
        CommandException command = find(ex, CommandException.class);
        if (config != null) {
            err.println("contentlint: config error: " + config.getMessage());
        } else if (input != null) {
            err.println("contentlint: " + input.getMessage());
        } else if (command != null) {
            err.println("contentlint: " + command.getMessage());
        } else {
            err.println("contentlint: internal error: " + ex);
            if (terminal.envValue("CONTENTLINT_DEBUG") != null) {
                err.flush();
                StackTraces.write(ex, terminal.err());
            } else {
                err.println("Run with CONTENTLINT_DEBUG=1 for a stack trace, and please report it.");
            }
        }
    }

    /** The exception or its nearest cause of the given type: a worker pool may wrap what a task threw. */
    private static <T extends Throwable> T find(Throwable ex, Class<T> type) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause())
            if (type.isInstance(t)) return type.cast(t);
        return null;
    }
}
