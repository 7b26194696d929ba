package dev.contentlint.core.engine;

import dev.contentlint.core.config.FileConfig;
import dev.contentlint.core.config.FileConfig.EnabledRule;
import dev.contentlint.core.io.FieldReader;
import dev.contentlint.core.io.FieldWriter;
import dev.contentlint.core.rule.CorpusRule;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A file's corpus summaries and document products as the parts of its run cache entry: each under its own
 * name, written with {@link FieldWriter}; a null part says it was computed and there was nothing.
 */
final class StoredParts {
    private StoredParts() {}

    /**
     * What a cached entry gives back.
     *
     * @param summaries corpus rule id to summary, the rules with nothing left out
     * @param products  product id to value, the products with nothing left out
     */
    record Loaded(Map<String, Object> summaries, Map<String, Object> products) {}

    /**
     * The part holding the file's inline directives (null when it has none). Every entry has it: the findings
     * of an entry are all the file's findings, those the directives hide included.
     */
    static final String INLINE = "inline directives";

    static String summaryName(String ruleId) {
        return "summary " + ruleId;
    }

    static String productName(DocumentProduct<?> product) {
        return "product " + product.id();
    }

    /** The parts of {@code result} that can be stored: its inline directives, summaries and products. */
    static Map<String, String> store(FileLinter.Result result, List<DocumentProduct<?>> products) {
        Map<String, String> out = new LinkedHashMap<>();
        if (result.suppressions().directives().isEmpty()) {
            out.put(INLINE, null);
        } else {
            FieldWriter w = new FieldWriter();
            result.suppressions().store(w);
            out.put(INLINE, w.toString());
        }
        // The directives are stored too, so corpus findings meet them without a parse.
        for (EnabledRule rule : result.fileConfig().rules().values()) {
            if (!(rule.rule() instanceof CorpusRule<?> corpusRule)) continue;
            String id = rule.meta().id();
            if (!result.summaries().containsKey(id)) continue; // not computed: the next run tries again
            Object summary = result.summaries().get(id);
            put(out, summaryName(id), summary, (s, w) -> storeSummary(corpusRule, s, w));
        }
        for (DocumentProduct<?> product : products) {
            if (!result.products().containsKey(product.id())) continue;
            Object value = result.products().get(product.id());
            put(out, productName(product), value, (v, w) -> {
                storeProduct(product, v, w);
                return true;
            });
        }
        return out;
    }

    private interface Store {
        boolean store(Object value, FieldWriter out);
    }

    private static void put(Map<String, String> out, String name, Object value, Store store) {
        if (value == null) {
            out.put(name, null);
            return;
        }
        FieldWriter w = new FieldWriter();
        try {
            if (store.store(value, w)) out.put(name, w.toString());
        } catch (RuntimeException e) {
            // Not stored: the next run parses the file again.
        }
    }

    @SuppressWarnings("unchecked")
    private static <S> boolean storeSummary(CorpusRule<S> rule, Object summary, FieldWriter out) {
        return rule.storeSummary((S) summary, out);
    }

    @SuppressWarnings("unchecked")
    private static <P> void storeProduct(DocumentProduct<P> product, Object value, FieldWriter out) {
        product.store((P) value, out);
    }

    /**
     * The inline directives stored in {@code parts}; null when the entry lacks them or they cannot be read, so the
     * file must be linted again.
     */
    static Suppressions suppressions(Map<String, String> parts) {
        if (!parts.containsKey(INLINE)) return null;
        String text = parts.get(INLINE);
        if (text == null) return Suppressions.NONE;
        return (Suppressions) read(text, Suppressions::load);
    }

    /**
     * The summaries of the corpus rules of {@code fileConfig} and the {@code products}, read from {@code parts};
     * null when one is missing or unreadable, so the file must be parsed again.
     */
    static Loaded load(Map<String, String> parts, FileConfig fileConfig, List<DocumentProduct<?>> products, Path file) {
        Map<String, Object> summaries = new HashMap<>();
        for (EnabledRule rule : fileConfig.rules().values()) {
            if (!(rule.rule() instanceof CorpusRule<?> corpusRule)) continue;
            String name = summaryName(rule.meta().id());
            if (!parts.containsKey(name)) return null;
            String text = parts.get(name);
            if (text == null) continue; // the rule had nothing to say about this file
            Object summary = read(text, in -> corpusRule.loadSummary(in, file));
            if (summary == null) return null;
            summaries.put(rule.meta().id(), summary);
        }
        Map<String, Object> values = new HashMap<>();
        for (DocumentProduct<?> product : products) {
            String name = productName(product);
            if (!parts.containsKey(name)) return null;
            String text = parts.get(name);
            if (text == null) continue;
            Object value = read(text, in -> product.load(in, file));
            if (value == null) return null;
            values.put(product.id(), value);
        }
        return new Loaded(summaries, values);
    }

    private interface Load {
        Object load(FieldReader in);
    }

    private static Object read(String text, Load load) {
        try {
            FieldReader in = new FieldReader(text);
            Object value = load.load(in);
            in.end();
            return value;
        } catch (RuntimeException e) {
            return null; // stored by another version, say: compute it again
        }
    }
}
