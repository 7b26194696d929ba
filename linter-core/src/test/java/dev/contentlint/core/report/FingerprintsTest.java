package dev.contentlint.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.contentlint.core.document.Location;
import dev.contentlint.core.rule.Finding;
import dev.contentlint.core.rule.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class FingerprintsTest {
    private static Finding at(String message, int line) {
        return new Finding("freshness/stale-date", Severity.WARNING, message, "docs/a.md", new Location(line, 1, line, 5));
    }

    @Test
    void survivesLinesMovingButSeparatesRepeats() {
        List<String> before = Fingerprints.of(List.of(at("old date", 3), at("old date", 8), at("other", 9)));
        List<String> after = Fingerprints.of(List.of(at("old date", 13), at("old date", 18), at("other", 19)));
        assertEquals(before, after);
        assertNotEquals(before.get(0), before.get(1));
        assertNotEquals(before.get(0), before.get(2));
    }

    @Test
    void dependsOnRulePathAndMessage() {
        Finding base = at("m", 1);
        String fp = Fingerprints.of(List.of(base)).get(0);
        assertNotEquals(fp, Fingerprints.of(List.of(new Finding("x/y", Severity.WARNING, "m", "docs/a.md",
                base.location()))).get(0));
        assertNotEquals(fp, Fingerprints.of(List.of(new Finding(base.ruleId(), Severity.WARNING, "m", "docs/b.md",
                base.location()))).get(0));
        assertEquals(fp, Fingerprints.of(List.of(base.withSeverity(Severity.ERROR))).get(0),
                "a severity change in config does not make a finding new");
    }

    @Test
    void isTheDocumentedHash() {
        assertEquals(Fingerprints.sha256("freshness/stale-date\0docs/a.md\0m\0" + 0),
                Fingerprints.of(List.of(at("m", 1))).get(0));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Fingerprints.sha256(""));
    }
}
