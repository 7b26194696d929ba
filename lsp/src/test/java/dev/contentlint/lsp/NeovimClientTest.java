package dev.contentlint.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client nobody here wrote: headless Neovim with its built-in LSP client opens a page with a stale date and a
 * wordy phrase, gets both diagnostics and applies the quick fix (src/test/nvim/quickfix.lua). Skipped with a
 * message when {@code nvim} is not installed ({@code .ci/run} installs it).
 */
class NeovimClientTest {
    @TempDir Path root;

    @Test
    void neovimGetsTheDiagnosticsAndAppliesTheQuickFix() throws Exception {
        String nvim = findOnPath("nvim");
        Assumptions.assumeTrue(nvim != null,
                "Neovim is not installed (apt-get install -y neovim): the headless Neovim client test is skipped");
        Files.createDirectories(root.resolve(".git"));
        Files.writeString(root.resolve(".contentlint.yml"), "today: 2026-11-26\n");
        Path page = root.resolve("page.md");
        Files.writeString(page, "# Setup\n\nLast updated: 2020-01-02\n\nRun the script in order to install it.\n");
        Path result = root.resolve("result.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cmd = String.join("\t", java, "-Xss4m", "-cp", System.getProperty("java.class.path"),
                StdioServer.class.getName());
        ProcessBuilder pb = new ProcessBuilder(nvim, "--headless", "-u", "NONE", "-i", "NONE", "-n",
                "-c", "luafile " + Path.of("src/test/nvim/quickfix.lua").toAbsolutePath())
                .directory(root.toFile()).redirectErrorStream(true).redirectOutput(root.resolve("nvim.log").toFile());
        pb.environment().put("CONTENTLINT_LSP_CMD", cmd);
        pb.environment().put("CONTENTLINT_PAGE", page.toString());
        pb.environment().put("CONTENTLINT_RESULT", result.toString());
        Process p = pb.start();
        if (!p.waitFor(240, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("Neovim did not finish; its log: " + Files.readString(root.resolve("nvim.log")));
        }
        assertTrue(Files.exists(result), "no result; Neovim's log: " + Files.readString(root.resolve("nvim.log")));
        List<String> lines = Files.readAllLines(result);
        System.out.println("neovim: " + String.join(" / ", lines));
        assertEquals("ok", lines.get(0), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("fixed: ") && l.contains("script to install")), lines.toString());
    }

    private static String findOnPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) return null;
        for (String dir : path.split(File.pathSeparator)) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) return p.toString();
        }
        return null;
    }
}
