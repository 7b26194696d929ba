package dev.contentlint.core.rule;

/**
 * How far a fix may be trusted: whether {@code --fix} applies it, only {@code --unsafe-fixes} does, or
 * nothing ever does and it is only shown.
 */
public enum FixSafety {
    /** Keeps the meaning: a rejected spelling to the preferred term, a wordy phrase to its one shorter form. */
    SAFE,
    /** Can change the meaning (a grammar checker's guess); applied only when the user asks for unsafe fixes. */
    UNSAFE,
    /** One of several alternatives, or a hint: shown to the user, never applied. */
    SUGGESTION;

    /**
     * The class of the fixes a rule reports without naming one: {@link RuleInfo#fixes()} of its class, and
     * {@link #SUGGESTION} for a rule without the annotation (a rule defined in a config file).
     */
    public static FixSafety defaultFor(Rule rule) {
        RuleInfo info = rule.getClass().getAnnotation(RuleInfo.class);
        return info == null ? SUGGESTION : info.fixes();
    }

    /** Whether a fix of this class is applied when safe fixes, and unsafe ones if {@code unsafe}, are asked for. */
    public boolean appliedWith(boolean unsafe) {
        return this == SAFE || (unsafe && this == UNSAFE);
    }
}
