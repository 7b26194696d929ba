package dev.contentlint.lsp;

import dev.contentlint.core.rule.RuleMeta;
import dev.contentlint.rules.RuleDocs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a hover says about a rule: its summary, the first paragraph of the "Why" section of its page (the rule
 * pages ship in the rules jar for {@code contentlint rules ID}) and a link to the whole page.
 */
final class RuleHovers {
    private final Map<String, Optional<String>> why = new ConcurrentHashMap<>();
    private final ClassLoader loader;

    RuleHovers(ClassLoader loader) {
        this.loader = loader;
    }

    /** Markdown for the rule of {@code meta} and one finding's message. */
    String markdown(RuleMeta meta, String message) {
        StringBuilder sb = new StringBuilder();
        sb.append("**").append(meta.id()).append("**: ").append(message).append("\n\n");
        sb.append(meta.summary().strip());
        if (!meta.summary().strip().endsWith(".")) sb.append('.');
        why(meta.id()).ifPresent(w -> sb.append("\n\n").append(w));
        sb.append("\n\n[Rule documentation](").append(meta.docsUrl()).append(')');
        return sb.toString();
    }

    /** The first paragraph under {@code ## Why} of the rule's page, if the page is on the class path. */
    Optional<String> why(String ruleId) {
        return why.computeIfAbsent(ruleId, id -> read(RuleDocs.SIDE_CAR_BASE + id + ".md").map(RuleHovers::firstWhy)
                .filter(w -> !w.isEmpty()));
    }

    private Optional<String> read(String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static String firstWhy(String page) {
        String[] lines = page.split("\\R", -1);
        StringBuilder sb = new StringBuilder();
        boolean in = false;
        for (String line : lines) {
            if (line.startsWith("## ")) {
                if (in) break;
                in = line.substring(3).strip().equalsIgnoreCase("Why");
                continue;
            }
            if (!in) continue;
            if (line.isBlank()) {
                if (sb.length() > 0) break;
                continue;
            }
            if (sb.length() > 0) sb.append(' ');
            sb.append(line.strip());
        }
        return sb.toString();
    }
}
