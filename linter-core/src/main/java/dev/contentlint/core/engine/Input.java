package dev.contentlint.core.engine;

import java.nio.file.Path;

/** What to lint: a path or glob from the command line, or text from standard input under a given name. */
public sealed interface Input {
    /** A file, a directory (walked with the config's include/exclude) or a glob. */
    record PathOrGlob(String value) implements Input {}

    /** Text read from standard input; {@code name} picks the format and appears in findings. */
    record Stdin(byte[] content, String name) implements Input {}

    static Input of(String arg) {
        return new PathOrGlob(arg);
    }

    static Input stdin(byte[] content, String name) {
        return new Stdin(content, name == null ? "<stdin>" : name);
    }

    static Input of(Path p) {
        return new PathOrGlob(p.toString());
    }
}
