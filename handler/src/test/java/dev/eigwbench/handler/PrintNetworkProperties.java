package dev.eigwbench.handler;

/** Started through the exec wrapper: prints the IP properties the JVM ended up with. */
public final class PrintNetworkProperties {
    private PrintNetworkProperties() {}

    public static void main(String[] args) {
        System.out.println("preferIPv4Stack=" + System.getProperty("java.net.preferIPv4Stack"));
        System.out.println("preferIPv6Addresses=" + System.getProperty("java.net.preferIPv6Addresses"));
        System.out.println("marker=" + System.getProperty("bench.marker"));
    }
}
