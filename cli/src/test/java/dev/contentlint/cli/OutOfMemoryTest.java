package dev.contentlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file that does not fit in the heap, in a contentlint process with a tiny heap: it becomes a
 * {@code contentlint/out-of-memory} finding that says how to give more, the other files are still checked, and no
 * stack trace is printed.
 */
class OutOfMemoryTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void aFileTooBigForTheHeapIsAFindingAndTheRunGoesOn() throws Exception {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".contentlint.yml"), "root: true\nfile-time-budget: none\nmax-file-size: 64MB\n");
        // Unclosed tags take some 300 bytes of heap per byte: 4 MB of them cannot fit in 64 MB.
        Files.writeString(dir.resolve("big.html"), "<html><body>" + "<b><i><span><p>".repeat(1 << 18));
        Files.writeString(dir.resolve("small.md"), "# Small\n\nThis page has a TODO left in it.\n");

        Process p = contentlint("-Xmx64m", "check", "--format", "json", "--no-color", "big.html", "small.md");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        String both = "exit " + p.exitValue() + "\nstdout:\n" + out + "\nstderr:\n" + err;

        assertEquals(1, p.exitValue(), both);
        assertFalse(err.contains("\tat ") || err.contains("Exception in thread") || err.contains("OutOfMemoryError"), both);
        JsonNode report = new ObjectMapper().readTree(out);
        assertEquals(2, report.get("summary").get("files").asInt(), both);
        List<JsonNode> big = new ArrayList<>(), small = new ArrayList<>();
        report.get("findings").forEach(f -> (f.get("path").asText().equals("big.html") ? big : small).add(f));
        assertEquals(1, big.size(), both);
        assertEquals("contentlint/out-of-memory", big.get(0).get("ruleId").asText());
        String message = big.get(0).get("message").asText();
        assertTrue(message.contains("CONTENTLINT_OPTS=-Xmx") && message.contains("max-file-size"), message);
        // The small file is checked, unless the big one ran out while a class was loading data the rules share:
        // then it too gets the advice, never an internal error.
        assertTrue(small.stream().allMatch(f -> !f.get("ruleId").asText().startsWith("contentlint/")
                || f.get("ruleId").asText().equals("contentlint/out-of-memory")), both);
    }

    /** The command line in a JVM of its own, with {@code heap} as its -Xmx, in the test folder. */
    private Process contentlint(String heap, String... args) throws IOException {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java, heap, "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(dir.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
    }
}
