package dev.eigwbench.handler.net;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The kernel's TCP table (Linux {@code /proc/net/tcp} and {@code tcp6}): which remote address a connection really
 * went to. The HTTP client's pooled connections stay open after a step, so the step's connection is found among
 * this process's own sockets (by inode, from {@code /proc/self/fd}) by its remote port and one of the addresses the
 * host resolved to. Truthful where a resolver hook is not: it sees
 * the fallback to a second address, and IPv4 carried on an IPv6 socket (::ffff:a.b.c.d) as IPv4.
 */
public final class ConnectionTable {
    private static final String ESTABLISHED = "01";
    private final List<Path> tables;
    private final Path fdDirectory;

    public ConnectionTable(List<Path> tables, Path fdDirectory) {
        this.tables = List.copyOf(tables);
        this.fdDirectory = fdDirectory;
    }

    public static ConnectionTable linux() {
        return new ConnectionTable(
                List.of(Path.of("/proc/net/tcp6"), Path.of("/proc/net/tcp")), Path.of("/proc/self/fd"));
    }

    /** Inodes of this process's sockets: fd links read "socket:[inode]". */
    Set<String> ownSocketInodes() {
        var inodes = new HashSet<String>();
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(fdDirectory)) {
            for (Path fd : fds) {
                try {
                    String link = Files.readSymbolicLink(fd).toString();
                    if (link.startsWith("socket:[")) {
                        inodes.add(link.substring(8, link.length() - 1));
                    }
                } catch (IOException | UnsupportedOperationException e) {
                    // Closed meanwhile, or not a link.
                }
            }
        } catch (IOException | SecurityException e) {
            return Set.of();
        }
        return inodes;
    }

    /** The first of {@code candidates} (in resolver order) with an established connection to {@code port}. */
    public Optional<InetAddress> connectedTo(List<InetAddress> candidates, int port) {
        List<InetAddress> remotes = establishedRemotes(port);
        return candidates.stream().filter(remotes::contains).findFirst();
    }

    List<InetAddress> establishedRemotes(int port) {
        var remotes = new ArrayList<InetAddress>();
        Set<String> own = ownSocketInodes();
        for (Path table : tables) {
            List<String> lines;
            try {
                lines = Files.readAllLines(table);
            } catch (IOException | SecurityException e) {
                continue;
            }
            for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                String[] columns = line.trim().split("\\s+");
                if (columns.length < 10 || !columns[3].equals(ESTABLISHED) || !own.contains(columns[9])) {
                    continue;
                }
                String remote = columns[2];
                int colon = remote.indexOf(':');
                if (colon < 0 || Integer.parseInt(remote.substring(colon + 1), 16) != port) {
                    continue;
                }
                decode(remote.substring(0, colon)).ifPresent(remotes::add);
            }
        }
        return remotes;
    }

    /** /proc prints addresses as 32-bit words in host (little-endian) order. */
    static Optional<InetAddress> decode(String hex) {
        if (hex.length() != 8 && hex.length() != 32) {
            return Optional.empty();
        }
        byte[] bytes = new byte[hex.length() / 2];
        for (int word = 0; word < bytes.length / 4; word++) {
            for (int i = 0; i < 4; i++) {
                int at = (word * 4 + (3 - i)) * 2;
                bytes[word * 4 + i] = (byte) Integer.parseInt(hex.substring(at, at + 2), 16);
            }
        }
        try {
            // getByAddress turns ::ffff:a.b.c.d into the Inet4Address a.b.c.d.
            return Optional.of(InetAddress.getByAddress(bytes));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
