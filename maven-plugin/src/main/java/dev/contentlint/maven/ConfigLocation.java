package dev.contentlint.maven;

import dev.contentlint.core.config.Config;
import dev.contentlint.core.config.ConfigLoader;
import dev.contentlint.core.frontend.ConfigSource;
import dev.contentlint.core.frontend.UsageException;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the {@code configLocation} parameter names, looked up in this order: a URL ({@code file:},
 * {@code http:}, {@code https:}); a file relative to the module's folder; the same relative path from the top
 * of the build; a resource on the plugin's class path (a shared config jar added as a plugin dependency).
 * Config text from a URL or a jar has no folder of its own, so its relative paths resolve against the module's.
 */
sealed interface ConfigLocation {
    /** How long a URL may take to connect, and then to send the config. */
    Duration TIMEOUT = Duration.ofSeconds(20);

    /** The most a config read from a URL may hold: a config is a few kilobytes, anything larger is a mistake. */
    int MAX_BYTES = 1 << 20;

    /** The config this location gives, for documents in {@code basedir}. */
    Config load(ConfigLoader loader, Path basedir);

    /** A config file on disk: read, extended and reported on as {@code --config} would be. */
    record File(Path path) implements ConfigLocation {
        @Override
        public Config load(ConfigLoader loader, Path basedir) {
            return new ConfigSource(loader, Map.of()).load(path, "configLocation", basedir);
        }
    }

    /** Config text from a class-path resource or a URL, named by {@code name} in errors. */
    record Text(String yaml, String name) implements ConfigLocation {
        @Override
        public Config load(ConfigLoader loader, Path basedir) {
            return loader.loadDetached(yaml, name, basedir);
        }
    }

    /** A scheme of two letters or more, so that a Windows path such as {@code C:\docs} is still a path. */
    Pattern URL_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:");

    /**
     * Where {@code value} points, or null when it is null or blank (discovery).
     *
     * @param top    the top of the build, where a relative path is looked for when the module has no such file
     * @param loader the plugin's class loader, with the plugin's dependencies
     * @throws UsageException when it names nothing, or a URL cannot be read
     */
    static ConfigLocation resolve(String value, Path basedir, Path top, ClassLoader loader) {
        if (value == null || value.isBlank()) return null;
        String location = value.trim();
        if (URL_SCHEME.matcher(location).find()) return fromUrl(location);
        Path named;
        try {
            named = Path.of(location);
        } catch (InvalidPathException e) {
            named = null;
        }
        Path inModule = named == null ? null : basedir.resolve(named).toAbsolutePath().normalize();
        // A folder is named as the file it should be, and gets the same words as --config.
        if (inModule != null && Files.exists(inModule)) return new File(inModule);
        if (named != null && top != null && !named.isAbsolute()) {
            Path atTop = top.resolve(named).toAbsolutePath().normalize();
            if (Files.isRegularFile(atTop)) return new File(atTop);
        }
        String resource = location.startsWith("/") ? location.substring(1) : location;
        URL found = loader.getResource(resource);
        if (found != null) return new Text(read(found, location, "the class-path resource"), location);
        if (named != null && named.isAbsolute()) return new File(inModule);
        throw new UsageException("configLocation '" + location + "' is no file in " + basedir
                + (top == null || top.equals(basedir) ? "" : " or " + top)
                + " and no resource on the plugin's class path; fix the path, or add the jar that holds it to the"
                + " plugin's <dependencies>");
    }

    private static ConfigLocation fromUrl(String location) {
        String scheme = location.substring(0, location.indexOf(':')).toLowerCase(Locale.ROOT);
        if (!scheme.equals("file") && !scheme.equals("http") && !scheme.equals("https"))
            throw new UsageException("configLocation '" + location + "' is a " + scheme + ": URL; use a file, a"
                    + " class-path resource or a file:, http: or https: URL");
        URL url;
        try {
            url = new URI(location).toURL();
        } catch (URISyntaxException | MalformedURLException | IllegalArgumentException e) {
            throw new UsageException("configLocation '" + location + "' is not a valid URL: " + e.getMessage());
        }
        if (scheme.equals("file")) {
            Path file;
            try {
                file = Path.of(url.toURI());
            } catch (URISyntaxException | IllegalArgumentException e) {
                throw new UsageException("configLocation '" + location + "' is not a file URL this system can read: "
                        + e.getMessage());
            }
            // A local file keeps its folder, so what it extends or names resolves next to it.
            return new File(file);
        }
        return new Text(read(url, location, "the URL"), location);
    }

    private static String read(URL url, String location, String what) {
        byte[] bytes;
        try {
            URLConnection connection = url.openConnection();
            connection.setConnectTimeout((int) TIMEOUT.toMillis());
            connection.setReadTimeout((int) TIMEOUT.toMillis());
            connection.setUseCaches(false);
            try (InputStream in = connection.getInputStream()) {
                bytes = in.readNBytes(MAX_BYTES + 1);
            }
        } catch (java.net.SocketTimeoutException e) {
            throw new UsageException("configLocation '" + location + "': " + what + " did not answer within "
                    + TIMEOUT.toSeconds() + " s; check the address or the network, or use a file");
        } catch (IOException e) {
            throw new UsageException("configLocation '" + location + "': cannot read " + what + ": " + describe(e));
        }
        if (bytes.length > MAX_BYTES)
            throw new UsageException("configLocation '" + location + "': " + what + " holds more than "
                    + MAX_BYTES / 1024 + " KiB, too much for a config; check the address");
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UsageException("configLocation '" + location + "': the config is not valid UTF-8; save it as UTF-8");
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        if (e instanceof java.net.UnknownHostException) return "unknown host " + message;
        if (e instanceof java.io.FileNotFoundException) return "not found (" + message + ")";
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
