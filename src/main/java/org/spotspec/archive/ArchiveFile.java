package org.spotspec.archive;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The embedded archive's file: its folder and the file itself are created owner-only before
 * SQLite writes a byte (SQLite gives its -wal and -shm files the database file's permissions).
 * On file systems without POSIX permissions (Windows) the user's profile folder already is private.
 */
final class ArchiveFile {
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private ArchiveFile() {
    }

    /** Makes sure {@code file} exists, with owner-only permissions when it is new. */
    static void prepare(Path file) throws IOException {
        var folder = file.toAbsolutePath().getParent();
        boolean posix = Files.getFileStore(existingAncestor(folder)).supportsFileAttributeView("posix");
        if (!Files.isDirectory(folder)) {
            if (posix) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(FOLDER));
            } else {
                Files.createDirectories(folder);
            }
        }
        if (Files.exists(file)) {
            return;
        }
        try {
            if (posix) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
                Files.setPosixFilePermissions(file, FILE); // the umask may have taken bits away; never added
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException e) {
            // another process created it meanwhile: it is theirs to have made private
        }
    }

    /**
     * Whether the owner may not write the file: then the archive opens read-only. Asked of the
     * permissions rather than of access(2), which says yes to root whatever the bits.
     */
    static boolean ownerMayNotWrite(Path file) throws IOException {
        if (!Files.getFileStore(file).supportsFileAttributeView("posix")) {
            return !Files.isWritable(file);
        }
        return !Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_WRITE);
    }

    private static Path existingAncestor(Path path) {
        var p = path;
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p == null ? path.getRoot() : p;
    }
}
