package dev.eigwbench.lab;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;

/**
 * Files the lab writes in the working tree belong to whoever ran it: under {@code sudo}, to the user who ran sudo
 * ({@code SUDO_UID}/{@code SUDO_GID}), so nothing is left that the user cannot overwrite. A directory the lab cannot
 * write is reported as "permission denied", naming the path and its owner.
 */
final class Ownership {
    private Ownership() {}

    static void createDirectories(Path dir, String option) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw cannotWrite(dir, option, e);
        }
        if (!Files.isWritable(dir)) {
            throw cannotWrite(dir, option, new AccessDeniedException(dir.toString()));
        }
    }

    /** "permission denied" with the path and the owner of the nearest existing directory, else the I/O error. */
    static LabException cannotWrite(Path path, String option, IOException e) {
        var absolute = path.toAbsolutePath().normalize();
        if (e instanceof AccessDeniedException || !Files.isWritable(nearestExisting(absolute))) {
            var existing = nearestExisting(absolute);
            return new LabException(
                    option + ": permission denied: cannot write " + absolute + " (" + existing
                            + " belongs to " + owner(existing) + "): choose another " + option
                            + " or give the directory back with chown",
                    e);
        }
        return new LabException(option + ": cannot write " + absolute + ": " + e.getMessage(), e);
    }

    /** Under sudo, hands {@code path} (and everything below it) to the user who ran sudo; otherwise does nothing. */
    static void giveToSudoUser(Path path) {
        var uid = System.getenv("SUDO_UID");
        var gid = System.getenv("SUDO_GID");
        if (uid == null || gid == null || !Privileges.isRoot() || !Files.exists(path)) return;
        try (var walk = Files.walk(path)) {
            for (var p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.setAttribute(p, "unix:uid", Integer.parseInt(uid), LinkOption.NOFOLLOW_LINKS);
                Files.setAttribute(p, "unix:gid", Integer.parseInt(gid), LinkOption.NOFOLLOW_LINKS);
            }
        } catch (IOException | RuntimeException e) {
            System.err.println(
                    "lab: could not give " + path + " to the sudo user (uid " + uid + "): " + e.getMessage());
        }
    }

    private static Path nearestExisting(Path path) {
        var p = path;
        while (p != null && !Files.exists(p)) p = p.getParent();
        return p == null ? Path.of("/") : p;
    }

    private static String owner(Path path) {
        try {
            return Files.getOwner(path).getName();
        } catch (IOException | UnsupportedOperationException e) {
            return "another user";
        }
    }
}
