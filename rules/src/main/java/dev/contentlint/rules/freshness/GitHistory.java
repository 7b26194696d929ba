package dev.contentlint.rules.freshness;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What git knows about when files last changed, asked through the {@code git} executable. One instance
 * serves a whole run: each repository's history is read once with a single {@code git log}, and a file's
 * own diffs are read only when that history says it changed after its stated date.
 */
public final class GitHistory {
    /** The answer for one file. */
    public sealed interface Verdict {}

    /** Git cannot say anything about the file; {@code reason} tells the user why. */
    public record Unavailable(String reason) implements Verdict {}

    /** No commit changed the file's text after the stated date without also setting the date line. */
    public record Current() implements Verdict {}

    /** The newest commit that changed the text after the stated date and left the date line alone. */
    public record Behind(String commit, LocalDate date) implements Verdict {}

    private final String git;
    private final long timeoutSeconds;
    private final Map<Path, Repository> repositoryOfDirectory = new ConcurrentHashMap<>();
    private final AtomicBoolean noteTaken = new AtomicBoolean();

    /** @param git the executable to run, {@code git} to find it on the PATH */
    public GitHistory(String git, long timeoutSeconds) {
        this.git = git;
        this.timeoutSeconds = timeoutSeconds;
    }

    /**
     * True for exactly one caller per run, so that a skipped check is reported once rather than on every
     * file.
     */
    public boolean claimNote() {
        return noteTaken.compareAndSet(false, true);
    }

    /**
     * Whether {@code file} changed after {@code stated}: commits are read newest first by author date
     * (committer dates move on rebase and merge); a commit that adds a line holding one of
     * {@code dateLines} set the date, so it and everything older are covered by the stated date.
     */
    public Verdict check(Path file, LocalDate stated, Collection<String> dateLines) {
        if (file == null || !Files.isRegularFile(file))
            return new Unavailable("the document is not a file in a git work tree");
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            return new Unavailable("cannot resolve " + file + ": " + e.getMessage());
        }
        Repository repo = repositoryOfDirectory.computeIfAbsent(real.getParent(), this::open);
        if (repo.unavailable != null) return new Unavailable(repo.unavailable);
        String relative = repo.top.relativize(real).toString().replace('\\', '/');
        LocalDate last = repo.lastChange(relative);
        if (repo.logError != null) return new Unavailable(repo.logError);
        if (last == null || !last.isAfter(stated)) return new Current();
        return walk(repo, relative, stated, dateLines);
    }

    private Verdict walk(Repository repo, String relative, LocalDate stated, Collection<String> dateLines) {
        Result r = run(repo.top, "log", "--no-renames", "--format=%x00%H %aI", "-p", "-U0", "--no-color",
                "--no-ext-diff", "--", relative);
        if (r.exit != 0) return new Unavailable("git log failed for " + relative + ": " + r.firstLine());
        for (String chunk : r.out.split("\u0000")) {
            if (chunk.isBlank()) continue;
            int nl = chunk.indexOf('\n');
            String head = nl < 0 ? chunk : chunk.substring(0, nl);
            String[] parts = head.trim().split(" ", 2);
            if (parts.length < 2) continue;
            LocalDate date = parseDate(parts[1]);
            if (date == null || !date.isAfter(stated)) continue;
            boolean changed = false;
            boolean setsDate = false;
            for (String line : (nl < 0 ? "" : chunk.substring(nl + 1)).split("\n", -1)) {
                if (line.startsWith("+++") || line.startsWith("---")) continue;
                if (line.startsWith("+") || line.startsWith("-")) changed = true;
                if (line.startsWith("+") && holdsDate(line.substring(1), dateLines)) setsDate = true;
            }
            if (setsDate) return new Current();
            if (changed) return new Behind(parts[0], date);
        }
        return new Current();
    }

    private static boolean holdsDate(String added, Collection<String> dateLines) {
        String line = added.strip();
        for (String d : dateLines) if (!d.isBlank() && line.contains(d.strip())) return true;
        return false;
    }

    private Repository open(Path directory) {
        Result top = run(directory, "rev-parse", "--show-toplevel", "--is-shallow-repository");
        if (top.exit == -1) return unavailable(top.err);
        if (top.exit != 0) return unavailable(directory + " is not in a git work tree");
        String[] lines = top.out.strip().split("\\R");
        if (lines.length < 2) return unavailable("git rev-parse gave no work tree for " + directory);
        if ("true".equals(lines[1].strip()))
            return unavailable(lines[0].strip() + " is a shallow clone, so its history is incomplete");
        Path root;
        try {
            root = Path.of(lines[0].strip()).toRealPath();
        } catch (IOException e) {
            return unavailable("cannot resolve the work tree " + lines[0].strip());
        }
        // Another directory of the same work tree may have loaded it already.
        for (Repository r : repositoryOfDirectory.values())
            if (root.equals(r.top)) return r;
        return new Repository(root, null);
    }

    private Repository unavailable(String reason) {
        return new Repository(null, reason);
    }

    /** One work tree and, read on first use, the newest author date of every path its history touched. */
    private final class Repository {
        final Path top;
        final String unavailable;
        private Map<String, LocalDate> lastChange;
        private volatile String logError;

        Repository(Path top, String unavailable) {
            this.top = top;
            this.unavailable = unavailable;
        }

        synchronized LocalDate lastChange(String relative) {
            if (lastChange == null) lastChange = readLog();
            return lastChange.get(relative);
        }

        private Map<String, LocalDate> readLog() {
            Result r = run(top, "-c", "core.quotePath=false", "log", "--no-renames", "--format=%x00%aI", "--name-only");
            Map<String, LocalDate> out = new HashMap<>();
            if (r.exit != 0) {
                // An empty history is a repository without commits, not a failure.
                if (!r.err.contains("does not have any commits")) logError = "git log failed in " + top + ": " + r.firstLine();
                return out;
            }
            LocalDate date = null;
            for (String line : r.out.split("\n")) {
                if (line.startsWith("\u0000")) {
                    date = parseDate(line.substring(1).strip());
                } else if (!line.isBlank() && date != null) {
                    out.merge(line, date, (a, b) -> a.isAfter(b) ? a : b);
                }
            }
            return out;
        }
    }

    private static LocalDate parseDate(String iso) {
        try {
            return OffsetDateTime.parse(iso).toLocalDate();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private record Result(int exit, String out, String err) {
        String firstLine() {
            String s = err.isBlank() ? out : err;
            return s.strip().lines().findFirst().orElse("exit code " + exit);
        }
    }

    /** Exit -1 means git could not be run at all; {@code err} then says why. */
    private Result run(Path directory, String... args) {
        List<String> command = new ArrayList<>();
        command.add(git);
        command.add("-C");
        command.add(directory.toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(false);
        pb.environment().put("GIT_TERMINAL_PROMPT", "0");
        pb.environment().put("LC_ALL", "C");
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            return new Result(-1, "", "no git executable (" + git + ") could be run");
        }
        try {
            p.getOutputStream().close();
            // Drain stderr on its own thread so a chatty git cannot block on a full pipe.
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Thread drain = new Thread(() -> copy(p.getErrorStream(), err), "git-stderr");
            drain.setDaemon(true);
            drain.start();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Thread reader = new Thread(() -> copy(p.getInputStream(), out), "git-stdout");
            reader.setDaemon(true);
            reader.start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Result(-1, "", "git did not answer within " + timeoutSeconds + " s in " + directory);
            }
            reader.join(TimeUnit.SECONDS.toMillis(timeoutSeconds));
            drain.join(TimeUnit.SECONDS.toMillis(timeoutSeconds));
            return new Result(p.exitValue(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Result(-1, "", "git failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            return new Result(-1, "", "interrupted while waiting for git");
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try (in) {
            in.transferTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
