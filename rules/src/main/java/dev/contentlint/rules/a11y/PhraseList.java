package dev.contentlint.rules.a11y;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.ProseBlock;
import dev.contentlint.core.rule.RuleContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of phrase patterns, each with a note, read from a tab-separated data file next to this class
 * ({@code #} lines are comments), and matched on whole words in a document's prose.
 */
final class PhraseList {
    /** One pattern and its note. */
    record Entry(Pattern pattern, String note) {}

    private final List<Entry> entries;

    private PhraseList(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    static PhraseList load(String resource) {
        List<Entry> entries = new ArrayList<>();
        try (InputStream in = PhraseList.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is missing from the rules jar");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t", 2);
                Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}_-])(?:" + cols[0] + ")(?![\\p{L}\\p{N}_])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
                entries.add(new Entry(p, cols.length > 1 ? cols[1].strip() : ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PhraseList(entries);
    }

    /** Reports every match in the document's prose with the message {@code message(matched text, note)}. */
    void report(Document doc, RuleContext ctx, BiFunction<String, String, String> message) {
        for (ProseBlock block : doc.prose()) {
            if (block.kind() == ProseBlock.Kind.ALT_TEXT) continue;
            String text = block.text();
            for (Entry entry : entries) {
                Matcher m = entry.pattern().matcher(text);
                while (m.find())
                    ctx.report(block.sourceSpan(m.start(), m.end()), message.apply(m.group().replaceAll("\\s+", " "), entry.note()));
            }
        }
    }
}
