package dev.contentlint.core.rule;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The metadata of a rule, declared on its class. The docs URL is derived from the id. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
    /** {@code family/name}, kebab-case; matches the package and class name. */
    String id();

    /** One sentence saying what the rule finds. */
    String summary();

    Severity severity() default Severity.WARNING;

    Category category();

    /** WCAG 2.x success criteria, e.g. {@code "1.1.1"}. */
    String[] wcag() default {};

    /** W3C ACT rule ids, e.g. {@code "23a2a8"}. */
    String[] act() default {};

    RuleStatus status() default RuleStatus.STABLE;

    /** Former ids still accepted in config and suppressions. */
    String[] aliases() default {};

    /**
     * The class of the fixes the rule reports, unless a fix names its own: a rule may report one fix safe and
     * another only a suggestion (one replacement against several).
     */
    FixSafety fixes() default FixSafety.SUGGESTION;
}
