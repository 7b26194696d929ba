package dev.contentlint.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

/**
 * The top of the build: the folder report paths are relative to, so {@code user-guide/docs/faq.md} keeps its
 * module's folder in every module's output. It is the outermost folder containing the module among the folder
 * of the pom Maven was started with (the working directory's, or {@code -f}'s) and the folders of the module's
 * parents read from disk. Each alone misses a common layout: {@code mvn -f user-guide/pom.xml} starts in the
 * module, and an aggregator that is not its modules' parent is only seen by where Maven started; {@code -pl}
 * and nested reactors keep both. The multi-module project directory is not used: without {@code .mvn} it is
 * only the start folder again, and a {@code .mvn} above the build (a repository holding several builds, or
 * tools' test projects) would move every path. A project alone is its own top, so a single-module build names
 * files as before.
 */
final class BuildTop {
    private BuildTop() {}

    /** The top of the build {@code project} is part of; its own folder when {@code session} is null. */
    static Path of(MavenSession session, MavenProject project) {
        Path module = Parameters.path(project.getBasedir());
        List<Path> candidates = new ArrayList<>();
        if (session != null && session.getExecutionRootDirectory() != null)
            candidates.add(Path.of(session.getExecutionRootDirectory()));
        for (MavenProject p = project; p != null; p = p.getParent()) {
            // A parent resolved from a repository has no file under the module's folders; it is left out below.
            if (p.getFile() != null) candidates.add(folder(p.getFile().getParentFile()));
        }
        return outermost(module, candidates);
    }

    /** The shortest of {@code candidates} that contains {@code module}, else {@code module}. */
    static Path outermost(Path module, List<Path> candidates) {
        Path top = module;
        for (Path c : candidates) {
            if (c == null) continue;
            Path dir = c.toAbsolutePath().normalize();
            if (module.startsWith(dir) && dir.getNameCount() < top.getNameCount()) top = dir;
        }
        return top;
    }

    private static Path folder(File dir) {
        return dir == null ? null : Parameters.path(dir);
    }
}
