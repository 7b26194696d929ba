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
    record Entry(String source, String note) {}

    private final List<Entry> entries;
    /** Every entry in one alternation, so each block is scanned once; group i + 1 is entry i. */
    private final Pattern any;

    private PhraseList(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        StringBuilder sb = new StringBuilder("(?<![\\p{L}\\p{N}_-])(?:");
        for (int i = 0; i < entries.size(); i++) sb.append(i == 0 ? "" : "|").append('(').append(entries.get(i).source()).append(')');
        // The phrase files are ASCII, so ASCII case folding matches them; Unicode folding made every position of
        // every block several times slower.
        any = Pattern.compile(sb.append(")(?![\\p{L}\\p{N}_])").toString(), Pattern.CASE_INSENSITIVE);
    }

    static PhraseList load(String resource) {
        List<Entry> entries = new ArrayList<>();
        try (InputStream in = PhraseList.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is missing from the rules jar");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t", 2);
                // Groups inside an entry would shift the numbering of the alternation, so they are made non-capturing.
                String source = cols[0].replaceAll("\\((?!\\?)", "(?:");
                if (!source.chars().allMatch(c -> c < 128))
                    throw new IllegalStateException(resource + ": patterns must be ASCII (they match ignoring ASCII case): " + source);
                Pattern.compile(source); // a malformed entry fails here, naming itself
                entries.add(new Entry(source, cols.length > 1 ? cols[1].strip() : ""));
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
            Matcher m = any.matcher(text);
            while (m.find()) {
                int entry = 0;
                while (m.group(entry + 1) == null) entry++;
                ctx.report(block.sourceSpan(m.start(), m.end()), message.apply(m.group().replaceAll("\\s+", " "), entries.get(entry).note()));
            }
        }
    }
}
