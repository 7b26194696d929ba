package dev.contentlint.core.fix;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.engine.DocumentProduct;
import dev.contentlint.core.io.FieldReader;
import dev.contentlint.core.io.FieldWriter;
import java.nio.file.Path;

/** Each document's {@link ProseRanges}, computed by the engine from the parse its rules saw. */
public final class ProseRangesProduct implements DocumentProduct<ProseRanges> {
    /** The one instance; it holds no state. */
    public static final ProseRangesProduct INSTANCE = new ProseRangesProduct();

    private ProseRangesProduct() {
    }

    @Override
    public String id() {
        return "fix/prose-ranges";
    }

    @Override
    public ProseRanges compute(Document document) {
        return ProseRanges.of(document);
    }

    @Override
    public void store(ProseRanges value, FieldWriter out) {
        out.number(value.starts().length);
        for (int i = 0; i < value.starts().length; i++) out.number(value.starts()[i]).number(value.ends()[i]);
    }

    @Override
    public ProseRanges load(FieldReader in, Path file) {
        int n = in.integer();
        int[] s = new int[n];
        int[] e = new int[n];
        for (int i = 0; i < n; i++) {
            s[i] = in.integer();
            e[i] = in.integer();
        }
        return new ProseRanges(s, e);
    }
}
