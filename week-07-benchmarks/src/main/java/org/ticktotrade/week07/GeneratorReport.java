package org.ticktotrade.week07;

import java.util.Locale;

/**
 * What a generator run did, as opposed to what it was asked to do. A latency figure from a run that did not
 * hold its rate describes a lighter load than the one on the label, so every report says whether it held.
 *
 * @param requests      requests sent
 * @param requestedRate the schedule's rate, per second
 * @param achievedRate  requests over the time from the first request's due time to the last send, per second
 * @param lateSends     requests sent more than the late threshold after they were due
 * @param maxLagNanos   the most any request was sent after it was due
 * @param elapsedNanos  from the first due time to the last send
 */
public record GeneratorReport(long requests, long requestedRate, double achievedRate, long lateSends, long maxLagNanos,
                              long elapsedNanos) {

    /** The achieved rate was at least {@code fraction} of the requested one. */
    public boolean heldRate(double fraction) {
        return achievedRate >= fraction * requestedRate;
    }

    /** One line for a person: the rates, and whether (and how badly) the generator fell behind. */
    public String describe(double fraction) {
        String held = heldRate(fraction) ? "held the rate" : String.format(Locale.ROOT,
                "COULD NOT HOLD THE RATE (%.1f%% of requested, needs %.0f%%)", 100 * achievedRate / requestedRate, 100 * fraction);
        return String.format(Locale.ROOT, "requested %,d/s, achieved %,.0f/s: %s; %,d of %,d sends late, worst %.1f us behind schedule",
                requestedRate, achievedRate, held, lateSends, requests, maxLagNanos / 1e3);
    }
}
