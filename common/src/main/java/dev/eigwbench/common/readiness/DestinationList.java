package dev.eigwbench.common.readiness;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.IntFunction;

/** A whole list of destinations, checked the same way by the function (event) and the client (options, file). */
public final class DestinationList {
    /** Every destination costs up to a few connect timeouts; 20 keep a probe well inside a minute. */
    public static final int MAX_DESTINATIONS = 20;

    private DestinationList() {}

    /** A bad entry: {@code where} names it (e.g. "destinations[2]" or "destinations.txt line 4"). */
    public static final class InvalidDestinationException extends IllegalArgumentException {
        private final String where;

        public InvalidDestinationException(String where, String message) {
            super(where + ": " + message);
            this.where = where;
        }

        public String where() {
            return where;
        }

        /** The message without the location. */
        public String problem() {
            return getMessage().substring(where.length() + 2);
        }
    }

    /**
     * @param entries the destinations as given
     * @param region resolves AWS service names
     * @param listName names the whole list in errors
     * @param where names entry i in errors
     */
    public static List<DestinationSpec> parse(
            List<String> entries, String region, String listName, IntFunction<String> where) {
        if (entries == null || entries.isEmpty()) {
            throw new InvalidDestinationException(
                    listName, "no destinations; give 1 to " + MAX_DESTINATIONS + " URLs, host:port or AWS services");
        }
        if (entries.size() > MAX_DESTINATIONS) {
            throw new InvalidDestinationException(
                    listName,
                    entries.size() + " destinations, at most " + MAX_DESTINATIONS
                            + " per check (each costs up to a few connect timeouts): split the list");
        }
        var specs = new ArrayList<DestinationSpec>();
        var seen = new HashSet<String>();
        for (int i = 0; i < entries.size(); i++) {
            DestinationSpec spec;
            try {
                spec = DestinationSpec.parse(entries.get(i), region);
            } catch (IllegalArgumentException e) {
                throw new InvalidDestinationException(where.apply(i), e.getMessage());
            }
            if (!seen.add(spec.entry())) {
                throw new InvalidDestinationException(
                        where.apply(i), "'" + DestinationSpec.excerpt(spec.entry()) + "' is listed twice");
            }
            specs.add(spec);
        }
        return specs;
    }
}
