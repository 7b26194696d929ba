package dev.contentlint.rules.grammar;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;

/**
 * Where a running daemon can be found and the key it proves itself with, as kept in {@code daemon.properties} of
 * its state folder, a file only its owner can read: its process id, the name of its Unix-domain socket in that
 * folder or else its loopback port, and a random key. The key never travels: each side shows the other an HMAC
 * of fresh nonces on it ({@link DaemonHandshake}). The folder is named after a fingerprint of the Java
 * installation and the class path, so a daemon of another build is never used.
 *
 * @param pid    the daemon's process id
 * @param socket the file name of its Unix-domain socket in the state folder, or empty when it listens on a port
 * @param port   the loopback port it listens on, or 0 when it listens on its socket
 * @param key    the secret both sides prove they hold, in hex
 */
public record DaemonState(long pid, String socket, int port, String key) {
    static final String FILE_NAME = "daemon.properties";

    /** The default state root: {@code $XDG_CACHE_HOME/contentlint/daemon}, or {@code ~/.cache/contentlint/daemon}. */
    public static Path defaultRoot() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("contentlint").resolve("daemon");
    }

    /** The state folder of this build's daemon under {@code stateRoot}. */
    public static Path folder(Path stateRoot) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(System.getProperty("java.home", "").getBytes(StandardCharsets.UTF_8));
            for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
                Path p = Path.of(entry);
                md.update(entry.getBytes(StandardCharsets.UTF_8));
                try {
                    md.update((Files.size(p) + ":" + Files.getLastModifiedTime(p).toMillis()).getBytes(StandardCharsets.UTF_8));
                } catch (IOException | RuntimeException e) {
                    md.update((byte) 0);
                }
            }
            return stateRoot.resolve(HexFormat.of().formatHex(md.digest(), 0, 8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The state file of the daemon of {@code folder}. */
    static Path file(Path folder) {
        return folder.resolve(FILE_NAME);
    }

    /**
     * The state of the daemon of {@code folder}, or empty when it has none or one that does not parse.
     *
     * @throws DaemonTrustException when the folder, its parent or the state file is another user's or open to
     *                              others
     */
    static Optional<DaemonState> read(Path folder) throws DaemonTrustException {
        Path file = file(folder);
        try {
            OwnerOnly.checkFolders(folder);
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
            OwnerOnly.checkSecretFile(file);
        } catch (DaemonTrustException e) {
            throw e;
        } catch (IOException e) {
            return Optional.empty(); // gone while looking at it
        }
        Properties p = new Properties();
        try (InputStream s = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            p.load(s);
            DaemonState state = new DaemonState(Long.parseLong(p.getProperty("pid", "-1")), p.getProperty("socket", ""),
                    Integer.parseInt(p.getProperty("port", "0")), p.getProperty("key", ""));
            return state.key().length() == 64 && (state.port() > 0) != !state.socket().isEmpty()
                    && !state.socket().contains(File.separator) && !state.socket().contains("/")
                    ? Optional.of(state) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The key as bytes. */
    byte[] keyBytes() {
        return HexFormat.of().parseHex(key);
    }

    /** Replaces the state file of {@code folder} with this state, at once and readable by its owner only. */
    void write(Path folder) throws IOException {
        Path file = file(folder);
        Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
        Files.deleteIfExists(tmp);
        try {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(tmp);
        }
        String text = "# contentlint LanguageTool daemon; delete this file to stop it\npid=" + pid
                + (socket.isEmpty() ? "\nport=" + port : "\nsocket=" + socket) + "\nkey=" + key + "\n";
        Files.writeString(tmp, text, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Deletes the state file of {@code folder}, and the socket it names, if it is still this state: a newer
     * daemon may have replaced it.
     */
    void deleteIfCurrent(Path folder) {
        try {
            if (read(folder).filter(this::equals).isPresent()) {
                Files.deleteIfExists(file(folder));
                if (!socket.isEmpty()) Files.deleteIfExists(folder.resolve(socket));
            }
        } catch (IOException e) {
            // nothing left to clean up
        }
    }

    /** Where it listens, for messages. */
    String endpoint(Path folder) {
        return socket.isEmpty() ? "loopback port " + port : "socket " + folder.resolve(socket);
    }

    // The key stays out of logs and messages.
    @Override
    public String toString() {
        return "DaemonState[pid=" + pid + ", socket=" + socket + ", port=" + port + "]";
    }
}
