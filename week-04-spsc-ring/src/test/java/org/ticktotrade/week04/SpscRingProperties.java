package org.ticktotrade.week04;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Lesson 3: SpscRing against a bounded FIFO model, for many capacities. */
class SpscRingProperties {

    @Property(tries = 300)
    void behavesLikeABoundedFifo(@ForAll @IntRange(min = 1, max = 8) int capacityLog2,
                                 @ForAll @Size(min = 1, max = 400) List<Boolean> offerOrPoll) {
        int capacity = 1 << capacityLog2;
        SpscRing<Integer> ring = new SpscRing<>(capacity);
        ArrayDeque<Integer> model = new ArrayDeque<>();
        int next = 0;
        for (boolean offer : offerOrPoll) {
            if (offer) {
                boolean fits = model.size() < capacity;
                assertEquals(fits, ring.offer(next), "offer() with " + model.size() + " of " + capacity + " used");
                if (fits) {
                    model.add(next);
                }
                next++;
            } else {
                assertEquals(model.poll(), ring.poll(), "poll() with " + model.size() + " of " + capacity + " used");
            }
            assertEquals(model.size(), ring.size(), "size()");
        }
    }
}
