package dev.contentlint.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every format rendered from the fixed run must equal its golden file byte for byte. After a deliberate
 * format change, run with {@code -Dcontentlint.golden.update=true} to rewrite the files, then review the diff.
 */
class GoldenOutputTest {
    private static final Path GOLDEN_SOURCE = Path.of("src/test/resources/report/golden");

    @ParameterizedTest(name = "{0} (color={2})")
    @CsvSource({
            "text, text.txt, false",
            "text, text-color.txt, true",
            "json, report.json, false",
            "sarif, report.sarif, false",
            "checkstyle, checkstyle.xml, false",
            "junit, junit.xml, false",
            "github, github.txt, false",
            "gitlab, gitlab.json, false",
    })
    void matchesGolden(String format, String goldenFile, boolean color) throws IOException {
        String actual = ReportFixture.render(Formatters.get(format), ReportFixture.result(),
                new FormatOptions(color, ReportFixture.VERSION));
        if (Boolean.getBoolean("contentlint.golden.update")) {
            Files.writeString(GOLDEN_SOURCE.resolve(goldenFile), actual, StandardCharsets.UTF_8);
        }
        assertEquals(golden(goldenFile), actual);
    }

    /** JSON and SARIF list hidden findings as suppressed; every other format shows exactly what it shows without them. */
    @ParameterizedTest(name = "{0} with suppressed findings")
    @CsvSource({
            "json, suppressed.json, true",
            "sarif, suppressed.sarif, true",
            "text, text.txt, false",
            "checkstyle, checkstyle.xml, false",
            "junit, junit.xml, false",
            "github, github.txt, false",
            "gitlab, gitlab.json, false",
    })
    void suppressedFindingsMatchGolden(String format, String goldenFile, boolean own) throws IOException {
        String actual = ReportFixture.render(Formatters.get(format), ReportFixture.suppressed(),
                new FormatOptions(false, ReportFixture.VERSION));
        if (own && Boolean.getBoolean("contentlint.golden.update")) {
            Files.writeString(GOLDEN_SOURCE.resolve(goldenFile), actual, StandardCharsets.UTF_8);
        }
        assertEquals(golden(goldenFile), actual);
    }

    @ParameterizedTest(name = "{0} without findings")
    @CsvSource({
            "text, empty.txt",
            "json, empty.json",
            "checkstyle, empty-checkstyle.xml",
            "junit, empty-junit.xml",
            "gitlab, empty-gitlab.json",
    })
    void cleanRunMatchesGolden(String format, String goldenFile) throws IOException {
        String actual = ReportFixture.render(Formatters.get(format), ReportFixture.clean(),
                FormatOptions.plain(ReportFixture.VERSION));
        if (Boolean.getBoolean("contentlint.golden.update")) {
            Files.writeString(GOLDEN_SOURCE.resolve(goldenFile), actual, StandardCharsets.UTF_8);
        }
        assertEquals(golden(goldenFile), actual);
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = GoldenOutputTest.class.getResourceAsStream("/report/golden/" + name)) {
            if (in == null) throw new IOException("missing golden file report/golden/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
