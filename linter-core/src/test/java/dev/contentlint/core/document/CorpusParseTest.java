package dev.contentlint.core.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Parses every Markdown and HTML file of the shared corpus and checks the prose offset maps against the
 * source: the strongest check that positions are exact. Skipped when the corpus is not present.
 */
class CorpusParseTest {
    static Path corpus() {
        String prop = System.getProperty("contentlint.corpus");
        if (prop != null && !prop.isBlank()) return Path.of(prop);
        Path rel = Path.of("../../shared/corpus");
        return Files.isDirectory(rel) ? rel : Path.of("/work/shared/corpus");
    }

    @Test
    void everyProseCharacterMapsToItsSource() throws IOException {
        Path root = corpus();
        assumeTrue(Files.isDirectory(root), "corpus not found at " + root.toAbsolutePath() + "; set -Dcontentlint.corpus");
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> Format.ofFileName(p.getFileName().toString()).filter(f -> f != Format.TEXT).isPresent())
                    .sorted().toList();
        }
        List<String> problems = new ArrayList<>();
        int blocks = 0;
        for (Path f : files) {
            Format format = Format.ofFileName(f.getFileName().toString()).orElseThrow();
            Document d = Parsers.parse(f, root.relativize(f).toString(), Files.readAllBytes(f), format);
            String src = d.text();
            for (ProseBlock b : d.prose()) {
                blocks++;
                String where = root.relativize(f) + " block@" + d.location(b.span()) + " ";
                int[] off = b.offsets();
                for (int i = 0; i < off.length; i++) {
                    if (off[i] < 0 || off[i] > src.length()) { problems.add(where + "offset out of source at " + i); break; }
                    if (i > 0 && off[i] < off[i - 1]) { problems.add(where + "offsets decrease at " + i + " in '" + b.text() + "'"); break; }
                }
                for (int i = 0; i < b.text().length(); i++) {
                    char c = b.text().charAt(i);
                    if (!Character.isLetter(c) || off[i] >= src.length()) continue;
                    char s = src.charAt(off[i]);
                    if (s != c && s != '&') {
                        problems.add(where + "text '" + c + "' at " + i + " but source '" + s + "' in '" + b.text() + "'");
                        break;
                    }
                }
                if (!b.span().contains(new Span(off[0], off[0]))) problems.add(where + "span does not hold the text");
            }
            for (Section s : d.allSections()) {
                if (s.span().end() > src.length() || !s.span().contains(s.body()) && s.body().length() > 0)
                    problems.add(root.relativize(f) + " section " + s.title() + " body outside span");
            }
        }
        assertTrue(files.size() > 100, "corpus holds " + files.size() + " files");
        assertTrue(blocks > 10_000, "only " + blocks + " prose blocks");
        assertEquals(List.of(), problems.subList(0, Math.min(30, problems.size())), problems.size() + " problems");
    }
}
