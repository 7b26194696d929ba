package dev.contentlint.rules.grammar;

import dev.contentlint.core.document.ProseBlock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.markup.AnnotatedTextBuilder;

/**
 * One prose block as LanguageTool sees it: a paragraph of its own (so headings, list items and table cells
 * are separate sentences), with inline code, URLs and template syntax standing in as a neutral word, tags and
 * comments as nothing, and soft line breaks as spaces. Match positions are indices into the block's text.
 */
public final class ProseUnit {
    /** What inline code or a URL reads as: a capitalised noun keeps the sentence grammatical in most uses. */
    static final String CODE_WORD = "Code";

    private final ProseBlock block;
    private final List<ProseBlock.Markup> markup;

    public ProseUnit(ProseBlock block) {
        this.block = block;
        List<ProseBlock.Markup> sorted = new ArrayList<>(block.markup());
        sorted.sort(Comparator.comparingInt(ProseBlock.Markup::textIndex));
        this.markup = sorted;
    }

    public ProseBlock block() {
        return block;
    }

    public String text() {
        return block.text();
    }

    /** The text LanguageTool checks, with markup annotated so positions map back to {@link #text()}. */
    public AnnotatedText annotated() {
        AnnotatedTextBuilder b = new AnnotatedTextBuilder();
        String t = block.text();
        int pos = 0;
        int mi = 0;
        for (int i = 0; i <= t.length(); i++) {
            while (mi < markup.size() && markup.get(mi).textIndex() <= i) {
                if (i > pos) b.addText(t.substring(pos, i));
                pos = i;
                String as = standIn(markup.get(mi).kind());
                if (!as.isEmpty()) b.addMarkup("", as);
                mi++;
            }
            if (i < t.length() && (t.charAt(i) == '\n' || t.charAt(i) == '\r')) {
                if (i > pos) b.addText(t.substring(pos, i));
                b.addMarkup(String.valueOf(t.charAt(i)), " ");
                pos = i + 1;
            }
        }
        if (t.length() > pos) b.addText(t.substring(pos));
        return b.build();
    }

    private String standIn(ProseBlock.MarkupKind kind) {
        return switch (kind) {
            case CODE, URL, TEMPLATE -> standInWord();
            default -> "";
        };
    }

    private String standInWord() {
        return CODE_WORD;
    }

    /** SHA-256 over the text, where markup stands and {@code settings}: the paragraph cache key. */
    public String cacheKey(LtSettings settings) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
        sha.update(settings.key().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        for (ProseBlock.Markup m : markup) {
            sha.update((m.textIndex() + ":" + standIn(m.kind()) + ";").getBytes(StandardCharsets.UTF_8));
        }
        sha.update((byte) 0);
        sha.update(block.text().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest());
    }
}
