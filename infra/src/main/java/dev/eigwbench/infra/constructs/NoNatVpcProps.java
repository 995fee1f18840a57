package dev.eigwbench.infra.constructs;

/**
 * @param maxAzs availability zones to spread the subnets over
 * @param cidrMask IPv4 size of every subnet (each subnet also gets a /64 from the VPC's Amazon-provided /56)
 */
public record NoNatVpcProps(int maxAzs, int cidrMask) {
    /** The seed's shape: two AZs, /19 subnets. */
    public static final NoNatVpcProps SEED = new NoNatVpcProps(2, 19);

    public NoNatVpcProps {
        if (maxAzs < 1 || maxAzs > 6) {
            throw new IllegalArgumentException("maxAzs must be from 1 to 6, got " + maxAzs);
        }
        if (cidrMask < 16 || cidrMask > 28) {
            throw new IllegalArgumentException("cidrMask must be from 16 to 28, got " + cidrMask);
        }
    }
}
