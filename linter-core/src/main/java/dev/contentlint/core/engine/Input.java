package dev.contentlint.core.engine;

import java.nio.file.Path;

/** What to lint: a path or glob from the command line, or content already in memory under a name. */
public sealed interface Input {
    /** A file, a directory (walked with the config's include/exclude) or a glob. */
    record PathOrGlob(String value) implements Input {}

    /**
     * Content in memory (standard input, an editor's unsaved buffer), linted exactly as the file {@code name}
     * would be: relative to the run's base directory when it is a path, with that path's config, its format by
     * extension (Markdown without one) and the same limits. The file of that name, if any, is never read.
     */
    record Buffer(String name, byte[] content) implements Input {
        public Buffer {
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }

    static Input of(String arg) {
        return new PathOrGlob(arg);
    }

    static Input of(Path p) {
        return new PathOrGlob(p.toString());
    }

    /** Standard input, named {@code name}, or {@code <stdin>} when null. */
    static Input stdin(byte[] content, String name) {
        return new Buffer(name == null ? "<stdin>" : name, content);
    }

    /** A buffer linted as the file at {@code name}. */
    static Input buffer(String name, byte[] content) {
        return new Buffer(name, content);
    }
}
