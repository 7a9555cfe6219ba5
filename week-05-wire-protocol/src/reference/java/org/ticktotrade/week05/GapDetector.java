package org.ticktotrade.week05;

/**
 * Follows the sequence numbers of a market-data stream (1, 2, 3, ...) and says what is missing. UDP may lose a
 * packet, deliver one twice, or deliver them out of order; a subscriber that applies reports blindly then holds
 * a book that silently differs from the exchange's. This detector only detects: it reports each gap (the first
 * and last missing number) as soon as a later packet shows it, and counts packets that arrive behind the
 * expected number (duplicates, or late ones whose gap was already reported). Recovery, asking for the missing
 * packets again, is a later week's business.
 */
public final class GapDetector {

    /** Told about each gap the moment it is seen. */
    @FunctionalInterface
    public interface GapListener {
        void onGap(long firstMissing, long lastMissing);
    }

    private final GapListener listener;
    private long expected = 1;
    private long gaps;
    private long missing;
    private long stale;

    public GapDetector(GapListener listener) {
        this.listener = listener;
    }

    // tag::gap-detection[]
    /**
     * Takes the next packet's sequence number.
     *
     * @return {@code true} when the packet is new and its reports should be applied; {@code false} for a duplicate
     *         or late packet, which must not be applied twice
     */
    public boolean onPacket(long sequence) {
        // end::gap-detection[]
        // kata:solution lesson-05 The expected number: count nothing, expect the next. Ahead of it: a gap from expected to sequence - 1 (count it, add its size to missing, tell the listener), then expect sequence + 1; both are applied. Behind it: count it stale and return false, expecting the same number as before.
        // tag::gap-detection[]
        if (sequence == expected) {
            expected++;
            return true;
        }
        if (sequence > expected) {
            gaps++;
            missing += sequence - expected;
            listener.onGap(expected, sequence - 1);
            expected = sequence + 1;
            return true;
        }
        stale++;
        return false;
        // end::gap-detection[]
        // kata:end
        // tag::gap-detection[]
    }
    // end::gap-detection[]

    /** The sequence number the next packet should carry. */
    public long expected() {
        return expected;
    }

    /** How many gaps were seen (a run of missing packets is one gap). */
    public long gaps() {
        return gaps;
    }

    /** How many packets the gaps add up to. */
    public long missing() {
        return missing;
    }

    /** How many packets arrived behind the expected number and were not applied. */
    public long stale() {
        return stale;
    }
}
