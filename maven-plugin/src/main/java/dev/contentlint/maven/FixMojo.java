package dev.contentlint.maven;

import dev.contentlint.core.engine.RunResult;
import dev.contentlint.core.fix.FixOutcome;
import dev.contentlint.core.fix.Fixer;
import dev.contentlint.core.report.TextFormatter;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Applies the safe fixes (and the unsafe ones when asked) to the project's documents, as {@code contentlint
 * check --fix} does, and prints what remains. Bound to no phase: it rewrites sources, so it runs only when
 * named ({@code mvn contentlint:fix}), and it never fails the build for the findings that remain.
 */
@Mojo(name = "fix", threadSafe = true, requiresDependencyResolution = ResolutionScope.NONE)
public final class FixMojo extends AbstractLintMojo {
    /** Applies the fixes that can change the meaning too (grammar and spelling suggestions). */
    @Parameter(property = "contentlint.unsafeFixes", defaultValue = "false")
    private boolean unsafeFixes;

    /** Prints the changes as a unified diff through the build log and writes nothing. */
    @Parameter(property = "contentlint.fixDryRun", defaultValue = "false")
    private boolean fixDryRun;

    @Override
    public void execute() throws MojoExecutionException {
        if (skipped()) return;
        try {
            fix();
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException("contentlint: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw BuildErrors.of(e, getLog());
        }
    }

    private void fix() throws MojoExecutionException {
        LintRequest request = request(null);
        Linter linter = new Linter();
        FixOutcome fixed = linter.fix(request, unsafeFixes);
        for (String path : fixed.unconverged())
            getLog().warn("contentlint: the fixes in " + path + " still changed it after " + Fixer.MAX_PASSES
                    + " passes; check it and run the goal again");
        if (fixDryRun) {
            for (String line : fixed.diff().split("\n", -1)) if (!line.isEmpty()) getLog().info(line);
            getLog().info("contentlint: " + (fixed.files().isEmpty() ? "no fixes to apply"
                    : "would fix " + counts(fixed)));
            return;
        }
        try {
            fixed.write();
        } catch (IOException e) {
            throw new MojoExecutionException("contentlint: cannot write a fixed file: " + e.getMessage(), e);
        }
        for (FixOutcome.FixedFile f : fixed.files()) getLog().info("contentlint: fixed " + f.path() + " (" + f.fixes() + ")");
        RunResult remaining = fixed.files().isEmpty() ? fixed.before() : linter.run(request).result();
        new ConsoleReport(getLog()).findings(remaining);
        getLog().info("contentlint: " + (fixed.files().isEmpty() ? "no fixes to apply"
                : "fixed " + counts(fixed))
                + "; remaining: " + TextFormatter.summary(remaining));
    }

    private static String counts(FixOutcome fixed) {
        int n = fixed.fixes(), files = fixed.files().size();
        return n + (n == 1 ? " problem" : " problems") + " in " + files + (files == 1 ? " file" : " files");
    }
}
