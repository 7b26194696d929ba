package dev.contentlint.cli;

import dev.contentlint.core.config.ConfigLoader;
import dev.contentlint.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code contentlint init}: writes a commented starter {@code .contentlint.yml} into the working directory. */
@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Writes a commented starter .contentlint.yml into the current directory.")
final class InitCommand implements Callable<Integer> {
    private final Terminal terminal;

    @Option(names = "--force", description = "Overwrite an existing config file. Default: off (refuse)")
    boolean force;

    InitCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws IOException {
        Path yml = terminal.workingDir().resolve(".contentlint.yml");
        Path yaml = terminal.workingDir().resolve(".contentlint.yaml");
        // Writing .yml next to an existing .yaml would leave two configs in one folder, which is an error.
        Path target = Files.exists(yaml) && !Files.exists(yml) ? yaml : yml;
        String name = target.getFileName().toString();
        if (Files.exists(target) && !force)
            throw new CommandException(name + " already exists; edit it, or run 'contentlint init --force' to replace it");
        byte[] content = ConfigLoader.starterConfig().getBytes(StandardCharsets.UTF_8);
        try {
            AtomicFiles.write(target, out -> out.write(content));
        } catch (IOException e) {
            throw new CommandException("cannot write " + name + ": " + e.getMessage());
        }
        terminal.out().println("Wrote " + name + "; edit it, then run 'contentlint'.");
        terminal.out().flush();
        return ExitCode.OK;
    }
}
