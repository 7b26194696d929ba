package dev.contentlint.rules.a11y;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks BCP 47 language tags: the syntax (subtags of one to eight letters or digits, joined by hyphens)
 * and the primary language subtag against the registered two-letter codes in
 * {@code language-subtags.tsv}; a three-letter code is accepted unless it stands for a language that
 * has a two-letter code.
 */
final class LanguageTags {
    private static final Pattern SYNTAX = Pattern.compile("[A-Za-z0-9]{1,8}(-[A-Za-z0-9]{1,8})*");
    /** Two-letter codes, and the three-letter codes that must be written as them (eng → en). */
    private static final Map<String, String> CODES = load();

    private LanguageTags() {}

    /** Why the tag is not a valid language tag, or null when it is. */
    static String problem(String tag) {
        String t = tag.strip();
        if (!SYNTAX.matcher(t).matches())
            return "is not a language tag (letters and digits in hyphen-separated parts, such as en-GB)";
        String primary = t.split("-")[0].toLowerCase(Locale.ROOT);
        if (!primary.chars().allMatch(Character::isLetter)) return "does not start with a language code";
        if (primary.length() == 2) return CODES.containsKey(primary) ? null : "starts with '" + primary + "', which is not a language code";
        if (primary.length() == 3) {
            String two = CODES.get(primary);
            return two == null ? null : "uses '" + primary + "' where the language tag is '" + two + "'";
        }
        return "starts with '" + primary + "', which is not a language code (use a two- or three-letter code such as en)";
    }

    private static Map<String, String> load() {
        Map<String, String> codes = new HashMap<>();
        try (InputStream in = LanguageTags.class.getResourceAsStream("language-subtags.tsv")) {
            if (in == null) throw new IllegalStateException("language-subtags.tsv is missing from the rules jar");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t");
                codes.put(cols[0], null);
                if (cols.length > 1) for (String three : cols[1].split(" ")) codes.put(three, cols[0]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // HashMap allows null values; two-letter codes map to null so containsKey tells them apart.
        return codes;
    }
}
