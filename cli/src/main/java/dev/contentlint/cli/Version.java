package dev.contentlint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/** contentlint's version: the jar manifest's Implementation-Version, else the build's version.properties. */
public final class Version implements CommandLine.IVersionProvider {
    private static volatile String cached;

    /** The version string, e.g. {@code 0.1.0}. */
    public static String get() {
        String v = cached;
        if (v == null) cached = v = lookup();
        return v;
    }

    private static String lookup() {
        String fromManifest = Version.class.getPackage().getImplementationVersion();
        if (fromManifest != null && !fromManifest.isBlank()) return fromManifest;
        // Classes run from a folder (tests, IDEs) have no manifest; the filtered resource has the same value.
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) return "dev";
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "dev");
            return v.startsWith("${") ? "dev" : v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"contentlint " + get()};
    }
}
