package dev.contentlint.maven;

import dev.contentlint.core.engine.RunResult;
import dev.contentlint.core.frontend.OutputWriter;
import dev.contentlint.core.frontend.UsageException;
import dev.contentlint.core.report.FormatOptions;
import dev.contentlint.core.report.Formatter;
import dev.contentlint.core.report.Formatters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Writes a run in the requested formats to the output folder, one file per format under a fixed name. */
final class OutputFiles {
    /** File names by format; names CI systems look for by default where they have one. */
    private static final Map<String, String> NAMES = Map.of(
            "text", "contentlint.txt",
            "json", "contentlint.json",
            "sarif", "contentlint.sarif",
            "checkstyle", "contentlint-checkstyle.xml",
            "junit", "TEST-contentlint.xml",
            "github", "contentlint-github.txt",
            "gitlab", "contentlint-codequality.json");

    private OutputFiles() {}

    /** The file a format is written to. */
    static String fileName(String format) {
        String name = NAMES.get(format);
        if (name == null) throw new IllegalArgumentException("no file name for format " + format);
        return name;
    }

    /**
     * The formats a comma-separated {@code outputFormats} value names, each once, in order; blank means none.
     *
     * @throws UsageException naming the formats there are, for an unknown one
     */
    static List<Formatter> formats(String outputFormats) {
        Set<String> seen = new LinkedHashSet<>();
        List<Formatter> out = new ArrayList<>();
        for (String name : Parameters.list(outputFormats)) {
            Formatter f = Formatters.find(name).orElseThrow(() -> new UsageException(
                    "outputFormats: '" + name + "' is not a format; use any of " + String.join(", ", Formatters.names())));
            if (seen.add(f.name())) out.add(f);
        }
        return out;
    }

    /**
     * Writes each format's file into {@code directory}; returns the files written.
     *
     * @throws UsageException naming the file, when one cannot be written
     */
    static List<Path> write(RunResult result, List<Formatter> formats, Path directory, FormatOptions options) {
        List<Path> written = new ArrayList<>();
        for (Formatter f : formats) {
            Path file = directory.resolve(fileName(f.name()));
            OutputWriter.write(file, file.toString(), w -> f.write(result, w, options));
            written.add(file);
        }
        return written;
    }

    /**
     * Deletes from {@code directory} the files of the formats not in {@code formats}, so a report a build no longer
     * asks for is not read by CI as if it were current. Only the file names this class writes are touched.
     *
     * @return the files deleted
     * @throws UsageException naming the file, when one cannot be deleted
     */
    static List<Path> removeOthers(List<Formatter> formats, Path directory) {
        Set<String> kept = new HashSet<>();
        for (Formatter f : formats) kept.add(fileName(f.name()));
        List<Path> removed = new ArrayList<>();
        for (String name : new TreeSet<>(NAMES.values())) {
            if (kept.contains(name)) continue;
            Path file = directory.resolve(name);
            try {
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.deleteIfExists(file)) removed.add(file);
            } catch (IOException e) {
                throw new UsageException("cannot delete the report " + file + " of a format no longer requested: "
                        + e.getMessage() + "; delete it or make the folder writable");
            }
        }
        return removed;
    }
}
