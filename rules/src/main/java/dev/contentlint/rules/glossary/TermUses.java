package dev.contentlint.rules.glossary;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.Location;
import dev.contentlint.core.engine.DocumentProduct;
import dev.contentlint.core.io.FieldReader;
import dev.contentlint.core.io.FieldWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Each document's {@link TermCandidates#uses}, computed by the engine as it reads the document. */
public final class TermUses implements DocumentProduct<List<TermCandidates.Use>> {
    /** The one instance; it holds no state. */
    public static final TermUses INSTANCE = new TermUses();

    private TermUses() {}

    @Override
    public String id() {
        return "glossary/term-uses";
    }

    @Override
    public List<TermCandidates.Use> compute(Document document) {
        return TermCandidates.uses(document);
    }

    @Override
    public void store(List<TermCandidates.Use> value, FieldWriter out) {
        out.number(value.size());
        for (TermCandidates.Use u : value) out.bool(u.kind() == TermCandidates.Kind.ACRONYM).string(u.term()).location(u.location());
    }

    @Override
    public List<TermCandidates.Use> load(FieldReader in, Path file) {
        int n = in.integer();
        List<TermCandidates.Use> out = new ArrayList<>(Math.min(n, 10_000));
        for (int i = 0; i < n; i++) {
            TermCandidates.Kind kind = in.bool() ? TermCandidates.Kind.ACRONYM : TermCandidates.Kind.PHRASE;
            String term = in.string();
            Location location = in.location();
            out.add(new TermCandidates.Use(kind, term, location));
        }
        return List.copyOf(out);
    }
}
