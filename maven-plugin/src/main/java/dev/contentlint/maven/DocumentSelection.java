package dev.contentlint.maven;

import dev.contentlint.core.config.Config;
import dev.contentlint.core.config.FileConfig;
import dev.contentlint.core.config.Glob;
import dev.contentlint.core.engine.FileWalker;
import dev.contentlint.core.engine.SourceFile;
import dev.contentlint.core.frontend.UsageException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which documents under a project's basedir the plugin lints: those matching both the plugin's
 * {@code includes} and the config's {@code files.include}, minus the plugin's {@code excludes}, the config's
 * {@code files.exclude}, folders of child modules (they lint themselves), hidden folders and whatever
 * {@code .gitignore} ignores.
 */
final class DocumentSelection {
    private final Path basedir;
    private final List<String> includes;
    private final List<String> excludes;

    /**
     * @param includes plugin globs relative to {@code basedir}
     * @param excludes plugin globs relative to {@code basedir}, including any module folders to leave out
     */
    DocumentSelection(Path basedir, List<String> includes, List<String> excludes) {
        this.basedir = basedir.toAbsolutePath().normalize();
        this.includes = List.copyOf(includes);
        this.excludes = List.copyOf(excludes);
    }

    /**
     * The files to lint, sorted by path.
     *
     * @throws UsageException naming the glob, when one of the plugin's globs is malformed
     */
    List<Path> select(Config config) {
        for (String g : includes) check("includes", g);
        for (String g : excludes) check("excludes", g);
        Config walk = new WalkConfig(config, basedir, includes, excludes);
        List<Glob> configInclude = config.include().stream().map(Glob::compile).toList();
        List<Glob> configExclude = config.exclude().stream().map(Glob::compile).toList();
        Path configBase = config.baseDirectory() == null ? basedir : config.baseDirectory().toAbsolutePath().normalize();

        List<Path> out = new ArrayList<>();
        for (SourceFile f : new FileWalker(walk, basedir).walk(List.of(basedir.toString()))) {
            String rel = relative(configBase, f.path());
            if (rel == null) rel = f.relativePath();
            if (matchesAny(configExclude, rel)) continue;
            if (!configInclude.isEmpty() && !matchesAny(configInclude, rel)) continue;
            out.add(f.path());
        }
        return out;
    }

    private static void check(String parameter, String glob) {
        try {
            Glob.compile(glob);
        } catch (IllegalArgumentException e) {
            throw new UsageException(parameter + " has an invalid glob '" + glob + "': " + e.getMessage()
                    + "; fix the pattern");
        }
    }

    private static boolean matchesAny(List<Glob> globs, String rel) {
        for (Glob g : globs) if (g.matches(rel)) return true;
        return false;
    }

    /** {@code file} relative to {@code base} with {@code /} separators, or null when it is outside. */
    private static String relative(Path base, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (!abs.startsWith(base)) return null;
        return base.relativize(abs).toString().replace('\\', '/');
    }

    /**
     * The config as the walk sees it: the plugin's globs, anchored at the basedir, so excluded folders such
     * as {@code target} are never entered. Everything else is the real config's.
     */
    private record WalkConfig(Config real, Path baseDirectory, List<String> include, List<String> exclude)
            implements Config {
        @Override
        public Optional<Path> file() {
            return real.file();
        }

        @Override
        public String language() {
            return real.language();
        }

        @Override
        public Optional<LocalDate> today() {
            return real.today();
        }

        @Override
        public long maxFileSize() {
            return real.maxFileSize();
        }

        @Override
        public dev.contentlint.core.config.FormatMap formats() {
            return real.formats();
        }

        @Override
        public <T> T setting(dev.contentlint.core.rule.SettingSpec<T> spec) {
            return real.setting(spec);
        }

        @Override
        public FileConfig forFile(String relativePath) {
            return real.forFile(relativePath);
        }

        @Override
        public String fingerprint() {
            return real.fingerprint();
        }
    }
}
