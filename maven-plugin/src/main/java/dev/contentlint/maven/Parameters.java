package dev.contentlint.maven;

import dev.contentlint.core.frontend.UsageException;
import dev.contentlint.core.rule.Severity;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.model.Resource;
import org.apache.maven.project.MavenProject;

/** Turns the goals' string parameters into values, with messages that name the parameter to fix. */
final class Parameters {
    private Parameters() {}

    /** Splits a comma-separated parameter value into trimmed, non-empty items; null gives an empty list. */
    static List<String> list(String commaSeparated) {
        if (commaSeparated == null) return List.of();
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    static Severity severity(String value) {
        return Severity.parse(value == null ? "" : value.trim()).orElseThrow(() -> new UsageException(
                "violationSeverity must be error, warning or info, not '" + value + "'"));
    }

    /**
     * The severity of {@code reportUnusedDisableDirectives}: {@code true} means warning, {@code false} or nothing
     * reports none.
     */
    static Severity unusedDirectives(String value) {
        String v = value == null ? "" : value.trim();
        if (v.isEmpty() || v.equalsIgnoreCase("false")) return null;
        if (v.equalsIgnoreCase("true")) return Severity.WARNING;
        return Severity.parse(v).orElseThrow(() -> new UsageException("reportUnusedDisableDirectives must be true, "
                + "false, error, warning or info, not '" + value + "'"));
    }

    static LocalDate today(String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new UsageException("today must be a date written YYYY-MM-DD, e.g. 2026-11-26, not '" + value + "'");
        }
    }

    static Path path(File file) {
        return file == null ? null : file.toPath().toAbsolutePath().normalize();
    }

    /** {@code excludes} plus, when {@code skipModules}, the folders of the project's modules below its basedir. */
    static List<String> excludes(List<String> excludes, MavenProject project, Path basedir, boolean skipModules) {
        List<String> out = new ArrayList<>(excludes);
        if (!skipModules || project == null) return out;
        Path base = basedir.toAbsolutePath().normalize();
        for (String module : project.getModules()) {
            Path dir = base.resolve(module).normalize();
            // A module may name its pom file rather than its folder.
            if (dir.getFileName() != null && dir.getFileName().toString().endsWith(".xml")) dir = dir.getParent();
            if (dir == null || !dir.startsWith(base) || dir.equals(base)) continue;
            out.add("/" + base.relativize(dir).toString().replace('\\', '/') + "/");
        }
        return out;
    }

    /**
     * {@code excludes} plus the resource folders of {@code projects} below {@code basedir} that are not to be
     * linted: those of {@code getResources()} unless {@code resources}, of {@code getTestResources()} unless
     * {@code testResources}.
     */
    static List<String> resourceExcludes(List<String> excludes, List<MavenProject> projects, Path basedir,
                                         boolean resources, boolean testResources) {
        List<String> out = new ArrayList<>(excludes);
        Path base = basedir.toAbsolutePath().normalize();
        for (MavenProject project : projects) {
            if (project.getBuild() == null) continue;
            Path projectDir = project.getBasedir() == null ? base : project.getBasedir().toPath().toAbsolutePath().normalize();
            if (!resources) addFolders(out, project.getBuild().getResources(), projectDir, base);
            if (!testResources) addFolders(out, project.getBuild().getTestResources(), projectDir, base);
        }
        return out;
    }

    private static void addFolders(List<String> out, List<Resource> resources, Path projectDir, Path base) {
        for (Resource r : resources) {
            if (r.getDirectory() == null) continue;
            Path dir = projectDir.resolve(r.getDirectory()).normalize();
            if (!dir.startsWith(base) || dir.equals(base)) continue;
            String glob = "/" + base.relativize(dir).toString().replace('\\', '/') + "/";
            if (!out.contains(glob)) out.add(glob);
        }
    }
}
