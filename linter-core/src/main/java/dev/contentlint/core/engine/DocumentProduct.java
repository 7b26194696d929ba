package dev.contentlint.core.engine;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.io.FieldReader;
import dev.contentlint.core.io.FieldWriter;
import dev.contentlint.core.rule.Finding;
import java.nio.file.Path;
import java.util.List;

/**
 * Something a caller wants computed from each parsed document of a run (readability figures, term uses), on
 * the worker thread that parsed it, and returned per file in the {@link RunResult}. It is stored in the run
 * cache with the file's findings, so a later run over the unchanged file neither parses nor computes it again.
 * Only documents the rules would see get a product: a file that cannot be read, is too large, is binary or
 * makes the parser fail has none (its findings say why). Implementations are stateless and thread-safe.
 *
 * @param <P> an immutable value
 */
public interface DocumentProduct<P> {
    /**
     * Names the product in results and in the run cache: two products with one id are the same product. Change
     * it when the stored form changes, so entries written by an older form are not read as this one.
     */
    String id();

    /** The product of one document; null when the document has nothing to give. */
    P compute(Document document);

    /**
     * The product of one document that also reads the findings of the run's rules in it (after inline
     * suppressions; corpus rules' findings, which come after all files, are not among them). By default the
     * findings are not read.
     */
    default P compute(Document document, List<Finding> findings) {
        return compute(document);
    }

    /** Writes {@code value} (never null) for the run cache. */
    void store(P value, FieldWriter out);

    /**
     * The value {@link #store} wrote; it must equal the one stored, except that a value holding the file's place
     * on disk takes {@code file}, where the file is now.
     */
    P load(FieldReader in, Path file);
}
