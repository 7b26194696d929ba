package dev.contentlint.core.frontend;

import dev.contentlint.core.document.Location;
import dev.contentlint.core.engine.RunResult;
import dev.contentlint.core.rule.Finding;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines added or changed since a git revision, from {@code git diff -U0}, and the files git does not track
 * (all new), so a run can report only the findings a change brings. Whole-file findings count for every changed
 * file. Paths are relative to the repository's top folder.
 */
public final class ChangedLines {
    private static final Pattern HUNK = Pattern.compile("^@@ -\\d+(?:,\\d+)? \\+(\\d+)(?:,(\\d+))? @@");

    private final Map<String, BitSet> lines;
    private final Set<String> whole;
    private final Path top;

    /**
     * @param top   the repository's top folder
     * @param lines changed line numbers (1-based) per path relative to {@code top}
     * @param whole paths that are new as a whole (untracked)
     */
    ChangedLines(Path top, Map<String, BitSet> lines, Set<String> whole) {
        this.top = top.toAbsolutePath().normalize();
        this.lines = lines;
        this.whole = whole;
    }

    /**
     * The changes in the working tree of the repository holding {@code directory} since {@code ref}.
     *
     * @throws UsageException when git is missing, {@code directory} is not in a repository, or {@code ref} is not
     *                        a commit there (with what to fetch in a shallow clone)
     */
    public static ChangedLines since(Path directory, String ref) {
        if (ref == null || ref.isBlank() || ref.startsWith("-"))
            throw new UsageException("--changed-since needs a git revision such as origin/main, not '" + ref + "'");
        Path top = Path.of(git(directory, "rev-parse", "--show-toplevel").strip());
        Result verify = run(directory, "git", "rev-parse", "--verify", "--quiet", ref + "^{commit}");
        if (verify.code != 0) {
            boolean shallow = run(directory, "git", "rev-parse", "--is-shallow-repository").out.strip().equals("true");
            throw new UsageException("'" + ref + "' is not a commit in this repository" + (shallow
                    ? "; this is a shallow clone, so fetch it first (git fetch origin " + ref.replaceFirst("^origin/", "")
                    + ", or check out with fetch-depth: 0)" : "; name a branch, tag or commit that exists here"));
        }
        // Against the point the branch left REF, as a pull request's diff is: changes REF gained since are not ours.
        Result mergeBase = run(directory, "git", "merge-base", verify.out.strip(), "HEAD");
        if (mergeBase.code != 0)
            throw new UsageException("'" + ref + "' and HEAD have no common commit here; in a shallow clone fetch more "
                    + "history (git fetch --deepen=100, or check out with fetch-depth: 0)");
        String diff = git(directory, "diff", "-U0", "--no-color", "--no-ext-diff", "--no-renames", mergeBase.out.strip(), "--");
        String untracked = git(directory, "ls-files", "--others", "--exclude-standard", "--full-name", "-z",
                "--", top.toString());
        Set<String> whole = new HashSet<>();
        for (String p : untracked.split("\0")) if (!p.isEmpty()) whole.add(p);
        return new ChangedLines(top, parse(diff), whole);
    }

    /** Changed lines per new path of a {@code git diff -U0} output. */
    static Map<String, BitSet> parse(String diff) {
        Map<String, BitSet> out = new HashMap<>();
        BitSet current = null;
        for (String line : diff.split("\n")) {
            if (line.startsWith("+++ ")) {
                String target = line.substring(4);
                if (target.startsWith("\"")) target = unquote(target);
                current = target.equals("/dev/null") ? null
                        : out.computeIfAbsent(target.startsWith("b/") ? target.substring(2) : target, k -> new BitSet());
            } else if (current != null && line.startsWith("@@")) {
                Matcher m = HUNK.matcher(line);
                if (!m.find()) continue;
                int start = Integer.parseInt(m.group(1));
                int count = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
                if (count > 0) current.set(start, start + count);
            }
        }
        return out;
    }

    /** git's C-style quoting of unusual path names, {@code "b/caf\303\251.md"}. */
    private static String unquote(String quoted) {
        String body = quoted.substring(1, quoted.length() - 1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 >= body.length()) {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            char n = body.charAt(++i);
            if (n >= '0' && n <= '7' && i + 2 < body.length()) {
                bytes.write(Integer.parseInt(body.substring(i, i + 3), 8));
                i += 2;
            } else {
                bytes.write(switch (n) { case 'n' -> '\n'; case 't' -> '\t'; default -> n; });
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Whether a finding on {@code line} of {@code file} (absolute) stands on a changed line of a changed file. */
    public boolean covers(Path file, Location at) {
        Path abs = file.toAbsolutePath().normalize();
        if (!abs.startsWith(top)) return false;
        String rel = top.relativize(abs).toString().replace('\\', '/');
        if (whole.contains(rel)) return true;
        BitSet changed = lines.get(rel);
        if (changed == null || changed.isEmpty()) return false;
        // A finding about the whole file is the change's to answer for.
        if (at.equals(Location.FILE_START)) return true;
        return changed.get(at.line());
    }

    /**
     * {@code result} with only the findings on changed lines; the run itself saw every file, so corpus rules
     * judged the whole project. {@code base} is the folder findings' paths are relative to.
     */
    public RunResult keep(RunResult result, Path base) {
        Path b = base.toAbsolutePath().normalize();
        List<Finding> kept = new ArrayList<>();
        for (Finding f : result.findings()) if (covers(b.resolve(f.path()), f.location())) kept.add(f);
        return result.withSuppressed(kept, result.suppressed());
    }

    private static String git(Path directory, String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "git";
        System.arraycopy(args, 0, command, 1, args.length);
        Result r = run(directory, command);
        if (r.code != 0)
            throw new UsageException("--changed-since needs a git checkout: 'git " + args[0] + "' failed in " + directory
                    + (r.err.isBlank() ? "" : ": " + r.err.strip()));
        return r.out;
    }

    private record Result(int code, String out, String err) {}

    private static Result run(Path directory, String... command) {
        try {
            Process p = new ProcessBuilder(command).directory(directory.toFile()).start();
            p.getOutputStream().close();
            var err = new java.util.concurrent.CompletableFuture<String>();
            Thread t = new Thread(() -> err.complete(read(p.getErrorStream())), "git-stderr");
            t.setDaemon(true);
            t.start();
            String out = read(p.getInputStream());
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new UsageException("git did not answer within 5 minutes in " + directory);
            }
            return new Result(p.exitValue(), out, err.join());
        } catch (IOException e) {
            throw new UsageException("--changed-since needs git on the PATH: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UsageException("interrupted while running git");
        }
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
