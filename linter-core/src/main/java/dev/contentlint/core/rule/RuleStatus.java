package dev.contentlint.core.rule;

/** How settled a rule is. */
public enum RuleStatus { STABLE, EXPERIMENTAL, DEPRECATED }
