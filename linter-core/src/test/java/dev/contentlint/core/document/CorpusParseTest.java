package dev.contentlint.core.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.testing.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Parses every Markdown, HTML and text file of the shared corpus and checks every prose offset map
 * against the source: the strongest check that positions are exact. {@link SharedData} finds the corpus.
 */
class CorpusParseTest {
    @Test
    void everyProseCharacterMapsToItsSource() throws IOException {
        Path root = SharedData.path("corpus");
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> Format.ofFileName(p.getFileName().toString()).isPresent()).sorted().toList();
        }
        AtomicInteger blocks = new AtomicInteger();
        List<String> problems = files.parallelStream().flatMap(f -> check(root, f, blocks).stream()).toList();
        Map<Format, Long> perFormat = files.stream().collect(Collectors.groupingBy(
                f -> Format.ofFileName(f.getFileName().toString()).orElseThrow(), TreeMap::new, Collectors.counting()));
        System.out.println("corpus: parsed " + files.size() + " files (" + perFormat.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))
                + "), " + blocks + " prose blocks, " + problems.size() + " offset problems");
        assertTrue(files.size() > 100, "corpus holds " + files.size() + " files");
        assertTrue(blocks.get() > 10_000, "only " + blocks + " prose blocks");
        assertEquals(List.of(), problems.subList(0, Math.min(30, problems.size())), problems.size() + " problems");
    }

    private static List<String> check(Path root, Path f, AtomicInteger blocks) {
        List<String> problems = new ArrayList<>();
        Format format = Format.ofFileName(f.getFileName().toString()).orElseThrow();
        Document d;
        try {
            d = Parsers.parse(f, root.relativize(f).toString(), Files.readAllBytes(f), format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String src = d.text();
        String name = root.relativize(f).toString();
        for (ProseBlock b : d.prose()) {
            blocks.incrementAndGet();
            String where = name + " block@" + d.location(b.span()) + " ";
            int[] off = b.offsets();
            for (int i = 0; i < off.length; i++) {
                if (off[i] < 0 || off[i] > src.length()) {
                    problems.add(where + "offset out of source at " + i);
                    break;
                }
                if (i > 0 && off[i] < off[i - 1]) {
                    problems.add(where + "offsets decrease at " + i + " in '" + b.text() + "'");
                    break;
                }
            }
            for (int i = 0; i < b.text().length(); i++) {
                char c = b.text().charAt(i);
                if (!Character.isLetter(c) || off[i] >= src.length()) continue;
                char s = src.charAt(off[i]);
                if (s != c && s != '&') { // a decoded entity maps to its '&'
                    problems.add(where + "text '" + c + "' at " + i + " but source '" + s + "' in '" + b.text() + "'");
                    break;
                }
            }
            if (!b.span().contains(new Span(off[0], off[off.length - 1]))) problems.add(where + "span does not hold the text");
        }
        for (Section s : d.allSections()) {
            if (s.span().end() > src.length() || s.body().length() > 0 && !s.span().contains(s.body()))
                problems.add(name + " section '" + s.title() + "' body outside its span");
        }
        List<Locatable> located = new ArrayList<>(d.images());
        located.addAll(d.links());
        located.addAll(d.comments());
        located.addAll(d.tables());
        for (Locatable l : located) {
            if (l.span().end() > src.length()) problems.add(name + " " + l + " outside the source");
        }
        for (Comment c : d.comments()) {
            String s = src.substring(c.span().start(), c.span().end());
            if (!s.startsWith("<!--")) problems.add(name + " comment span does not start at '<!--': " + s);
        }
        return problems;
    }
}
