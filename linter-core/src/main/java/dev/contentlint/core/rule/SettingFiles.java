package dev.contentlint.core.rule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files a setting names (one path or a list of paths, relative to the config's folder), checked to
 * exist when the config loads. Their content is read later, by the service that needs it, so a long-lived
 * config never holds stale content; {@link #fingerprint()} tells the run cache when the files change.
 *
 * @param files the named files, in the order written
 */
public record SettingFiles(List<NamedFile> files) {
    /** No files. */
    public static final SettingFiles NONE = new SettingFiles(List.of());

    /**
     * One named file.
     *
     * @param path    the file, absolute and normalized
     * @param written the path as the config writes it
     * @param config  the config file that names it, or null
     * @param line    the line where it is named
     * @param keyPath the key path of the entry, e.g. {@code word-lists[1]}
     */
    public record NamedFile(Path path, String written, Path config, int line, String keyPath) {
        /** A config error about this file, placed where the config names it. */
        public ConfigException error(String message) {
            return new ConfigException(config, line, keyPath, message);
        }
    }

    public SettingFiles {
        files = List.copyOf(files);
    }

    /**
     * Reads a path or a list of paths, resolved against {@code directory}.
     *
     * @param noun what each file is, for messages, e.g. "word list"
     */
    public static SettingFiles parse(YamlNode node, Path directory, String noun) {
        if (node.isMap()) throw node.error("expected a " + noun + " path or a list of them, got a map");
        Path dir = directory == null ? Path.of("").toAbsolutePath() : directory;
        List<NamedFile> out = new ArrayList<>();
        for (YamlNode item : node.items()) {
            if (!item.isScalar() || item.text().isBlank())
                throw item.error("expected the path of a " + noun + ", got " + item.describe());
            String written = item.text().strip();
            Path path;
            try {
                path = dir.resolve(written).toAbsolutePath().normalize();
            } catch (InvalidPathException e) {
                throw item.error(ConfigException.quote(written) + " is not a valid path");
            }
            NamedFile named = new NamedFile(path, written, item.file(), item.line(), item.keyPath());
            if (!Files.isRegularFile(path))
                throw named.error(noun + " " + path + " does not exist; fix the path (relative to " + dir
                        + ") or remove it");
            out.add(named);
        }
        return new SettingFiles(out);
    }

    public boolean isEmpty() {
        return files.isEmpty();
    }

    /** Each file's path, size and modification time; a file that cannot be read any more is named as such. */
    public String fingerprint() {
        StringBuilder sb = new StringBuilder();
        for (NamedFile f : files) {
            sb.append(f.path());
            try {
                sb.append(' ').append(Files.size(f.path())).append(' ')
                        .append(Files.getLastModifiedTime(f.path()).toMillis());
            } catch (IOException e) {
                sb.append(" unreadable");
            }
            sb.append(';');
        }
        return sb.toString();
    }
}
