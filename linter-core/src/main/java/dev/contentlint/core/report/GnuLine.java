package dev.contentlint.core.report;

import dev.contentlint.core.rule.Finding;

/** The GNU-style one-line form of a finding, {@code path:line:col: severity: message [rule-id]}. */
public final class GnuLine {
    private GnuLine() {}

    public static String of(Finding f) {
        return singleLine(f.path()) + ":" + f.location().line() + ":" + f.location().column() + ": " + f.severity().id()
                + ": " + singleLine(f.message()) + " [" + f.ruleId() + "]";
    }

    /**
     * {@code s} fit for one line of a terminal or log: each line break (CR, LF or CRLF) becomes a space,
     * and other control characters and lone surrogates become U+FFFD, so a message can neither split a
     * finding over two lines nor send terminal escape sequences, and always encodes as UTF-8.
     */
    public static String singleLine(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') i++;
                sb.append(' ');
            } else if (c == '\n') {
                sb.append(' ');
            } else if (c != '\t' && (c < 0x20 || (c >= 0x7f && c <= 0x9f))) {
                sb.append('\uFFFD');
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                sb.append('\uFFFD');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
