package dev.contentlint.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FormattersTest {
    @Test
    void namesInHelpOrder() {
        assertEquals(List.of("text", "json", "sarif", "checkstyle", "junit", "github", "gitlab"), Formatters.names());
    }

    @Test
    void findsByNameIgnoringCaseAndBlanks() {
        assertInstanceOf(SarifFormatter.class, Formatters.get("sarif"));
        assertInstanceOf(GitlabFormatter.class, Formatters.get(" GitLab "));
        assertTrue(Formatters.find("xml").isEmpty());
        assertTrue(Formatters.find(null).isEmpty());
    }

    @Test
    void unknownNameSaysWhatToUse() {
        var e = assertThrows(IllegalArgumentException.class, () -> Formatters.get("html"));
        assertEquals("Unknown output format 'html'; use one of: text, json, sarif, checkstyle, junit, github, gitlab.",
                e.getMessage());
    }

    @Test
    void baseUriGainsATrailingSlash() {
        assertEquals("file:///r/", FormatOptions.plain("1").withBaseUri("file:///r").baseUri());
        assertEquals(null, new FormatOptions(true, "1").baseUri());
        assertTrue(FormatOptions.plain("1").withBaseDir(java.nio.file.Path.of("x")).baseUri().matches("file:/.*/x/"));
    }
}
