package dev.contentlint.cli;

/**
 * Decides whether text output is coloured: a {@code --color} or {@code --no-color} flag wins; otherwise colour
 * is on only for a terminal, and off when {@code NO_COLOR} is set to anything non-empty (no-color.org) or
 * {@code TERM} is {@code dumb}.
 */
public final class ColorPolicy {
    private ColorPolicy() {
    }

    /**
     * @param flag {@code TRUE} for {@code --color}, {@code FALSE} for {@code --no-color}, null when neither
     */
    public static boolean useColor(Boolean flag, Terminal terminal) {
        if (flag != null) return flag;
        if (!terminal.stdoutTty()) return false;
        if (terminal.envValue("NO_COLOR") != null) return false;
        return !"dumb".equals(terminal.envValue("TERM"));
    }
}
