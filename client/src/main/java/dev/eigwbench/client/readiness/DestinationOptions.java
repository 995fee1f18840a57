package dev.eigwbench.client.readiness;

import dev.eigwbench.client.ClientException;
import dev.eigwbench.common.readiness.DestinationList;
import dev.eigwbench.common.readiness.DestinationList.InvalidDestinationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The destinations from {@code --url}, {@code --service}, {@code --host} and {@code --from-file} (one per line; blank
 * lines and {@code #} comments skipped), checked by the same rules the function applies, so a bad entry is named
 * here, with where it came from, before anything is invoked.
 */
final class DestinationOptions {
    @Option(names = "--url", description = "An http(s) URL your functions call (repeatable).")
    List<String> urls;

    @Option(names = "--service", description = "An AWS service name, e.g. sts, secretsmanager (repeatable).")
    List<String> services;

    @Option(
            names = "--host",
            description = "host:port your functions connect to, e.g. db.example.com:5432 (repeatable).")
    List<String> hosts;

    @Option(names = "--from-file", description = "A file with one destination per line (# starts a comment).")
    Path fromFile;

    /** One entry and where it came from ("--url", "destinations.txt line 4"). */
    record Entry(String text, String source) {}

    /** Every entry, in option order, the file's last; {@code region} names an AWS service's endpoint. */
    List<String> collect(String region) {
        var entries = new ArrayList<Entry>();
        add(entries, urls, "--url");
        add(entries, services, "--service");
        add(entries, hosts, "--host");
        if (fromFile != null) {
            entries.addAll(readFile(fromFile));
        }
        for (Entry entry : entries) {
            if (entry.source().equals("--url") && !entry.text().contains("://")) {
                throw new IllegalArgumentException("--url '" + entry.text()
                        + "' is not a URL: give http:// or https://, e.g. https://api.example.com/health");
            }
        }
        List<String> texts = entries.stream().map(Entry::text).toList();
        try {
            DestinationList.parse(
                    texts,
                    region,
                    "destinations (--url, --service, --host, --from-file)",
                    i -> entries.get(i).source() + " '" + excerpt(entries.get(i).text()) + "'");
        } catch (InvalidDestinationException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        return texts;
    }

    private static void add(List<Entry> entries, List<String> values, String option) {
        if (values != null) {
            values.forEach(v -> entries.add(new Entry(v.trim(), option)));
        }
    }

    private static List<Entry> readFile(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ClientException("--from-file " + file + " cannot be read (" + e.getMessage() + ")");
        }
        var entries = new ArrayList<Entry>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            entries.add(new Entry(line, file.getFileName() + " line " + (i + 1)));
        }
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("--from-file " + file + " lists no destinations (one URL, host:port or"
                    + " AWS service name per line; # starts a comment)");
        }
        return entries;
    }

    private static String excerpt(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
