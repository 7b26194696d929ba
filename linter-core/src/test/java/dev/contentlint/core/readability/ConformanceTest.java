package dev.contentlint.core.readability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.Format;
import dev.contentlint.core.document.Parsers;
import dev.contentlint.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Compares the metrics of the 33 conformance texts with the independent reference figures, within the
 * tolerances of the conformance set's README, and prints the agreement table.
 */
class ConformanceTest {
    static final List<String> FIGURES = List.of("words", "sentences", "syllables", "polysyllables",
            "flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog", "coleman_liau", "ari");

    /** One compared figure. */
    record Row(String file, String figure, double ours, double reference, boolean agrees) {}

    static List<Row> compare(Path root) throws IOException {
        List<String> lines = Files.readAllLines(root.resolve("reference.tsv"));
        List<String> header = List.of(lines.get(0).split("\t"));
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) continue;
            String[] cells = line.split("\t");
            String file = cells[0];
            Path text = root.resolve("texts").resolve(file);
            Document d = Parsers.parse(text, file, Files.readAllBytes(text), Format.TEXT);
            Metrics m = DocumentReadability.of(d).metrics();
            int number = Integer.parseInt(file.substring(0, 2));
            for (String figure : FIGURES) {
                double ref = Double.parseDouble(cells[header.indexOf(figure)]);
                double ours = value(m, figure);
                rows.add(new Row(file, figure, ours, ref, agrees(figure, number, ours, ref)));
            }
        }
        return rows;
    }

    static double value(Metrics m, String figure) {
        Counts c = m.counts();
        return switch (figure) {
            case "words" -> c.words();
            case "sentences" -> c.sentences();
            case "syllables" -> c.syllables();
            case "polysyllables" -> c.polysyllables();
            case "flesch_reading_ease" -> m.fleschReadingEase();
            case "flesch_kincaid_grade" -> m.fleschKincaidGrade();
            case "gunning_fog" -> m.gunningFog();
            case "smog" -> m.smog();
            case "coleman_liau" -> m.colemanLiau();
            case "ari" -> m.ari();
            default -> throw new IllegalArgumentException(figure);
        };
    }

    /** The README's tolerances. */
    static boolean agrees(String figure, int number, double ours, double ref) {
        double d = Math.abs(ours - ref);
        return switch (figure) {
            case "words" -> d <= Math.max(1, 0.02 * ref);
            case "sentences" -> number <= 22 || number == 33 ? d == 0 : d <= Math.max(1, 0.10 * ref);
            case "syllables", "polysyllables" -> d <= 0.05 * ref + 1e-9;
            case "flesch_reading_ease" -> d <= 2.0;
            default -> d <= 1.0;
        };
    }

    @Test
    void atLeastNinetyPercentOfTheReferenceFiguresAgree() throws IOException {
        List<Row> rows = compare(SharedData.path("conformance/readability"));
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-7s", "file"));
        for (String f : FIGURES) table.append(String.format(Locale.ROOT, " %-15s", f.length() > 15 ? f.substring(0, 15) : f));
        table.append('\n');
        String file = null;
        for (Row r : rows) {
            if (!r.file().equals(file)) {
                if (file != null) table.append('\n');
                file = r.file();
                table.append(String.format(Locale.ROOT, "%-7s", file));
            }
            table.append(String.format(Locale.ROOT, " %7.2f/%-6.2f%s", r.ours(), r.reference(), r.agrees() ? " " : "*"));
        }
        long agree = rows.stream().filter(Row::agrees).count();
        System.out.printf(Locale.ROOT, "readability conformance: %d texts, %d of %d figures agree with the reference%n",
                rows.stream().map(Row::file).distinct().count(), agree, rows.size());
        table.append(String.format(Locale.ROOT, "%n%d of %d figures agree (%.1f%%); * marks a disagreement (ours/reference)%n",
                agree, rows.size(), 100.0 * agree / rows.size()));
        for (String f : FIGURES)
            table.append(String.format(Locale.ROOT, "  %-22s %d/33%n", f,
                    rows.stream().filter(r -> r.figure().equals(f) && r.agrees()).count()));
        System.out.println(table);
        // Kept beside the build's other reports, so the figures quoted in docs/readability.md can be checked.
        Files.writeString(Path.of("target", "readability-conformance.txt"), table);
        assertTrue(agree >= Math.ceil(0.9 * rows.size()), "only " + agree + " of " + rows.size() + " figures agree:\n" + table);
    }
}
