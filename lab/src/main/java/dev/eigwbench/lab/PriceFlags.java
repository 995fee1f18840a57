package dev.eigwbench.lab;

import dev.eigwbench.client.PriceOptions;
import java.util.List;
import picocli.CommandLine;

/**
 * The compare client's price and traffic flags ({@link PriceOptions}), parsed by the client's own definitions, so the
 * lab's report is priced with exactly the same options and defaults.
 */
final class PriceFlags {
    private static final CommandLine.Model.CommandSpec SPEC = new CommandLine(new PriceOptions()).getCommandSpec();

    private PriceFlags() {}

    static boolean takes(String arg) {
        return SPEC.findOption(name(arg)) != null;
    }

    /** True when the flag's value is the next argument (not given as --flag=value). */
    static boolean needsValue(String arg) {
        return !arg.contains("=") && SPEC.findOption(name(arg)).arity().max() > 0;
    }

    static PriceOptions parse(List<String> args) {
        var prices = new PriceOptions();
        try {
            new CommandLine(prices).parseArgs(args.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            throw new IllegalArgumentException(e.getMessage() + "; see bin/lab --help for the price flags");
        }
        return prices;
    }

    private static String name(String arg) {
        int eq = arg.indexOf('=');
        return eq < 0 ? arg : arg.substring(0, eq);
    }
}
