package dev.contentlint.core.fix;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts of one file, as {@code diff -u} and {@code git apply} read it, with three lines
 * of context. Lines are compared with their line breaks, so a changed line ending shows as a change.
 */
public final class UnifiedDiff {
    private static final int CONTEXT = 3;
    /** Cells of the common-subsequence table, at most; beyond it the changed middle is shown removed and added. */
    private static final long MAX_TABLE = 4_000_000;

    private UnifiedDiff() {
    }

    /** The diff from {@code before} to {@code after} of the file {@code path}; empty when they are equal. */
    public static String of(String path, String before, String after) {
        if (before.equals(after)) return "";
        List<String> a = lines(before);
        List<String> b = lines(after);
        List<int[]> script = script(a, b);
        StringBuilder out = new StringBuilder();
        out.append("--- a/").append(path).append('\n').append("+++ b/").append(path).append('\n');
        int i = 0;
        while (i < script.size()) {
            if (script.get(i)[0] == ' ') {
                i++;
                continue;
            }
            int from = Math.max(0, i - CONTEXT);
            int to = i;
            // A hunk runs on while the next change is close enough that the contexts would touch.
            int lastChange = i;
            while (to < script.size()) {
                if (script.get(to)[0] != ' ') lastChange = to;
                else if (to - lastChange > 2 * CONTEXT) break;
                to++;
            }
            to = Math.min(script.size(), lastChange + CONTEXT + 1);
            hunk(out, script.subList(from, to), a, b);
            i = to;
        }
        return out.toString();
    }

    private static void hunk(StringBuilder out, List<int[]> ops, List<String> a, List<String> b) {
        int aStart = -1, bStart = -1, aLen = 0, bLen = 0;
        for (int[] op : ops) {
            if (aStart < 0) {
                aStart = op[1];
                bStart = op[2];
            }
            if (op[0] != '+') aLen++;
            if (op[0] != '-') bLen++;
        }
        out.append("@@ -").append(range(aStart, aLen)).append(" +").append(range(bStart, bLen)).append(" @@\n");
        for (int[] op : ops) {
            String line = op[0] == '+' ? b.get(op[2]) : a.get(op[1]);
            out.append((char) op[0]).append(stripBreak(line)).append('\n');
            if (!line.endsWith("\n") && !line.endsWith("\r")) out.append("\\ No newline at end of file\n");
        }
    }

    private static String range(int start, int length) {
        // diff numbers an empty range by the line before it.
        return (length == 0 ? start : start + 1) + "," + length;
    }

    private static String stripBreak(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == '\n' || line.charAt(end - 1) == '\r')) end--;
        return line.substring(0, end) + (line.endsWith("\r\n") ? "\r" : "");
    }

    /** The text's lines, each with its line break. */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                out.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) out.add(text.substring(start));
        return out;
    }

    /**
     * The edit script as {op, index in a, index in b}, op one of ' ', '-', '+': the common prefix and suffix are
     * matched first, and the middle line by line when the line count did not change, else by a longest common
     * subsequence.
     */
    private static List<int[]> script(List<String> a, List<String> b) {
        int pre = 0;
        while (pre < a.size() && pre < b.size() && a.get(pre).equals(b.get(pre))) pre++;
        int suf = 0;
        while (suf < a.size() - pre && suf < b.size() - pre
                && a.get(a.size() - 1 - suf).equals(b.get(b.size() - 1 - suf))) suf++;
        List<int[]> out = new ArrayList<>();
        for (int k = 0; k < pre; k++) out.add(new int[] {' ', k, k});
        int n = a.size() - pre - suf, m = b.size() - pre - suf;
        if (n == m) {
            // Fixes rarely add or remove a line: pair the lines, each changed one shows as removed and added.
            for (int k = pre; k < pre + n; k++) {
                if (a.get(k).equals(b.get(k))) {
                    out.add(new int[] {' ', k, k});
                } else {
                    out.add(new int[] {'-', k, k});
                    out.add(new int[] {'+', k + 1, k});
                }
            }
        } else if ((long) n * m > MAX_TABLE) {
            for (int k = 0; k < n; k++) out.add(new int[] {'-', pre + k, pre});
            for (int k = 0; k < m; k++) out.add(new int[] {'+', pre + n, pre + k});
        } else {
            lcs(a, b, pre, n, m, out);
        }
        for (int k = 0; k < suf; k++) out.add(new int[] {' ', a.size() - suf + k, b.size() - suf + k});
        return out;
    }

    private static void lcs(List<String> a, List<String> b, int pre, int n, int m, List<int[]> out) {
        int[][] lcs = new int[n + 1][m + 1];
        for (int x = n - 1; x >= 0; x--)
            for (int y = m - 1; y >= 0; y--)
                lcs[x][y] = a.get(pre + x).equals(b.get(pre + y)) ? lcs[x + 1][y + 1] + 1
                        : Math.max(lcs[x + 1][y], lcs[x][y + 1]);
        int x = 0, y = 0;
        while (x < n || y < m) {
            if (x < n && y < m && a.get(pre + x).equals(b.get(pre + y))) {
                out.add(new int[] {' ', pre + x, pre + y});
                x++;
                y++;
            } else if (y < m && (x == n || lcs[x][y + 1] >= lcs[x + 1][y])) {
                out.add(new int[] {'+', pre + x, pre + y});
                y++;
            } else {
                out.add(new int[] {'-', pre + x, pre + y});
                x++;
            }
        }
    }
}
