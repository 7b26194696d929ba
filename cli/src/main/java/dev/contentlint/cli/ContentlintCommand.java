package dev.contentlint.cli;

import picocli.CommandLine.Command;

/**
 * The root of the command tree, built only for {@code contentlint help}, which lists every command under it
 * (check, the default, then rules, config, init, terms, report and daemon) or describes the one it names.
 */
@Command(name = "contentlint", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Content-quality and accessibility linter for Markdown, HTML and plain-text documents.",
        footer = "%nRun 'contentlint --help' for the options of check, the default command.")
final class ContentlintCommand implements Runnable {
    @Override
    public void run() {
        // Never runs: 'contentlint help' runs the help subcommand, and Main builds every other command alone.
    }
}
