package dev.contentlint.core.rule;

/** Rule families' broad categories, used to group rules in docs and reports. */
public enum Category {
    FRESHNESS, DISCLAIMER, STRUCTURE, GLOSSARY, GRAMMAR, SPELLING, READABILITY, ACCESSIBILITY, STYLE, INTERNAL
}
