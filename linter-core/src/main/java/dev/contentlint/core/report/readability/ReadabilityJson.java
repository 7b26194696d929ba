package dev.contentlint.core.report.readability;

import dev.contentlint.core.readability.Counts;
import dev.contentlint.core.readability.Metrics;
import dev.contentlint.core.report.JsonWriter;
import java.io.IOException;
import java.io.Writer;

/** Writes a {@link ReadabilityReport} as JSON; the keys are documented in docs/readability-report.md. */
public final class ReadabilityJson {
    private ReadabilityJson() {}

    public static void write(ReadabilityReport report, Writer out) throws IOException {
        JsonWriter w = new JsonWriter(out);
        w.beginObject();
        w.name("files").beginArray();
        for (ReadabilityReport.FileEntry f : report.files()) {
            w.beginObject();
            w.member("path", f.path());
            w.name("metrics");
            metrics(w, f.metrics());
            w.name("mean_sentence_length").value(f.metrics().wordsPerSentence());
            w.name("passive_share").value(f.passiveShare());
            w.member("findings", f.findings());
            w.name("graded").value(f.graded());
            if (report.baseline()) {
                w.name("change");
                if (f.change() == null) w.nullValue();
                else {
                    w.beginObject();
                    w.name("flesch_kincaid_grade").value(f.change().grade());
                    w.name("flesch_reading_ease").value(f.change().readingEase());
                    w.member("words", f.change().words());
                    w.endObject();
                }
            }
            w.name("sections").beginArray();
            for (int k = 0; k < f.sections().size(); k++) {
                ReadabilityReport.SectionEntry s = f.sections().get(k);
                w.beginObject();
                w.member("title", s.title());
                w.member("level", s.level());
                w.member("line", s.line());
                w.name("metrics");
                metrics(w, s.metrics());
                w.name("passive_share").value(s.passiveShare());
                w.name("hardest").value(report.hardest(f).contains(s));
                if (f.change() != null && k < f.change().sections().size()) {
                    double d = f.change().sections().get(k);
                    w.name("grade_change");
                    if (Double.isNaN(d)) w.nullValue(); else w.value(d);
                }
                w.endObject();
            }
            w.endArray();
            w.endObject();
        }
        w.endArray();
        w.name("summary").beginObject();
        w.member("files", report.files().size());
        w.member("words", report.words());
        w.name("median_grade").value(report.medianGrade());
        w.name("target_grade").value(report.targetGrade());
        w.name("share_above_target").value(report.shareAboveTarget());
        w.member("ungraded", report.ungraded());
        w.member("min_graded_words", ReadabilityReport.MIN_GRADED_WORDS);
        w.endObject();
        w.endObject();
        w.finish();
    }

    private static void metrics(JsonWriter w, Metrics m) throws IOException {
        Counts c = m.counts();
        w.beginObject();
        w.member("words", c.words());
        w.member("sentences", c.sentences());
        w.member("syllables", c.syllables());
        w.member("polysyllables", c.polysyllables());
        w.name("flesch_reading_ease").value(m.fleschReadingEase());
        w.name("flesch_kincaid_grade").value(m.fleschKincaidGrade());
        w.name("gunning_fog").value(m.gunningFog());
        w.name("smog").value(m.smog());
        w.name("coleman_liau").value(m.colemanLiau());
        w.name("ari").value(m.ari());
        w.endObject();
    }
}
