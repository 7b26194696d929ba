package dev.contentlint.core.rule;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a component of a rule's nested {@code Options} record as a config option. The config key
 * is the component name in kebab-case ({@code maxAgeDays} → {@code max-age-days}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface Option {
    /** What the option does, for docs and {@code contentlint rules ID}. */
    String description();

    /** The default, written as YAML ({@code 365}, {@code true}, {@code "[a, b]"}, {@code mdy}). */
    String defaultValue();
}
