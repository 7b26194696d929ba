package dev.contentlint.rules.grammar;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.Set;

/**
 * Checks that the daemon's state folders and files belong to the user running this process and that nobody else
 * can change them (nor, for files, read them): whoever can write there could plant a state file or an endpoint
 * of their own, and whoever can read the state file holds the daemon's key.
 */
final class OwnerOnly {
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OTHERS_WRITE = EnumSet.of(PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.OTHERS_WRITE);
    private static final String ELSEWHERE = "or set CONTENTLINT_DAEMON_DIR to a folder of your own";

    private OwnerOnly() {
    }

    /** Creates {@code folder} and its parent, the state root, where missing (mode 0700), and checks both. */
    static void createFolder(Path folder) throws IOException {
        Path root = folder.toAbsolutePath().getParent();
        for (Path p : new Path[] {root, folder}) {
            if (p == null) continue;
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(p)) {
                try {
                    Files.createDirectories(p, PosixFilePermissions.asFileAttribute(FOLDER));
                } catch (UnsupportedOperationException e) {
                    Files.createDirectories(p);
                }
            }
            checkFolder(p);
        }
    }

    /** Checks the state folder {@code folder} and its parent, the state root; a missing folder passes. */
    static void checkFolders(Path folder) throws IOException {
        Path root = folder.toAbsolutePath().getParent();
        if (root != null) checkFolder(root);
        checkFolder(folder);
    }

    /** Checks one folder, following a symbolic link to it; a missing folder passes. */
    static void checkFolder(Path folder) throws IOException {
        if (!Files.exists(folder)) return;
        if (!Files.isDirectory(folder))
            throw new DaemonTrustException("the daemon's state folder " + folder + " is not a folder: remove it, " + ELSEWHERE);
        checkOwner(folder, "state folder", "delete it");
        Set<PosixFilePermission> mode = permissions(folder);
        if (mode != null && mode.stream().anyMatch(OTHERS_WRITE::contains))
            throw new DaemonTrustException("the daemon's state folder " + folder + " can be written by others ("
                    + PosixFilePermissions.toString(mode) + "): run 'chmod go-w " + folder + "', " + ELSEWHERE);
    }

    /**
     * Checks a file of a state folder that holds a secret: a regular file (not a link), of this user, that no one
     * else can read or write.
     */
    static void checkSecretFile(Path file) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
            throw new DaemonTrustException("the daemon's state file " + file + " is not a regular file: delete it");
        checkOwner(file, "state file", "delete it");
        Set<PosixFilePermission> mode = permissions(file);
        if (mode != null && !PosixFilePermissions.fromString("rw-------").containsAll(mode))
            throw new DaemonTrustException("the daemon's state file " + file + " can be read or written by others ("
                    + PosixFilePermissions.toString(mode) + "): delete it, and a daemon started next writes a new one");
    }

    private static void checkOwner(Path p, String what, String fix) throws IOException {
        UserPrincipal owner = Files.getOwner(p);
        if (!isCurrentUser(p, owner))
            throw new DaemonTrustException("the daemon's " + what + " " + p + " belongs to " + owner.getName()
                    + ", not to you (" + System.getProperty("user.name") + "): " + fix + ", " + ELSEWHERE);
    }

    private static boolean isCurrentUser(Path p, UserPrincipal owner) throws IOException {
        try {
            Object uid = Files.getAttribute(p, "unix:uid");
            return uid instanceof Integer i && i == CurrentUser.UID;
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            // no numeric owners on this system: compare names
        }
        return owner.equals(p.getFileSystem().getUserPrincipalLookupService()
                .lookupPrincipalByName(System.getProperty("user.name")));
    }

    private static Set<PosixFilePermission> permissions(Path p) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(p, PosixFileAttributeView.class);
        if (view == null) return null;
        return view.readAttributes().permissions();
    }

    /** The numeric id of the user running this process, read once. */
    private static final class CurrentUser {
        static final long UID = new com.sun.security.auth.module.UnixSystem().getUid();
    }
}
