package dev.contentlint.core.rule;

import java.util.List;
import java.util.Objects;

/**
 * Rules and settings that ship in a separate artifact, named by the provider they were split from, so a
 * config that turns such a rule on while the artifact is missing is told which dependency to add instead
 * of hearing "unknown rule", and a config that only mentions it (turns it off, sets its setting) still loads.
 *
 * @param coordinates the artifact as {@code groupId:artifactId}
 * @param howToAdd    what a user adds to get it, completing "add ..." (e.g. where the dependency goes)
 * @param ruleIds     the ids of the rules it provides
 * @param settings    the top-level config keys its rules and services read
 */
public record SeparateArtifact(String coordinates, String howToAdd, List<String> ruleIds, List<String> settings) {
    public SeparateArtifact {
        Objects.requireNonNull(coordinates, "coordinates");
        Objects.requireNonNull(howToAdd, "howToAdd");
        ruleIds = List.copyOf(ruleIds);
        settings = List.copyOf(settings);
    }

    /** The config error for a rule of this artifact that a config turns on while the artifact is missing. */
    public String missingRuleMessage(String ruleId) {
        return "rule '" + ruleId + "' is in " + coordinates + ", which is not on the class path; add " + howToAdd
                + ", or turn the rule off";
    }
}
