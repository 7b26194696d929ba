package dev.contentlint.cli;

import picocli.CommandLine.Command;

/** The {@code contentlint} command itself: a container for check (the default), rules and init. */
@Command(name = "contentlint", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Content-quality and accessibility linter for Markdown, HTML and plain-text documents.",
        footer = "%nRun 'contentlint --help' for the options of check, the default command.")
final class ContentlintCommand implements Runnable {
    @Override
    public void run() {
        // Reached only through 'contentlint help'; Main routes everything else to a subcommand.
    }
}
