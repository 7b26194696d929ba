package dev.contentlint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.contentlint.core.frontend.UsageException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The order in which a configLocation is looked up, and what each kind of location gives. */
class ConfigLocationTest {
    @TempDir Path top;

    private final ClassLoader none = new URLClassLoader(new URL[0], null);

    private Path write(String relative, String text) throws IOException {
        Path p = top.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private ClassLoader jarWith(String entry, String text) throws IOException {
        Path jar = top.resolve("shared-config.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry(entry));
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
    }

    @Test
    void blankMeansDiscovery() {
        assertNull(ConfigLocation.resolve(null, top, top, none));
        assertNull(ConfigLocation.resolve("  ", top, top, none));
    }

    @Test
    void theModulesFileComesFirstThenTheTopsThenTheClassPath() throws IOException {
        Path module = top.resolve("module");
        Path atTop = write("config/lint.yml", "today: 2026-11-26\n");
        ClassLoader jar = jarWith("config/lint.yml", "today: 2026-01-01\n");
        assertEquals(new ConfigLocation.File(atTop), ConfigLocation.resolve("config/lint.yml", module, top, jar));
        Path inModule = write("module/config/lint.yml", "today: 2026-11-26\n");
        assertEquals(new ConfigLocation.File(inModule), ConfigLocation.resolve("config/lint.yml", module, top, jar));
        assertEquals(new ConfigLocation.Text("today: 2026-01-01\n", "config/other.yml"),
                ConfigLocation.resolve("config/other.yml", module, top, jarWith("config/other.yml", "today: 2026-01-01\n")));
    }

    @Test
    void aClassPathResourceIsReadFromTheJar() throws IOException {
        ClassLoader jar = jarWith("acme/contentlint.yml", "extends: strict\n");
        assertEquals(new ConfigLocation.Text("extends: strict\n", "acme/contentlint.yml"),
                ConfigLocation.resolve("acme/contentlint.yml", top, null, jar));
        assertEquals(new ConfigLocation.Text("extends: strict\n", "/acme/contentlint.yml"),
                ConfigLocation.resolve("/acme/contentlint.yml", top.resolve("nowhere"), null, jar),
                "a leading slash names the same resource, as Class.getResource does");
    }

    @Test
    void aFileUrlIsThatFile() throws IOException {
        Path file = write("shared/lint.yml", "today: 2026-11-26\n");
        assertEquals(new ConfigLocation.File(file), ConfigLocation.resolve(file.toUri().toString(), top, null, none));
    }

    @Test
    void anHttpUrlIsFetchedAndItsFailureNamed() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/lint.yml", exchange -> {
            byte[] body = "extends: strict\n".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            assertEquals(new ConfigLocation.Text("extends: strict\n", base + "/lint.yml"),
                    ConfigLocation.resolve(base + "/lint.yml", top, null, none));
            UsageException e = assertThrows(UsageException.class,
                    () -> ConfigLocation.resolve(base + "/missing.yml", top, null, none));
            assertTrue(e.getMessage().startsWith("configLocation '" + base + "/missing.yml': cannot read the URL: not found"),
                    e.getMessage());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void whatNamesNothingSaysWhereItLooked() {
        Path module = top.resolve("module");
        UsageException e = assertThrows(UsageException.class, () -> ConfigLocation.resolve("acme/lint.yml", module, top, none));
        assertEquals("configLocation 'acme/lint.yml' is no file in " + module + " or " + top + " and no resource on the"
                + " plugin's class path; fix the path, or add the jar that holds it to the plugin's <dependencies>",
                e.getMessage());
        UsageException ftp = assertThrows(UsageException.class, () -> ConfigLocation.resolve("ftp://host/lint.yml", module, top, none));
        assertEquals("configLocation 'ftp://host/lint.yml' is a ftp: URL; use a file, a class-path resource or a file:,"
                + " http: or https: URL", ftp.getMessage());
    }
}
