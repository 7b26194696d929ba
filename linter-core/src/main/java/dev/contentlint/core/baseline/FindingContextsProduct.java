package dev.contentlint.core.baseline;

import dev.contentlint.core.document.Location;
import dev.contentlint.core.engine.DocumentProduct;
import dev.contentlint.core.io.FieldReader;
import dev.contentlint.core.io.FieldWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Each document's {@link FindingContexts}, computed by the engine from the parse its rules saw. */
public final class FindingContextsProduct implements DocumentProduct<FindingContexts> {
    /** The one instance; it holds no state. */
    public static final FindingContextsProduct INSTANCE = new FindingContextsProduct();

    private FindingContextsProduct() {
    }

    @Override
    public String id() {
        return "baseline/contexts";
    }

    @Override
    public FindingContexts compute(dev.contentlint.core.document.Document document) {
        return FindingContexts.of(document);
    }

    @Override
    public void store(FindingContexts value, FieldWriter out) {
        out.number(value.sentences().size());
        for (FindingContexts.Unit u : value.sentences()) out.location(u.location()).number(u.hash());
        long[] lines = value.lines();
        out.number(lines.length);
        for (long h : lines) out.number(h);
    }

    @Override
    public FindingContexts load(FieldReader in, Path file) {
        int n = in.integer();
        List<FindingContexts.Unit> units = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Location at = in.location();
            units.add(new FindingContexts.Unit(at, in.number()));
        }
        long[] lines = new long[in.integer()];
        for (int i = 0; i < lines.length; i++) lines[i] = in.number();
        return new FindingContexts(units, lines);
    }
}
