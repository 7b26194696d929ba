package dev.contentlint.core.baseline;

/**
 * One known finding a baseline accepts.
 *
 * @param rule        the rule id
 * @param path        the file, as findings name it
 * @param fingerprint see {@link BaselineFingerprints}
 * @param line        where it stood when the entry was written: for the reader, never matched
 * @param message     its message then: for the reader, never matched
 * @param reason      why it is accepted, or null
 */
public record BaselineEntry(String rule, String path, String fingerprint, int line, String message, String reason) {
    /** The part of an entry a finding must equal to match it. */
    public record Key(String rule, String path, String fingerprint) {}

    public Key key() {
        return new Key(rule, path, fingerprint);
    }
}
