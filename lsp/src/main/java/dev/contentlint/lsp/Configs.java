package dev.contentlint.lsp;

import dev.contentlint.core.config.Config;
import dev.contentlint.core.config.ConfigLoader;
import dev.contentlint.core.frontend.ConfigSource;
import dev.contentlint.core.rule.RuleRegistry;
import dev.contentlint.core.rule.SettingFiles;
import dev.contentlint.core.rule.SettingSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The config of each document, as {@code check} finds it: the file the {@code config} option names, else
 * discovery upwards from the document's folder. Configs are kept per folder until {@link #reload()}, and the
 * workspace folder that holds a document is the base its findings' paths are relative to.
 */
final class Configs {
    /** Where a document is linted from: the base directory of its paths and its config. */
    record Scope(Path base, Config config) {
        /** The path the config's globs see for {@code file}. */
        String configPath(Path file) {
            Path dir = config.baseDirectory() != null ? config.baseDirectory() : base;
            String rel = slashes(dir.toAbsolutePath().normalize().relativize(file));
            return rel.startsWith("..") ? slashes(base.relativize(file)) : rel;
        }
    }

    private static String slashes(Path p) {
        return p.toString().replace('\\', '/');
    }

    private final RuleRegistry registry;
    private final Map<String, String> env;
    private final String named;
    private final List<Path> folders = new CopyOnWriteArrayList<>();
    private final Map<Path, Config> byFolder = new ConcurrentHashMap<>();
    private volatile ConfigSource source;

    /** @param named the config file every document uses (relative to the first workspace folder), or null */
    Configs(RuleRegistry registry, Map<String, String> env, String named) {
        this.registry = registry;
        this.env = Map.copyOf(env);
        this.named = named;
        this.source = new ConfigSource(new ConfigLoader(registry), env);
    }

    RuleRegistry registry() {
        return registry;
    }

    void addFolder(Path folder) {
        Path f = folder.toAbsolutePath().normalize();
        if (!folders.contains(f)) folders.add(f);
    }

    void removeFolder(Path folder) {
        folders.remove(folder.toAbsolutePath().normalize());
    }

    List<Path> folders() {
        return List.copyOf(folders);
    }

    /** Forgets every config, so the next document reads its files again. */
    void reload() {
        source = new ConfigSource(new ConfigLoader(registry), env);
        byFolder.clear();
    }

    /**
     * The scope of {@code file} (absolute), or of an untitled buffer when it is null.
     *
     * @throws dev.contentlint.core.rule.ConfigException when the config is wrong
     */
    Scope scope(Path file) {
        Path base = base(file);
        Path start = file == null ? base : file.getParent();
        if (named != null) start = folders.isEmpty() ? base : folders.get(0);
        Path key = start;
        Config config = byFolder.get(key);
        if (config == null) {
            config = source.load(named == null ? null : Path.of(named), "the 'config' initialization option", start);
            byFolder.put(key, config);
        }
        return new Scope(base, config);
    }

    /** The innermost workspace folder that holds {@code file}; its own folder when none does. */
    Path base(Path file) {
        Path best = null;
        for (Path f : folders)
            if (file != null && file.startsWith(f) && (best == null || f.getNameCount() > best.getNameCount())) best = f;
        if (best != null) return best;
        if (file != null && file.getParent() != null) return file.getParent();
        return folders.isEmpty() ? Path.of("").toAbsolutePath() : folders.get(0);
    }

    /** The config files and the files their settings name (glossaries, word lists): what a change reloads. */
    Set<Path> watchedFiles() {
        Set<Path> out = new TreeSet<>();
        for (Config c : byFolder.values()) {
            c.file().ifPresent(out::add);
            for (SettingSpec<?> spec : registry.settings().values()) {
                Object value = c.setting(spec);
                if (value instanceof SettingFiles files) for (SettingFiles.NamedFile f : files.files()) out.add(f.path());
            }
        }
        return out;
    }

    /** The files {@code spec} names in the configs loaded now (the dictionary's word lists, say). */
    Set<Path> namedFiles(SettingSpec<SettingFiles> spec) {
        Set<Path> out = new TreeSet<>();
        for (Config c : byFolder.values()) for (SettingFiles.NamedFile f : c.setting(spec).files()) out.add(f.path());
        return out;
    }

    /** The configs loaded now, one per folder a document was in. */
    List<Config> loaded() {
        return new ArrayList<>(byFolder.values());
    }

    /** Whether {@code file} is one whose change means configs must be read again. */
    boolean affects(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        return ConfigLoader.FILE_NAMES.contains(name) || watchedFiles().contains(file.toAbsolutePath().normalize())
                || name.endsWith(".yml") || name.endsWith(".yaml");
    }
}
