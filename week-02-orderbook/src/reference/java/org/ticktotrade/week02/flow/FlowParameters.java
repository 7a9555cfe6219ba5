package org.ticktotrade.week02.flow;

/**
 * Everything that shapes a generated order stream, in one place. The same parameters and seed give the
 * same stream, command for command, on every machine: tests, benchmarks and the peer comparison all
 * replay streams made from these.
 *
 * @param seed             the random generator's seed
 * @param commands         how many commands to generate before the closing cancels (see {@link OrderFlow})
 * @param midPrice         where the market starts, in ticks
 * @param depthTicks       passive orders rest 1..depthTicks ticks away from the mid, more of them close to it
 * @param sweepTicks       marketable orders are priced up to this many ticks through the mid
 * @param targetResting    the number of resting orders the stream aims to keep: above it, adds turn into cancels
 * @param passiveWeight    relative frequency of passive adds
 * @param marketableWeight relative frequency of marketable orders (they cross the mid)
 * @param cancelWeight     relative frequency of cancels of earlier orders (some of which have filled)
 * @param iocPercent       of the marketable orders, the share sent as immediate-or-cancel {@code match}es
 * @param maxQuantity      passive quantities are 1..maxQuantity, marketable ones 1..2 x maxQuantity
 * @param traders          trader ids are 1..traders; few traders make self-trades common
 * @param driftPercent     chance per command that the mid moves one tick (a bounded random walk)
 * @param maxDriftTicks    how far the mid may wander from where it started
 */
public record FlowParameters(
        long seed, int commands, long midPrice, int depthTicks, int sweepTicks, int targetResting,
        int passiveWeight, int marketableWeight, int cancelWeight, int iocPercent, int maxQuantity, int traders,
        int driftPercent, int maxDriftTicks) {

    public FlowParameters {
        if (commands < 0 || depthTicks < 1 || sweepTicks < 0 || targetResting < 1 || maxQuantity < 1 || traders < 1
                || passiveWeight < 0 || marketableWeight < 0 || cancelWeight < 0
                || passiveWeight + marketableWeight + cancelWeight == 0
                || iocPercent < 0 || iocPercent > 100 || driftPercent < 0 || driftPercent > 100 || maxDriftTicks < 0
                || midPrice - maxDriftTicks - depthTicks < 1) {
            throw new IllegalArgumentException("inconsistent flow parameters: " + this);
        }
    }

    // tag::standard[]
    /**
     * The course's benchmark mix: passive orders within 50 ticks of a mid of 10,000 ticks, a pool aimed at
     * 1,000 orders (about 650 rest at any moment, the rest of the pool having filled); 60% passive adds, 28%
     * cancels, 12% marketable orders (a quarter of them IOC); 100 traders, so self-trades are rare but
     * happen. 2^18 commands, then the closing cancels.
     */
    public static FlowParameters standard(long seed) {
        return new FlowParameters(seed, 1 << 18, 10_000, 50, 3, 1_000, 60, 12, 28, 25, 100, 100, 1, 200);
    }
    // end::standard[]

    /** A short, dense stream for property tests: few prices, few traders, so levels queue up and collide. */
    public static FlowParameters small(long seed, int commands) {
        return new FlowParameters(seed, commands, 100, 5, 2, 40, 55, 20, 25, 30, 10, 4, 5, 10);
    }

    /** Cancel-heavy: a pool aimed at 2,000 orders over 200 ticks a side, 46% cancels, 4% marketable (week 03's cancel comparison). */
    public static FlowParameters cancelHeavy(long seed) {
        return new FlowParameters(seed, 1 << 18, 10_000, 200, 2, 2_000, 50, 4, 46, 25, 100, 100, 1, 200);
    }

    /** Match-heavy: 30% marketable orders sweeping up to 6 ticks through the mid, emptying best levels often (week 03's match comparison). */
    public static FlowParameters matchHeavy(long seed) {
        return new FlowParameters(seed, 1 << 18, 10_000, 200, 6, 2_000, 55, 30, 15, 30, 100, 100, 1, 200);
    }

    public FlowParameters withCommands(int n) {
        return new FlowParameters(seed, n, midPrice, depthTicks, sweepTicks, targetResting, passiveWeight, marketableWeight,
                cancelWeight, iocPercent, maxQuantity, traders, driftPercent, maxDriftTicks);
    }
}
