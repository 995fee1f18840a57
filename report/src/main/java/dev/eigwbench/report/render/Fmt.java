package dev.eigwbench.report.render;

import java.util.Locale;

/** Number formats shared by every renderer, so all formats show the same digits. */
final class Fmt {
    private Fmt() {}

    static String ms(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    static String usd(double value) {
        if (value != 0 && Math.abs(value) < 0.01) return String.format(Locale.ROOT, "$%.8f", value);
        return String.format(Locale.ROOT, "$%,.2f", value);
    }

    /** A unit price with every digit it was given: $0.045, $0.0000133334. */
    static String price(double value) {
        return "$" + java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
