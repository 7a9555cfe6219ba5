package org.ticktotrade.week04;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Lesson 3: SpscLongRing behaves exactly like a bounded FIFO model under any sequence of operations, for
 * many capacities, and the batch operations equal the single ones repeated.
 */
class SpscLongRingProperties {

    /** An operation: 0 offer, 1 poll, 2 fill(n), 3 drain(n); the argument is n for the batches. */
    record Op(int kind, int n) {}

    @Provide
    Arbitrary<List<Op>> ops() {
        return Arbitraries.integers().between(0, 3)
                .flatMap(kind -> Arbitraries.integers().between(0, 40).map(n -> new Op(kind, n)))
                .list().ofMinSize(1).ofMaxSize(300);
    }

    @Property(tries = 300)
    void behavesLikeABoundedFifo(@ForAll @IntRange(min = 1, max = 8) int capacityLog2, @ForAll("ops") List<Op> ops) {
        int capacity = 1 << capacityLog2;
        SpscLongRing ring = new SpscLongRing(capacity);
        ArrayDeque<Long> model = new ArrayDeque<>();
        long next = 0;
        for (Op op : ops) {
            switch (op.kind()) {
                case 0 -> {
                    boolean fits = model.size() < capacity;
                    assertEquals(fits, ring.offer(next), "offer() with " + model.size() + " of " + capacity + " used");
                    if (fits) {
                        model.add(next);
                    }
                    next++;
                }
                case 1 -> assertEquals(model.isEmpty() ? SpscLongRing.EMPTY : model.poll(), ring.poll(),
                        "poll() with " + model.size() + " of " + capacity + " used");
                case 2 -> {
                    int expected = Math.min(op.n(), capacity - model.size());
                    long first = next;
                    long[] counter = {next};
                    assertEquals(expected, ring.fill(() -> counter[0]++, op.n()),
                            "fill(supplier, " + op.n() + ") with " + model.size() + " of " + capacity + " used");
                    for (long v = first; v < counter[0]; v++) {
                        model.add(v);
                    }
                    next = counter[0];
                }
                default -> {
                    List<Long> expected = new ArrayList<>();
                    for (int i = 0; i < op.n() && !model.isEmpty(); i++) {
                        expected.add(model.poll());
                    }
                    List<Long> got = new ArrayList<>();
                    assertEquals(expected.size(), ring.drain(got::add, op.n()), "drain(consumer, " + op.n() + ")");
                    assertEquals(expected, got, "drain hands over the oldest values in order");
                }
            }
            assertEquals(model.size(), ring.size(), "size() after " + op);
        }
    }

    @Property(tries = 200)
    void drainEqualsRepeatedPoll(@ForAll @IntRange(min = 1, max = 7) int capacityLog2,
                                 @ForAll @Size(max = 200) List<@IntRange(min = 0, max = 1000) Integer> values,
                                 @ForAll @IntRange(min = 1, max = 64) int limit) {
        int capacity = 1 << capacityLog2;
        SpscLongRing batched = new SpscLongRing(capacity);
        SpscLongRing single = new SpscLongRing(capacity);
        List<Long> viaDrain = new ArrayList<>();
        List<Long> viaPoll = new ArrayList<>();
        int i = 0;
        while (i < values.size()) {
            // fill both rings the same way, one offer at a time, as far as they go
            while (i < values.size() && single.offer(values.get(i))) {
                batched.offer(values.get(i));
                i++;
            }
            int n = batched.drain(viaDrain::add, limit);
            for (int k = 0; k < n; k++) {
                viaPoll.add(single.poll());
            }
            assertEquals(viaPoll, viaDrain, "drain(consumer, " + limit + ") must equal that many polls");
        }
    }

    @Property(tries = 200)
    void fillEqualsRepeatedOffer(@ForAll @IntRange(min = 1, max = 7) int capacityLog2,
                                 @ForAll @IntRange(min = 0, max = 300) int count,
                                 @ForAll @IntRange(min = 1, max = 64) int limit) {
        int capacity = 1 << capacityLog2;
        SpscLongRing batched = new SpscLongRing(capacity);
        SpscLongRing single = new SpscLongRing(capacity);
        long[] next = {0};
        long singleNext = 0;
        while (next[0] < count) {
            int want = (int) Math.min(limit, count - next[0]);
            int n = batched.fill(() -> next[0]++, want);
            int m = 0;
            while (m < want && single.offer(singleNext)) {
                singleNext++;
                m++;
            }
            assertEquals(m, n, "fill(supplier, " + want + ") must store as many as that many offers would");
            for (int k = 0; k < Math.max(1, capacity / 2); k++) {
                assertEquals(single.poll(), batched.poll(), "the same values in the same order");
            }
        }
    }
}
