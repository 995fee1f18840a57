package dev.eigwbench.report.cost;

/**
 * What the cost section is computed from.
 *
 * @param lambda Lambda prices
 * @param nat NAT gateway prices
 * @param natGatewayAzs availability zones the functions' subnets span: one NAT gateway each for zonal resilience
 * @param monthlyTrafficGb traffic per month the NAT gateways would process (the user's figure)
 */
public record CostInputs(LambdaPrice lambda, NatGatewayPrice nat, int natGatewayAzs, double monthlyTrafficGb) {
    public CostInputs {
        if (lambda == null) throw new IllegalArgumentException("lambda price is required");
        if (nat == null) throw new IllegalArgumentException("nat price is required");
        if (natGatewayAzs < 1) throw new IllegalArgumentException("natGatewayAzs must be >= 1, got " + natGatewayAzs);
        if (!(monthlyTrafficGb >= 0)) {
            throw new IllegalArgumentException("monthlyTrafficGb must be >= 0, got " + monthlyTrafficGb);
        }
    }
}
