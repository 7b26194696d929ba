package dev.contentlint.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Runs the command line in-process, as a test would type it, and captures what it prints. */
final class Cli {
    private final Path workingDir;
    private final Map<String, String> env = new HashMap<>();
    private byte[] stdin = new byte[0];
    private boolean tty;

    Cli(Path workingDir) {
        this.workingDir = workingDir;
    }

    Cli env(String name, String value) {
        env.put(name, value);
        return this;
    }

    Cli stdin(String text) {
        stdin = text.getBytes(StandardCharsets.UTF_8);
        return this;
    }

    /** Pretends standard output and error are terminals. */
    Cli tty() {
        tty = true;
        return this;
    }

    Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        int code;
        if (tty) {
            code = Main.run(args, new Terminal(new ByteArrayInputStream(stdin), o, e, Map.copyOf(env), workingDir,
                    true, false));
        } else {
            code = Main.run(args, new ByteArrayInputStream(stdin), o, e, env, workingDir);
        }
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Exit code and captured streams of one run. */
    record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }
}
